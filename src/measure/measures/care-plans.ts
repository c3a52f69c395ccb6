import { ratioFigure, type Fact, type Figure, type Measure, type MeasureInputs, type SegmentFilter } from '../measure';
import { NO_UNIT } from '../timeliness/backlog';
import { DEFAULT_TIMELINESS_RULES } from '../timeliness/rules';
import { median } from '../timeliness/update-lag';
import { homeName } from '../segments';

// A care-plan section has a unit (and a home) but no shift, day type or author role: a filter on those finds nothing.
const unitOnly = (f: SegmentFilter) => f.shift === undefined && f.dayType === undefined && f.role === undefined;

/** Whether a unit is in the filter's home: this home's units unless the inputs say otherwise (homeName). */
const inHome = (inputs: MeasureInputs, f: SegmentFilter, unit: string) => f.home === undefined || (inputs.unitHomes?.get(unit) ?? homeName(inputs.homes, undefined)) === f.home;

function overdueFacts(inputs: MeasureInputs, f: SegmentFilter): Fact[] {
  if (!unitOnly(f)) return [];
  const out: Fact[] = [];
  for (const p of inputs.backlog ?? []) {
    if (f.unit === undefined && f.home !== undefined) {
      // One home: its units' counts added up (each unit belongs to one home).
      let overdue = 0;
      let tracked = 0;
      for (const [unit, c] of Object.entries(p.byUnit ?? {})) {
        if (!inHome(inputs, f, unit)) continue;
        overdue += c.overdue;
        tracked += c.tracked;
      }
      if (tracked) out.push({ day: p.day, counts: [overdue, tracked] });
    } else if (f.unit === undefined) out.push({ day: p.day, counts: [p.overdue, p.tracked] });
    else if (inHome(inputs, f, f.unit)) {
      const u = p.byUnit?.[f.unit];
      if (u) out.push({ day: p.day, unit: f.unit, counts: [u.overdue, u.tracked] });
    }
  }
  return out;
}

/** Changes in need already reflected in the plan: an open one has no lag yet, only an age. */
function lagFacts(inputs: MeasureInputs, f: SegmentFilter): Fact[] {
  if (!unitOnly(f)) return [];
  const out: Fact[] = [];
  for (const l of inputs.lags ?? []) {
    const unit = l.unit ?? NO_UNIT;
    if (l.open || (f.unit !== undefined && unit !== f.unit) || !inHome(inputs, f, unit)) continue;
    out.push({ day: l.changeDay, unit, counts: [l.days, 1], values: [l.days] });
  }
  return out;
}

const medianFigure = (counts: readonly number[], values: readonly number[]): Figure => ({
  value: values.length ? median(values) : null,
  numerator: counts[0] ?? 0,
  denominator: values.length,
});

export const CARE_PLAN_MEASURES: readonly Measure[] = [
  {
    id: 'sections-overdue',
    denominatorName: 'Section-days',
    name: 'Care-plan sections overdue',
    unit: 'share',
    direction: 'lower-is-better',
    target: 0.05,
    source: 'care plans',
    definition:
      'Share of known care-plan sections overdue for review at the end of each day, pooled over the days of the period (section-days overdue ÷ section-days known).',
    period: 'week',
    dimensions: ['unit', 'home'],
    minDenominator: 20,
    facts: overdueFacts,
    summarise: ratioFigure,
  },
  {
    id: 'update-lag',
    denominatorName: 'Changes in need',
    name: 'Median days to update after a change in need',
    unit: 'days',
    direction: 'lower-is-better',
    target: DEFAULT_TIMELINESS_RULES.updateLagTargetDays,
    source: 'care plans',
    definition:
      'Median London days from a reported change in need to the first update of that section, of the changes reflected, by the day the need changed.',
    // Changes in need are rare (a few a week in a 60-bed home): a weekly median rests on too few.
    period: 'month',
    dimensions: ['unit', 'home'],
    minDenominator: 5,
    facts: lagFacts,
    summarise: medianFigure,
  },
];
