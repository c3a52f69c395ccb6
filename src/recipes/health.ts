import { fieldLabel } from '../model/field-labels';
import type { PageHealth } from '../model/page-health';

/** What one capture of a page found, over every record the recipe matched. */
export interface CaptureStats {
  matched: number;
  /** Records kept aside as problems, and the field each failed on. */
  problems: number;
  problemFields: Record<string, number>;
  /** In how many matched records each field was found. */
  fieldHits: Record<string, number>;
}

export interface HealthContext {
  recipeId: string;
  recipeVersion: number;
  pageId: string;
  capturedAt: number;
  /** What the last capture of the very same URL matched, if any. */
  sameUrlMatched?: number;
}

/** Thresholds, with the reason each exists. */
export const HEALTH_RULES = {
  /** Below this many records a page says too little to judge rates. */
  minRecords: 5,
  /** "Far fewer": under a fifth of what the same URL showed before. */
  fewerShare: 0.2,
  /** A problem rate this high, and this much above usual, means the page changed. */
  problemRate: 0.2,
  problemJump: 0.15,
  /** A field found in nearly every record that is now missing from most of them broke. */
  fieldUsual: 0.9,
  fieldNow: 0.5,
  /** Captures needed before a field's usual rate is trusted. */
  settledCaptures: 2,
  /** Weight of the newest healthy capture in the running averages. */
  alpha: 0.3,
} as const;

const pct = (r: number) => `${Math.round(r * 100)}%`;

/**
 * Judges one capture against what this recipe page usually finds. A degraded capture's records
 * must not be stored as if good; the verdict names the field that broke and since when.
 */
export function checkHealth(prev: PageHealth | undefined, stats: CaptureStats, ctx: HealthContext): PageHealth {
  const R = HEALTH_RULES;
  const known = prev && prev.recipeVersion === ctx.recipeVersion ? prev : undefined;
  const base: PageHealth = known ?? {
    key: `${ctx.recipeId}|${ctx.pageId}`,
    recipeId: ctx.recipeId,
    recipeVersion: ctx.recipeVersion,
    pageId: ctx.pageId,
    captures: 0,
    typicalMatched: 0,
    problemRate: 0,
    fieldRates: {},
    status: 'healthy',
    lastCheckedAt: ctx.capturedAt,
  };
  const verdict = diagnose(base, stats, ctx);
  if (verdict) {
    return {
      ...base,
      ...verdict,
      status: 'degraded',
      since: base.status === 'degraded' ? (base.since ?? ctx.capturedAt) : ctx.capturedAt,
      lastCheckedAt: ctx.capturedAt,
    };
  }
  const mix = (old: number, now: number) => (base.captures === 0 ? now : old + R.alpha * (now - old));
  const fieldRates = { ...base.fieldRates };
  if (stats.matched > 0) {
    for (const [field, hits] of Object.entries(stats.fieldHits)) {
      fieldRates[field] = mix(base.fieldRates[field] ?? hits / stats.matched, hits / stats.matched);
    }
  }
  return {
    ...base,
    captures: base.captures + 1,
    typicalMatched: stats.matched > 0 ? mix(base.typicalMatched, stats.matched) : base.typicalMatched,
    problemRate: stats.matched > 0 ? mix(base.problemRate, stats.problems / stats.matched) : base.problemRate,
    fieldRates,
    status: 'healthy',
    reason: undefined,
    brokenField: undefined,
    since: undefined,
    lastGoodAt: ctx.capturedAt,
    lastCheckedAt: ctx.capturedAt,
  };
}

function diagnose(h: PageHealth, s: CaptureStats, ctx: HealthContext): Pick<PageHealth, 'reason' | 'brokenField'> | undefined {
  const R = HEALTH_RULES;
  if (s.matched === 0 && h.captures > 0 && h.typicalMatched >= R.minRecords) {
    return { reason: `Found no records on a page where it usually finds about ${Math.round(h.typicalMatched)}.` };
  }
  if (ctx.sameUrlMatched !== undefined && ctx.sameUrlMatched >= R.minRecords && s.matched < R.fewerShare * ctx.sameUrlMatched) {
    return { reason: `Found ${s.matched} records where the same page showed ${ctx.sameUrlMatched} before.` };
  }
  if (s.matched < R.minRecords) return undefined;
  const rate = s.problems / s.matched;
  if (rate >= R.problemRate && rate >= h.problemRate + R.problemJump) {
    const [field] = Object.entries(s.problemFields).sort((a, b) => b[1] - a[1])[0] ?? [];
    return {
      reason: `${pct(rate)} of records could not be read (usually ${pct(h.problemRate)})${field ? `: the ${fieldLabel(field)} failed most` : ''}.`,
      brokenField: field,
    };
  }
  if (h.captures < R.settledCaptures) return undefined;
  for (const [field, usual] of Object.entries(h.fieldRates)) {
    const now = (s.fieldHits[field] ?? 0) / s.matched;
    if (usual >= R.fieldUsual && now < R.fieldNow) {
      return { reason: `The ${fieldLabel(field)} was found in ${pct(now)} of records (usually ${pct(usual)}).`, brokenField: field };
    }
  }
  return undefined;
}
