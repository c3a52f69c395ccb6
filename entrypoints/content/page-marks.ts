import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fingerprint, type Batch } from '@/src/capture/batches';
import type { NoteQuality, ResponseOf } from '@/src/messaging/protocol';
import type { ExtractedCarePlanSection } from '@/src/model/care-plan-section';
import type { ExtractedNote } from '@/src/model/note';
import type { MarkLayer } from '@/src/overlay/marks/mark-layer';
import { sendToBackground } from '@/src/messaging/send';

/**
 * Glue between capture and the marks: the store's verdicts are cached by note key for the page
 * visit (notes sent once keep their marks on every later reading), and the mark UI is loaded
 * only once the first verdict arrives. Records on the page are known by their fingerprint (what
 * makes them "already sent"); the store says which key each one is stored under, because a
 * resident without an id is keyed by a token the page cannot make (src/store/record-keys.ts).
 *
 * The marks on/off choice lives in the one MarkLayer of this content script (its isolated world),
 * for the page visit (an app's in-page navigation keeps it; a reload starts with marks on). It was kept in
 * the page's sessionStorage, which the care-system page can read (to learn the extension is there)
 * and write (to switch the marks off for the user).
 */
export function pageMarks(ctx: ContentScriptContext) {
  const cache = new Map<string, NoteQuality>();
  /** Fingerprint of a record on the page → the key the store keeps it under. */
  const storedAs = new Map<string, string>();
  let latest: { el: Element; print: string }[] = [];
  /** Care-plan sections on the page: never marked, but an audit can ring one. */
  let sections: { el: Element; print: string }[] = [];
  const keyOf = (r: { print: string }) => storedAs.get(r.print);
  let system = '';
  let layer: Promise<MarkLayer> | undefined;
  ctx.onInvalidated(() => void layer?.then((l) => l.destroy()));
  const ensureLayer = () =>
    (layer ??= import('@/src/overlay/marks/mark-layer').then(
      (m) =>
        new m.MarkLayer(document, {
          visible: true,
          onPick: (el) => {
            const key = keyOf(latest.find((r) => r.el === el) ?? { print: '' });
            if (key) void sendToBackground('notePicked', { key }).catch(() => undefined);
          },
        }),
    ));

  const apply = async () => {
    if (!cache.size || ctx.isInvalid) return;
    const l = await ensureLayer();
    if (ctx.isInvalid) return;
    l.show(latest.flatMap((r) => {
      const quality = cache.get(keyOf(r) ?? '');
      return quality ? [{ el: r.el, quality }] : [];
    }));
  };

  return {
    /** Every note of the latest reading of the page, with its root element (aligned). */
    read(
      recipeId: string,
      notes: readonly ExtractedNote[],
      roots: readonly Element[],
      sectionRecords: readonly ExtractedCarePlanSection[] = [],
      sectionRoots: readonly Element[] = [],
    ): void {
      system = recipeId;
      latest = notes.flatMap((n, i) => (roots[i] ? [{ el: roots[i], print: fingerprint(n) }] : []));
      sections = sectionRecords.flatMap((s, i) => (sectionRoots[i] ? [{ el: sectionRoots[i], print: fingerprint(s) }] : []));
      void apply();
    },
    /** What the store made of a batch: each record's key, and its verdict on each note. */
    scored(batch: Pick<Batch, 'notes' | 'sections'>, stored: Extract<ResponseOf<'capture'>, { ok: true }>): void {
      batch.notes.forEach((n, i) => stored.keys?.notes[i] && storedAs.set(fingerprint(n), stored.keys.notes[i]));
      batch.sections.forEach((s, i) => stored.keys?.sections[i] && storedAs.set(fingerprint(s), stored.keys.sections[i]));
      for (const q of stored.quality ?? []) cache.set(q.key, q);
      void apply();
    },
    /** The stored notes of the latest reading, for a sample to be drawn from. */
    notesOnPage() {
      return { system, url: location.href, keys: latest.flatMap((n) => keyOf(n) ?? []) };
    },
    /** Rings the note being sampled (undefined key: take the ring away); false when it is not on the page. */
    async spotlight(key: string | undefined, label = ''): Promise<boolean> {
      const el = key === undefined ? undefined : (latest.find((n) => keyOf(n) === key) ?? sections.find((n) => keyOf(n) === key))?.el;
      if (!layer && !el) return false;
      const l = await ensureLayer();
      if (ctx.isInvalid) return false;
      l.spotlight(el, label);
      return !!el;
    },
  };
}

export type PageMarks = ReturnType<typeof pageMarks>;
