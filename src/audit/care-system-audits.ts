import { londonDayKey } from '../extract/dates/london-time';
import type { ExtractedCareSystemAudit } from '../model/care-system-audit';

export interface CareSystemAuditMonth {
  /** 'YYYY-MM' (London). */
  month: string;
  form: string;
  answers: number;
  notApplicable: number;
  /** Yes = 1, partly = 0.5, no = 0, not applicable left out; null when nothing was scored. */
  score: number | null;
}

const POINTS = { yes: 1, partly: 0.5, no: 0 } as const;

/**
 * The care system's own audit results by month and form, scored the way Record Lens scores its
 * own cycles, so the two can be read side by side.
 */
export function careSystemAuditMonths(records: readonly ExtractedCareSystemAudit[]): CareSystemAuditMonth[] {
  const groups = new Map<string, { month: string; form: string; answers: number; na: number; points: number }>();
  for (const r of records) {
    const month = londonDayKey(r.at).slice(0, 7);
    const form = r.form ?? 'Audit';
    const key = `${month}|${form}`;
    const g = groups.get(key) ?? { month, form, answers: 0, na: 0, points: 0 };
    g.answers++;
    if (r.answer === 'na') g.na++;
    else g.points += POINTS[r.answer];
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.form.localeCompare(b.form))
    .map((g) => ({ month: g.month, form: g.form, answers: g.answers, notApplicable: g.na, score: g.answers > g.na ? g.points / (g.answers - g.na) : null }));
}
