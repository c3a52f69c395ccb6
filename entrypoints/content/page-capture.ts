import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keepUnsent, retryDelay, sendAll } from '@/src/capture/batches';
import { extractPageSliced } from '@/src/extract/extract-page';
import type { Slicing } from '@/src/extract/extract-records';
import { nextPageUrl } from '@/src/extract/next-page';
import { observedRoots } from '@/src/extract/observed-roots';
import { selectorList } from '@/src/extract/read-field';
import { sendToBackground } from '@/src/messaging/send';
import type { Recipe } from '@/src/model/recipe';
import { findRecipePage } from '@/src/recipes/find-page';
import { pageMarks } from './page-marks';
import { answerPanel } from './panel-requests';

/** Quiet time after a burst of page changes before reading again. */
const SETTLE_MS = 300;
/** A single-page app may show nothing for a moment: an empty page is reported only after this. */
const EMPTY_GRACE_MS = 2500;
/** Longest slice of reading before the page gets the main thread back (a long task is 50 ms). */
const SLICE_MS = 8;

/** Longest wait for an idle moment after the page has loaded. */
const IDLE_WAIT_MS = 300;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const slicing: Slicing = { now: () => performance.now(), pause: yieldToPage, budgetMs: SLICE_MS };

/**
 * Resolves once the page has loaded and the browser has a quiet moment. The background injects
 * this script when the tab reports its load complete, but "Teach this page" and a new grant inject
 * it into pages that may still be loading, and the page's own work goes first either way.
 * The timeout keeps a busy page, or a background tab of a history capture, from waiting long.
 */
function pageLoaded(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => void ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    if (document.readyState === 'complete') whenIdle();
    else ctx.addEventListener(window, 'load', whenIdle, { once: true });
  });
}

/**
 * Reads the page with its recipe on load and again whenever the page changes (a feed that loads
 * as you scroll, an in-app navigation). Sends only records not sent before from this page, in
 * batches; the background decides what is new. Everything is tied to `ctx`, so nothing outlives
 * the page or an extension reload.
 */
export async function startPageCapture(ctx: ContentScriptContext): Promise<void> {
  // Injected after every load the browser reports and again after a grant or a taught recipe:
  // one capture loop per page is enough.
  const w = window as unknown as Record<string, boolean>;
  if (w.__recordLensCapture) return;
  w.__recordLensCapture = true;
  ctx.onInvalidated(() => void (w.__recordLensCapture = false));
  await pageLoaded(ctx);
  const reply = await sendToBackground('recipesForPage', { url: location.href });
  const recipes = (reply?.recipes ?? []) as Recipe[];
  if (!recipes.length || ctx.isInvalid) {
    // Nothing reads this page yet: a recipe taught or switched on later injects this script again.
    w.__recordLensCapture = false;
    return;
  }
  let sent = new Set<string>();
  let lastMatched = '';
  let watchedSince = Date.now();
  let visit = crypto.randomUUID();
  let observer: MutationObserver | undefined;
  let timer: number | undefined;
  let failures = 0;
  const marks = pageMarks(ctx);
  answerPanel(ctx, marks);

  const schedule = (delay = SETTLE_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void capture(), delay);
  };

  const capture = async () => {
    const url = location.href;
    const match = findRecipePage(recipes, url);
    if (!match) return;
    const capturedAt = Date.now();
    const noteRoots: Element[] = [];
    const sectionRoots: Element[] = [];
    const read = await extractPageSliced(document, match.page, capturedAt, slicing, { noteRoots, sectionRoots });
    // The app moved to another page while we read: this reading belongs to neither.
    if (ctx.isInvalid || location.href !== url) return;
    marks.read(match.recipe.id, read.notes, noteRoots, read.sections, sectionRoots);
    const total = Object.values(read.matched).reduce((s, n) => s + (n ?? 0), 0);
    const waited = Date.now() - watchedSince;
    if (total === 0 && waited < EMPTY_GRACE_MS) return schedule(EMPTY_GRACE_MS - waited);
    const fresh = await keepUnsent(read, sent, slicing);
    if (ctx.isInvalid || location.href !== url) return;
    const matched = JSON.stringify(read.matched);
    if (!fresh.notes.length && !fresh.sections.length && !fresh.events.length && !fresh.audits.length && !fresh.problems.length && matched === lastMatched) return;
    lastMatched = matched;
    const next = nextPageUrl(document, match.page, url);
    const outcome = await sendAll(fresh, sent, async (batch, part) => {
      if (ctx.isInvalid) return 'not-stored';
      const stored = await sendToBackground('capture', {
        url,
        capturedAt,
        recipeId: match.recipe.id,
        recipeVersion: match.recipe.version,
        pageId: match.page.id,
        matched: read.matched,
        fieldHits: read.fieldHits,
        visit,
        part,
        nextPageUrl: next,
        ...batch,
      });
      if (!stored?.ok) return 'not-stored';
      if (stored.result.degraded) return 'degraded';
      marks.scored(batch, stored);
      return 'stored';
    });
    // Not stored (the worker was stopped mid-send, the disk is full): read again after a wait that
    // grows, so the records arrive once the store can take them. A broken-looking page waits for
    // the page to change instead: reading it again unchanged would give the same verdict.
    if (outcome === 'not-stored' && !ctx.isInvalid) {
      lastMatched = '';
      schedule(retryDelay(++failures));
    } else if (outcome === 'stored') failures = 0;
  };

  const watch = () => {
    observer?.disconnect();
    watchedSince = Date.now();
    visit = crypto.randomUUID();
    const match = findRecipePage(recipes, location.href);
    if (!match) return;
    const target = (match.page.observe && document.querySelector(match.page.observe)) || document.body;
    observer = new MutationObserver(() => schedule());
    observer.observe(target, { childList: true, subtree: true });
    // Records behind `>>>` hops live in shadow roots or frames the page observer cannot see.
    const roots = [match.page.note?.root, match.page.carePlanSection?.root, match.page.carePlanEvent?.root, match.page.auditAnswer?.root].flatMap((r) => (r ? selectorList(r) : []));
    for (const inner of observedRoots(document, roots)) {
      if (inner !== document) observer.observe(inner, { childList: true, subtree: true });
    }
    void capture();
  };

  ctx.onInvalidated(() => observer?.disconnect());
  // A same-origin frame holding the records (notes in an iframe) reports its load here: load
  // events do not bubble, but they do pass the capture phase of the parent document.
  ctx.addEventListener(
    document,
    'load',
    (e) => ['iframe', 'frame'].includes((e.target as Element | null)?.localName ?? '') && watch(),
    { capture: true },
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    sent = new Set();
    lastMatched = '';
    watch();
  });
  watch();
}
