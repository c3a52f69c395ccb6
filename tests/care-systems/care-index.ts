/**
 * Lookups over CareData for the pages and the API. The index holds the same note objects as the
 * data, so a test that edits `data.notes[i].text` after start sees the edit in the pages.
 */
import type { CareData, CarePlan, Note, Resident, Staff } from './generator/index';

export interface CareIndex {
  data: CareData;
  residents: Map<string, Resident>;
  staff: Map<string, Staff>;
  carePlans: Map<string, CarePlan>;
  /** Per resident, newest care time first (both vendors list notes newest first). */
  notesNewestFirst: Map<string, Note[]>;
}

export function indexCareData(data: CareData): CareIndex {
  const notesNewestFirst = new Map<string, Note[]>(data.residents.map((r) => [r.id, []]));
  for (const note of data.notes) notesNewestFirst.get(note.residentId)?.push(note);
  for (const list of notesNewestFirst.values()) {
    list.sort((a, b) => b.careAt - a.careAt || (a.id < b.id ? 1 : -1));
  }
  return {
    data,
    residents: new Map(data.residents.map((r) => [r.id, r])),
    staff: new Map(data.staff.map((s) => [s.id, s])),
    carePlans: new Map(data.carePlans.map((p) => [p.residentId, p])),
    notesNewestFirst,
  };
}
