import { z } from 'zod';
import { londonDayKey } from '../extract/dates/london-time';
import { measureChart, type MeasureChart } from '../measure/measure-chart';
import { measurePoints, NOTE_MEASURES, type Measure } from '../measure/registry';
import type { DailyRollup } from '../model/daily-rollup';
import type { Settings } from '../model/settings';

/** One row of a measure's spread table in the pack. */
export const SpreadRowSchema = z.object({
  dimension: z.string(),
  segment: z.string(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  notImproved: z.boolean(),
});

export const PackWeekSchema = z.object({
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
  unit: z.enum(['share', 'score']),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  target: z.number(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  change: z.number().nullable(),
  variation: z.string().nullable(),
  assurance: z.string().nullable(),
  firstImprovement: z.string().nullable(),
  weeks: z.array(PackWeekSchema),
  spread: z.array(SpreadRowSchema),
});

/**
 * What the evidence pack says, as data: the same object is printed, saved as JSON and flattened
 * to CSV, so the three can never disagree. Residents and staff appear only as codes unless the
 * manager chose names.
 */
export const EvidencePackSchema = z.object({
  generatedAt: z.string(),
  pseudonymised: z.boolean(),
  baseline: z.object({ start: z.string(), end: z.string() }).nullable(),
  interventions: z.array(z.object({ day: z.string(), label: z.string() })),
  sources: z.object({
    notes: z.object({ count: z.number(), from: z.string().nullable(), to: z.string().nullable() }),
    carePlanSections: z.number(),
    auditAnswers: z.number(),
    careSystemAuditAnswers: z.number(),
    sampledNotes: z.number(),
  }),
  measures: z.array(PackMeasureSchema),
  backlog: z
    .object({
      overdueNow: z.number(),
      sections: z.number(),
      baselineOverduePerDay: z.number().nullable(),
      items: z.array(z.object({ resident: z.string(), section: z.string(), daysOverdue: z.number() })),
    })
    .nullable(),
  audits: z
    .object({ latestScore: z.number().nullable(), embedded: z.string(), broad: z.string(), scheduleGap: z.string(), cycles: z.array(z.object({ label: z.string(), score: z.number().nullable() })) })
    .nullable(),
  agreement: z.object({ samples: z.number(), notes: z.number(), agreement: z.number().nullable(), kappa: z.number().nullable() }).nullable(),
});
export type EvidencePack = z.infer<typeof EvidencePackSchema>;
export type PackMeasure = z.infer<typeof PackMeasureSchema>;

const pooled = (rollups: readonly DailyRollup[], m: Measure, from: string, to: string) => {
  let n = 0, d = 0;
  for (const r of rollups) {
    if (r.day < from || r.day > to) continue;
    const [a, b] = m.count(r);
    n += a;
    d += b;
  }
  return d > 0 ? n / d : null;
};

/** A note measure for the pack: before and after, the chart's weeks and verdicts, the spread. */
export function packMeasure(
  measure: Measure,
  rollups: readonly DailyRollup[],
  settings: Pick<Settings, 'baseline' | 'interventions'>,
  opts: { now: number; recentDays?: number; spread: PackMeasure['spread'] },
): PackMeasure {
  const chart: MeasureChart | undefined = measureChart(measure, measurePoints(measure, rollups, 'week'), {
    period: 'week',
    baseline: settings.baseline,
    interventions: settings.interventions,
  });
  const today = londonDayKey(opts.now);
  const recentFrom = londonDayKey(opts.now - (opts.recentDays ?? 56) * 86_400_000);
  const baseline = settings.baseline ? pooled(rollups, measure, settings.baseline.start, settings.baseline.end) : null;
  const current = pooled(rollups, measure, recentFrom, today);
  const first = chart?.points.find((p) => p.label === 'improvement' && (!settings.baseline || p.period > settings.baseline.end));
  return {
    id: measure.id,
    name: measure.name,
    unit: measure.unit,
    direction: measure.direction,
    target: measure.target,
    baseline,
    current,
    change: baseline !== null && current !== null ? current - baseline : null,
    variation: chart?.variation ?? null,
    assurance: chart?.assurance ?? null,
    firstImprovement: first?.period ?? null,
    weeks: (chart?.points ?? []).map((p) => ({
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

export const NOTE_MEASURES_FOR_PACK = NOTE_MEASURES;
