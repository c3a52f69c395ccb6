import Papa from 'papaparse';
import type { EvidencePack } from './pack';

/**
 * The figures behind the pack as one CSV: a row per measure per week or month (with the limits and
 * the signal), then a row per spread segment. `denominator` is what each value rests on: notes,
 * resident-days, section-days, changes in need, audit answers or sampled notes, as the measure's
 * definition (in the JSON) says. Quoting and escaping are papaparse's.
 */
export function packCsv(pack: EvidencePack): string {
  const rows: Record<string, string | number | null>[] = [];
  for (const m of pack.measures) {
    const section = m.period === 'week' ? 'weekly' : 'monthly';
    for (const w of m.points) {
      rows.push({ section, measure: m.id, period: w.period, segment: 'all', value: w.value, denominator: w.denominator, mean: w.mean, lower: w.lower, upper: w.upper, signal: w.signal, baseline: null, current: null });
    }
    for (const s of m.spread) {
      rows.push({ section: 'spread', measure: m.id, period: null, segment: `${s.dimension}:${s.segment}`, value: null, denominator: null, mean: null, lower: null, upper: null, signal: s.notImproved ? 'not-improved' : null, baseline: s.baseline, current: s.current });
    }
  }
  return Papa.unparse(rows, { columns: ['section', 'measure', 'period', 'segment', 'value', 'denominator', 'mean', 'lower', 'upper', 'signal', 'baseline', 'current'] });
}
