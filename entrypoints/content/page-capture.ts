import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPage, type PageExtraction } from '@/src/extract/extract-page';
import { MAX_BATCH } from '@/src/messaging/limits';
import { sendToBackground } from '@/src/messaging/send';
import type { Recipe } from '@/src/model/recipe';
import { findRecipePage } from '@/src/recipes/find-page';

const SETTLE_MS = 300;

/**
 * Reads the page with its recipe on load and again whenever the page changes (a feed that loads
 * as you scroll, an in-app navigation). Sends only records not sent before from this page, in
 * batches; the background decides what is new. Everything is tied to `ctx`, so nothing outlives
 * the page or an extension reload.
 */
export async function startPageCapture(ctx: ContentScriptContext): Promise<void> {
  const { recipes } = await sendToBackground('recipesForPage', { url: location.href });
  if (!recipes?.length || ctx.isInvalid) return;
  let sent = new Set<string>();
  let lastMatched = '';
  let observer: MutationObserver | undefined;
  let timer: number | undefined;

  const capture = async () => {
    const match = findRecipePage(recipes as Recipe[], location.href);
    if (!match) return;
    const capturedAt = Date.now();
    const read = extractPage(document, match.page, capturedAt);
    const fresh = keepUnsent(read, sent);
    const matched = JSON.stringify(read.matched);
    if (!fresh.notes.length && !fresh.sections.length && !fresh.problems.length && matched === lastMatched) return;
    lastMatched = matched;
    for (const batch of batches(fresh)) {
      if (ctx.isInvalid) return;
      const reply = await sendToBackground('capture', {
        url: location.href,
        capturedAt,
        recipeId: match.recipe.id,
        recipeVersion: match.recipe.version,
        pageId: match.page.id,
        matched: read.matched,
        ...batch,
      });
      // A failed store keeps the records unsent so the next change retries them.
      if (!reply?.ok) return forget(batch, sent);
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void capture(), SETTLE_MS);
  };

  const watch = () => {
    observer?.disconnect();
    const match = findRecipePage(recipes as Recipe[], location.href);
    if (!match) return;
    const target = (match.page.observe && document.querySelector(match.page.observe)) || document.body;
    observer = new MutationObserver(schedule);
    observer.observe(target, { childList: true, subtree: true });
    void capture();
  };

  ctx.onInvalidated(() => observer?.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    sent = new Set();
    lastMatched = '';
    watch();
  });
  watch();
}

type Batch = Pick<PageExtraction, 'notes' | 'sections' | 'problems'>;

const fingerprint = (r: object) => JSON.stringify(r);

function keepUnsent(read: PageExtraction, sent: Set<string>): Batch {
  const mark = <T extends object>(rs: T[]) =>
    rs.filter((r) => {
      const f = fingerprint(r);
      if (sent.has(f)) return false;
      sent.add(f);
      return true;
    });
  return { notes: mark(read.notes), sections: mark(read.sections), problems: mark(read.problems) };
}

function forget(batch: Batch, sent: Set<string>): void {
  for (const r of [...batch.notes, ...batch.sections, ...batch.problems]) sent.delete(fingerprint(r));
}

function* batches(all: Batch): Generator<Batch> {
  const total = Math.max(all.notes.length, all.sections.length, 1);
  for (let i = 0; i < total; i += MAX_BATCH) {
    yield {
      notes: all.notes.slice(i, i + MAX_BATCH),
      sections: all.sections.slice(i, i + MAX_BATCH),
      problems: i === 0 ? all.problems : [],
    };
  }
}
