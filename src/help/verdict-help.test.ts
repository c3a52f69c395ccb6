import { describe, expect, it } from 'vitest';
import { agreementByRule } from '../measure/agreement';
import { RULE_IDS } from '../model/quality-flag';
import { AGREEMENT_HELP } from './agreement-help';
import { BROAD_HELP, EMBEDDED_HELP, SCHEDULE_GAP_HELP } from './audit-help';
import { BACKLOG_HELP } from './backlog-help';
import { DRIFT_HELP, DRIFT_RULE_HELP } from './drift-help';
import { MEASURES } from '../measure/registry';
import { CHART_EMPTY_NEXT } from './empty-chart';
import { FLAG_HELP } from './flag-help';
import type { HelpText } from './help-texts';
import { RECIPE_HEALTH_HELP } from './recipe-health-help';
import { narrowingOf, SPREAD_NARROWING_HELP, SPREAD_ROW_HELP } from './spread-help';

/**
 * The tables are typed by the verdicts they explain (a new verdict without help fails the
 * typecheck); these tests pin the verdict lists at run time too, and hold every text to being
 * short, plain and saying both what it means and what to do.
 */
const TABLES: Record<string, [Readonly<Record<string, HelpText>>, string[]]> = {
  spread: [SPREAD_ROW_HELP, ['best', 'noData', 'notImproved', 'worst']],
  narrowing: [SPREAD_NARROWING_HELP, ['cannot-compare', 'narrowing', 'not-narrowing']],
  drift: [DRIFT_RULE_HELP, ['beyond-limit', 'shift', 'trend', 'two-of-three']],
  agreement: [AGREEMENT_HELP, ['misses', 'over-flags', 'too-few', 'trusted']],
  embedded: [EMBEDDED_HELP, ['embedded', 'not-embedded', 'too-few-cycles']],
  broad: [BROAD_HELP, ['broad', 'no-cycles', 'not-broad']],
  scheduleGap: [SCHEDULE_GAP_HELP, ['no-gap-yet', 'same', 'unscheduled-higher', 'unscheduled-lower']],
  backlog: [BACKLOG_HELP, ['latestOnly', 'overdue', 'stale', 'updateLag']],
  recipeHealth: [RECIPE_HEALTH_HELP, ['degraded']],
  flags: [FLAG_HELP, [...RULE_IDS].sort()],
};

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('help beside every verdict and flag', () => {
  for (const [name, [table, keys]] of Object.entries(TABLES)) {
    it(`${name}: one text for each verdict, short and plain`, () => {
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const [key, h] of Object.entries(table)) {
        for (const part of [h.means, h.todo]) {
          expect(part.length, `${name}.${key}`).toBeGreaterThan(20);
          // Short: read beside a figure, not a manual page.
          expect(words(part), `${name}.${key}: ${part}`).toBeLessThanOrEqual(45);
          expect(part, `${name}.${key}`).toMatch(/[.!?]$/);
          // Page text and numbers come from the code, never a placeholder left unfilled.
          expect(part, `${name}.${key}`).not.toMatch(/undefined|NaN|\$\{/);
        }
        expect(h.means).not.toBe(h.todo);
      }
    });
  }

  it('the drift warning itself says what it means and what to do', () => {
    expect(words(DRIFT_HELP.means)).toBeLessThanOrEqual(45);
    expect(DRIFT_HELP.todo).toMatch(/dismiss/i);
  });

  it('every verdict the measures can produce has its text', () => {
    // A verdict the code gives today, looked up the way the screens look it up.
    expect(AGREEMENT_HELP[agreementByRule([]).at(-1)!.verdict]).toBeDefined();
    expect(SPREAD_NARROWING_HELP[narrowingOf(null)]).toBe(SPREAD_NARROWING_HELP['cannot-compare']);
    expect(SPREAD_NARROWING_HELP[narrowingOf(true)]).toBe(SPREAD_NARROWING_HELP.narrowing);
    expect(SPREAD_NARROWING_HELP[narrowingOf(false)]).toBe(SPREAD_NARROWING_HELP['not-narrowing']);
  });

  it('a measure with too few periods for a chart says where its records come from', () => {
    expect(Object.keys(CHART_EMPTY_NEXT).sort()).toEqual([...new Set(MEASURES.map((m) => m.source))].sort());
    for (const next of Object.values(CHART_EMPTY_NEXT)) expect(next).toMatch(/^(Open|Close|Sample) .+\.$/);
  });
});
