import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPageSliced, type PageExtraction } from '@/src/extract/extract-page';
import type { Slicing } from '@/src/extract/extract-records';
import { nextPageUrl } from '@/src/extract/next-page';
import { observedRoots } from '@/src/extract/observed-roots';
import { selectorList } from '@/src/extract/read-field';
import { MAX_BATCH } from '@/src/messaging/limits';
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

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const slicing: Slicing = { now: () => performance.now(), pause: yieldToPage, budgetMs: SLICE_MS };

/**
 * Reads the page with its recipe on load and again whenever the page changes (a feed that loads
 * as you scroll, an in-app navigation). Sends only records not sent before from this page, in
 * batches; the background decides what is new. Everything is tied to `ctx`, so nothing outlives
 * the page or an extension reload.
 */
export async function startPageCapture(ctx: ContentScriptContext): Promise<void> {
  // Injected again after a recipe is taught on an open page: one capture loop per page is enough.
  const w = window as unknown as Record<string, boolean>;
  if (w.__recordLensCapture) return;
  w.__recordLensCapture = true;
  ctx.onInvalidated(() => void (w.__recordLensCapture = false));
  const reply = await sendToBackground('recipesForPage', { url: location.href });
  const recipes = (reply?.recipes ?? []) as Recipe[];
  if (!recipes.length || ctx.isInvalid) return;
  let sent = new Set<string>();
  let lastMatched = '';
  let watchedSince = Date.now();
  let visit = crypto.randomUUID();
  let observer: MutationObserver | undefined;
  let timer: number | undefined;
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
    let part = 0;
    for (const batch of batches(fresh)) {
      if (ctx.isInvalid) return;
      const stored = await sendToBackground('capture', {
        url,
        capturedAt,
        recipeId: match.recipe.id,
        recipeVersion: match.recipe.version,
        pageId: match.page.id,
        matched: read.matched,
        fieldHits: read.fieldHits,
        visit,
        part: part++,
        nextPageUrl: next,
        ...batch,
      });
      // Not stored (disk full, a broken-looking page): keep them unsent so a later change retries.
      if (!stored?.ok || stored.result.degraded) return forget(batch, sent);
      marks.scored(stored.quality);
    }
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

type Batch = Pick<PageExtraction, 'notes' | 'sections' | 'events' | 'audits' | 'problems'>;

/**
 * What makes a record "already sent". Times read from relative text ("logged 3 hours ago") move
 * with the moment of reading, so the coarse ones are left out or every re-read looks new.
 */
const COARSE = new Set(['hour', 'day']);
function fingerprint(r: object): string {
  const rec = r as Record<string, unknown>;
  // The care system's own id is the record's identity; its content is the store's to compare.
  if (typeof rec.sourceId === 'string') return `id:${rec.sourceId}`;
  const copy: Record<string, unknown> = { ...rec };
  for (const key of Object.keys(rec)) {
    if (key.endsWith('Precision') && COARSE.has(rec[key] as string)) delete copy[key.slice(0, -'Precision'.length)];
  }
  return JSON.stringify(copy);
}

/** The records not sent before from this page; it pauses like extraction does, so a long page stays smooth. */
async function keepUnsent(read: PageExtraction, sent: Set<string>, slicing: Slicing): Promise<Batch> {
  let sliceStart = slicing.now();
  const mark = async <T extends object>(rs: T[]) => {
    const out: T[] = [];
    for (const r of rs) {
      const f = fingerprint(r);
      if (!sent.has(f)) {
        sent.add(f);
        out.push(r);
      }
      if (slicing.now() - sliceStart >= slicing.budgetMs) {
        await slicing.pause();
        sliceStart = slicing.now();
      }
    }
    return out;
  };
  return { notes: await mark(read.notes), sections: await mark(read.sections), events: await mark(read.events), audits: await mark(read.audits), problems: await mark(read.problems) };
}

function forget(batch: Batch, sent: Set<string>): void {
  for (const r of [...batch.notes, ...batch.sections, ...batch.events, ...batch.audits, ...batch.problems]) sent.delete(fingerprint(r));
}

function* batches(all: Batch): Generator<Batch> {
  const total = Math.max(all.notes.length, all.sections.length, all.events.length, all.audits.length, 1);
  for (let i = 0; i < total; i += MAX_BATCH) {
    yield {
      notes: all.notes.slice(i, i + MAX_BATCH),
      sections: all.sections.slice(i, i + MAX_BATCH),
      events: all.events.slice(i, i + MAX_BATCH),
      audits: all.audits.slice(i, i + MAX_BATCH),
      problems: i === 0 ? all.problems : [],
    };
  }
}
