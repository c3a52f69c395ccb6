import { londonDayKey } from '../../extract/dates/london-time';
import { RULE_IDS } from '../../model/quality-flag';
import { personFlags } from '../agreement';
import { homeOfSystemIn, inSegment, ratioFigure, type Fact, type Measure, type MeasureInputs, type SegmentFilter } from '../measure';
import { TRUST_FROM } from '../agreement';
import { dayTypeOf, shiftOf } from '../segments';

/** Each judged note of each completed sample, in the segment of the care it records, by the day of that care. */
function judged(inputs: MeasureInputs, f: SegmentFilter, count: (weak: boolean, scheduled: boolean, j: Parameters<typeof personFlags>[0]) => number[]): Fact[] {
  if (f.role !== undefined) return [];
  const out: Fact[] = [];
  for (const s of inputs.samples ?? []) {
    const home = homeOfSystemIn(inputs, s.system);
    for (const j of s.judgements) {
      const seg = { ...(j.unit ? { unit: j.unit } : {}), shift: shiftOf(j.careAt, inputs.shifts), dayType: dayTypeOf(j.careAt), home };
      if (!inSegment(seg, f)) continue;
      const weak = RULE_IDS.some((r) => personFlags(j, r));
      out.push({ day: londonDayKey(j.careAt), ...(j.unit ? { unit: j.unit } : {}), counts: count(weak, s.scheduled, j) });
    }
  }
  return out;
}

export const SAMPLE_MEASURES: readonly Measure[] = [
  {
    id: 'scheduled-gap',
    denominatorName: 'Notes (smaller side)',
    name: 'Unscheduled minus scheduled: notes judged weak',
    unit: 'points',
    direction: 'lower-is-better',
    target: 0.05,
    source: 'samples',
    definition:
      'Share of sampled notes people judged weak in unscheduled spot checks minus the share in scheduled samples: above zero, records are weaker when nobody announced a check.',
    period: 'month',
    dimensions: ['unit', 'shift', 'dayType', 'home'],
    minDenominator: 5,
    facts: (inputs, f) => judged(inputs, f, (weak, scheduled) => (scheduled ? [weak ? 1 : 0, 1, 0, 0] : [0, 0, weak ? 1 : 0, 1])),
    summarise: (c) => {
      const [sw = 0, sn = 0, uw = 0, un = 0] = c;
      const value = sn > 0 && un > 0 ? uw / un - sw / sn : null;
      return { value, numerator: uw * sn - sw * un, denominator: Math.min(sn, un) };
    },
  },
  {
    id: 'agreement',
    denominatorName: 'Flags raised',
    name: 'Engine and people agree on flags',
    unit: 'share',
    direction: 'higher-is-better',
    target: TRUST_FROM,
    source: 'samples',
    definition:
      'Of the flags raised on sampled notes, by the engine or by the person, the share both agreed on (engine flags the person confirmed ÷ engine flags + flags the person added).',
    period: 'month',
    dimensions: ['unit', 'shift', 'dayType', 'home'],
    minDenominator: 10,
    facts: (inputs, f) =>
      judged(inputs, f, (_weak, _scheduled, j) => [j.engineFlags.filter((r) => j.verdicts[r] === 'agree').length, j.engineFlags.length + j.added.length]),
    summarise: ratioFigure,
  },
];
