import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NoteQuality } from '@/src/messaging/protocol';
import type { ExtractedNote } from '@/src/model/note';
import type { MarkLayer } from '@/src/overlay/marks/mark-layer';
import { noteKey } from '@/src/store/keys';

const SHOWN_KEY = 'recordLens.marksShown';

/** The user's on/off choice, for this tab's session (the page's own sessionStorage is per tab). */
function rememberedShown(): boolean {
  try {
    return sessionStorage.getItem(SHOWN_KEY) !== 'off';
  } catch {
    return true;
  }
}
function remember(shown: boolean): void {
  try {
    sessionStorage.setItem(SHOWN_KEY, shown ? 'on' : 'off');
  } catch {
    // Storage refused (a sandboxed frame): the choice lasts for this page only.
  }
}

/**
 * Glue between capture and the marks: the store's verdicts are cached by note key for the page
 * visit (notes sent once keep their marks on every later reading), and the mark UI is loaded
 * only once the first verdict arrives.
 */
export function pageMarks(ctx: ContentScriptContext) {
  const cache = new Map<string, NoteQuality>();
  let latest: { el: Element; key: string }[] = [];
  let layer: Promise<MarkLayer> | undefined;
  ctx.onInvalidated(() => void layer?.then((l) => l.destroy()));

  const apply = async () => {
    if (!cache.size || ctx.isInvalid) return;
    layer ??= import('@/src/overlay/marks/mark-layer').then(
      (m) => new m.MarkLayer(document, { visible: rememberedShown(), onToggle: remember }),
    );
    const l = await layer;
    if (ctx.isInvalid) return;
    l.show(latest.flatMap(({ el, key }) => (cache.has(key) ? [{ el, quality: cache.get(key)! }] : [])));
  };

  return {
    /** Every note of the latest reading of the page, with its root element (aligned). */
    read(system: string, notes: readonly ExtractedNote[], roots: readonly Element[]): void {
      latest = notes.flatMap((n, i) => (roots[i] ? [{ el: roots[i], key: noteKey(system, n) }] : []));
      void apply();
    },
    /** What the store made of a batch. */
    scored(quality: readonly NoteQuality[] | undefined): void {
      if (!quality?.length) return;
      for (const q of quality) cache.set(q.key, q);
      void apply();
    },
  };
}
