import { z } from 'zod';
import { londonDayKey } from '../extract/dates/london-time';
import { frozenFor } from '../measure/baseline-figures';
import { measureChart, type MeasureChart } from '../measure/measure-chart';
import { measurePoints, pooledFigure, type Measure, type MeasureInputs } from '../measure/registry';
import type { Settings } from '../model/settings';

/** One row of a measure's spread table in the pack. */
export const SpreadRowSchema = z.object({
  dimension: z.string(),
  segment: z.string(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  notImproved: z.boolean(),
});

export const PackPointSchema = z.object({
  period: z.string(),
  value: z.number().nullable(),
  denominator: z.number(),
  mean: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  signal: z.enum(['improvement', 'concern', 'common-cause', 'not-judged']),
});

export const PackMeasureSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.enum(['notes', 'care plans', 'audits', 'samples']),
  definition: z.string(),
  period: z.enum(['week', 'month']),
  unit: z.enum(['share', 'score', 'rate', 'days', 'points']),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  target: z.number(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  change: z.number().nullable(),
  variation: z.enum(['common-cause', 'special-cause-improvement', 'special-cause-concern']).nullable(),
  assurance: z.enum(['consistently-meeting', 'consistently-missing', 'hit-and-miss']).nullable(),
  firstImprovement: z.string().nullable(),
  /** True when the baseline figures are those frozen when the baseline was set. */
  baselineFrozen: z.boolean(),
  /** How much stands behind the baseline and current figures (notes, section-days, answers...). */
  baselineDenominator: z.number(),
  currentDenominator: z.number(),
  /** The chart's periods (weeks or months, as `period` says). */
  points: z.array(PackPointSchema),
  spread: z.array(SpreadRowSchema),
});

/**
 * What the evidence pack says, as data: the same object is printed, saved as JSON and flattened
 * to CSV, so the three can never disagree. Residents and staff appear only as codes unless the
 * manager chose names.
 */
/** One coaching session in the pack (src/evidence/pack-coaching.ts): words and codes, no note text. */
export const PackCoachingSchema = z.object({
  day: z.string(),
  who: z.string(),
  focus: z.array(z.string()),
  followUp: z.string(),
  change: z.string(),
  lasting: z.string(),
  unprompted: z.string(),
});
export type PackCoaching = z.infer<typeof PackCoachingSchema>;

export const EvidencePackSchema = z.object({
  generatedAt: z.string(),
  pseudonymised: z.boolean(),
  baseline: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** When the baseline's figures were frozen (epoch ms); null when they are computed from the records held now. */
  baselineFrozenAt: z.number().nullable(),
  interventions: z.array(z.object({ day: z.string(), label: z.string() })),
  coaching: z.array(PackCoachingSchema),
  sources: z.object({
    notes: z.object({ count: z.number(), from: z.string().nullable(), to: z.string().nullable() }),
    carePlanSections: z.number(),
    /** First and last day a care plan was read. */
    carePlansSeen: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    auditAnswers: z.number(),
    /** The periods of records the closed audit cycles covered, first to last. */
    auditPeriods: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    careSystemAuditAnswers: z.number(),
    sampledNotes: z.number(),
  }),
  measures: z.array(PackMeasureSchema),
  /** Measures chosen that have no records yet, by name. */
  withoutData: z.array(z.string()),
  backlog: z
    .object({
      overdueNow: z.number(),
      sections: z.number(),
      baselineOverduePerDay: z.number().nullable(),
      items: z.array(z.object({ resident: z.string(), section: z.string(), daysOverdue: z.number() })),
    })
    .nullable(),
  audits: z
    .object({
      latestScore: z.number().nullable(),
      embedded: z.string(),
      broad: z.string(),
      scheduleGap: z.string(),
      /** The three verdicts as statuses, so the pack can say what each means (src/help/audit-help.ts). */
      status: z.object({
        embedded: z.enum(['embedded', 'not-embedded', 'too-few-cycles']),
        broad: z.enum(['broad', 'not-broad', 'no-cycles']),
        scheduleGap: z.enum(['no-gap-yet', 'same', 'unscheduled-lower', 'unscheduled-higher']),
      }),
      cycles: z.array(z.object({ label: z.string(), score: z.number().nullable() })),
    })
    .nullable(),
  agreement: z.object({ samples: z.number(), notes: z.number(), agreement: z.number().nullable(), kappa: z.number().nullable() }).nullable(),
});
export type EvidencePack = z.infer<typeof EvidencePackSchema>;
export type PackMeasure = z.infer<typeof PackMeasureSchema>;

/** A measure for the pack: before and after, the chart's periods and verdicts, the spread. */
export function packMeasure(
  measure: Measure,
  inputs: MeasureInputs,
  settings: Pick<Settings, 'baseline' | 'interventions' | 'baselineFigures'>,
  opts: { now: number; recentDays?: number; spread: PackMeasure['spread'] },
): PackMeasure {
  const frozen = frozenFor(settings.baselineFigures, settings.baseline, measure.id, {});
  const chart: MeasureChart | undefined = measureChart(measure, measurePoints(measure, inputs), {
    period: measure.period,
    baseline: settings.baseline,
    interventions: settings.interventions,
    frozen,
  });
  const today = londonDayKey(opts.now);
  const recentFrom = londonDayKey(opts.now - (opts.recentDays ?? 56) * 86_400_000);
  // The baseline as frozen when it was set; computed from the records held now only when nothing was frozen.
  const before = frozen ?? (settings.baseline ? pooledFigure(measure, inputs, {}, settings.baseline.start, settings.baseline.end) : null);
  const now = pooledFigure(measure, inputs, {}, recentFrom, today);
  const baseline = before?.value ?? null;
  const current = now.value;
  const first = chart?.points.find((p) => p.label === 'improvement' && (!settings.baseline || p.period > settings.baseline.end));
  return {
    id: measure.id,
    name: measure.name,
    source: measure.source,
    definition: measure.definition,
    period: measure.period,
    unit: measure.unit,
    direction: measure.direction,
    target: measure.target,
    baseline,
    current,
    change: baseline !== null && current !== null ? current - baseline : null,
    variation: chart?.variation ?? null,
    assurance: chart?.assurance ?? null,
    firstImprovement: first?.period ?? null,
    baselineFrozen: !!frozen,
    baselineDenominator: before?.denominator ?? 0,
    currentDenominator: now.denominator,
    points: (chart?.points ?? []).map((p) => ({
      period: p.period,
      value: p.shown,
      denominator: p.denominator,
      mean: p.limits?.mean ?? null,
      lower: p.limits?.lower ?? null,
      upper: p.limits?.upper ?? null,
      signal: p.label ?? (p.judged ? 'common-cause' : 'not-judged'),
    })),
    spread: opts.spread,
  };
}

