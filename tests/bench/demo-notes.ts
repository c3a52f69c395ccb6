import type { CareData, Note as GeneratedNote } from '../care-systems/generator/index';
import type { Note } from '../../src/model/note';
import { assessNotes } from '../../src/quality/engine';
import { idsOnly, noteKey, residentKey } from '../../src/store/keys';

export const SYSTEM = 'harbour-demo';

/**
 * Demo notes as the product stores them: read as the Harbour recipe reads them, keyed with the
 * product's own key helpers, scored with every rule under the current rules version.
 */
export function storedDemoNotes(data: CareData, source: readonly GeneratedNote[], now: number, rulesVersion: number): Note[] {
  const staff = new Map(data.staff.map((s) => [s.id, s]));
  const names = new Map(data.residents.map((r) => [r.id, r.name]));
  const provenance = { system: SYSTEM, url: 'http://127.0.0.1/harbour/residents', capturedAt: now, recipeId: SYSTEM, recipeVersion: 1 };
  const notes: Note[] = source.map((n) => {
    const extracted = {
      sourceId: n.id,
      residentName: names.get(n.residentId) ?? n.residentId,
      residentId: n.residentId,
      authorName: staff.get(n.authorId)?.name,
      authorRole: staff.get(n.authorId)?.role,
      careAt: n.careAt,
      careAtPrecision: 'minute' as const,
      writtenAt: n.writtenAt,
      writtenAtPrecision: 'minute' as const,
      category: n.category,
      unit: n.unit,
      text: n.text,
    };
    return { ...extracted, key: noteKey(SYSTEM, extracted, idsOnly), residentKey: residentKey(SYSTEM, extracted, idsOnly), provenance, quality: { rulesVersion, score: 100, flags: [] } };
  });
  assessNotes(notes).forEach((q, i) => (notes[i]!.quality = { rulesVersion: q.rulesVersion, score: q.score, flags: q.flags }));
  return notes;
}
