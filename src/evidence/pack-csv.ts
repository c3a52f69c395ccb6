import Papa from 'papaparse';
import type { EvidencePack } from './pack';

/**
 * The figures behind the pack as one CSV: a row per measure per week (with the limits and the
 * signal), then a row per spread segment. Quoting and escaping are papaparse's.
 */
export function packCsv(pack: EvidencePack): string {
  const rows: Record<string, string | number | null>[] = [];
  for (const m of pack.measures) {
    for (const w of m.weeks) {
      rows.push({ section: 'weekly', measure: m.id, period: w.period, segment: 'all', value: w.value, notes: w.denominator, mean: w.mean, lower: w.lower, upper: w.upper, signal: w.signal, baseline: null, current: null });
    }
    for (const s of m.spread) {
      rows.push({ section: 'spread', measure: m.id, period: null, segment: `${s.dimension}:${s.segment}`, value: null, notes: null, mean: null, lower: null, upper: null, signal: s.notImproved ? 'not-improved' : null, baseline: s.baseline, current: s.current });
    }
  }
  return Papa.unparse(rows, { columns: ['section', 'measure', 'period', 'segment', 'value', 'notes', 'mean', 'lower', 'upper', 'signal', 'baseline', 'current'] });
}
