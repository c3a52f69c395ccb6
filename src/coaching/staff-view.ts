import { RULE_IDS, type RuleId } from '../model/quality-flag';
import type { StaffCount } from '../model/staff-rollup';

export interface StaffRow {
  author: string;
  role?: string;
  notes: number;
  /** Notes with any flag, and per rule: where coaching could start. */
  flagged: number;
  byRule: Partial<Record<RuleId, number>>;
  /** The rule flagged most often in this author's notes, if any. */
  topRule?: RuleId;
}

/**
 * The staff view: each author of the given notes (counted by day, staff-rollup.ts) with how often their notes were flagged, most
 * flagged share first, so a quality lead sees whose notes to coach and on what. Notes with no
 * author are left out: there is nobody to coach.
 */
export function staffRows(counts: readonly Pick<StaffCount, 'author' | 'role' | 'flags' | 'notes'>[]): StaffRow[] {
  const rows = new Map<string, StaffRow>();
  for (const c of counts) {
    const author = c.author.trim();
    if (!author) continue;
    const row = rows.get(author) ?? { author, notes: 0, flagged: 0, byRule: {} };
    if (!row.role && c.role) row.role = c.role;
    row.notes += c.notes;
    if (c.flags.length) row.flagged += c.notes;
    for (const rule of c.flags) row.byRule[rule] = (row.byRule[rule] ?? 0) + c.notes;
    rows.set(author, row);
  }
  for (const row of rows.values()) {
    const top = RULE_IDS.reduce<RuleId | undefined>((best, r) => ((row.byRule[r] ?? 0) > (best ? row.byRule[best] ?? 0 : 0) ? r : best), undefined);
    if (top) row.topRule = top;
  }
  return [...rows.values()].sort((a, b) => b.flagged / b.notes - a.flagged / a.notes || b.notes - a.notes || a.author.localeCompare(b.author));
}
