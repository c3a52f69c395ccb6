import { ratioFigure, type Fact, type Figure, type Measure, type MeasureInputs, type SegmentFilter } from '../measure';
import { NO_UNIT } from '../timeliness/backlog';
import { DEFAULT_TIMELINESS_RULES } from '../timeliness/rules';
import { median } from '../timeliness/update-lag';

// A care-plan section has a unit but no shift, day type or author role: a filter on those finds nothing.
const unitOnly = (f: SegmentFilter) => f.shift === undefined && f.dayType === undefined && f.role === undefined;

function overdueFacts(inputs: MeasureInputs, f: SegmentFilter): Fact[] {
  if (!unitOnly(f)) return [];
  const out: Fact[] = [];
  for (const p of inputs.backlog ?? []) {
    if (f.unit === undefined) out.push({ day: p.day, counts: [p.overdue, p.tracked] });
    else {
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
    if (l.open || (f.unit !== undefined && unit !== f.unit)) continue;
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
    dimensions: ['unit'],
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
    dimensions: ['unit'],
    minDenominator: 5,
    facts: lagFacts,
    summarise: medianFigure,
  },
];
