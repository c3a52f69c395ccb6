import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { figureKey, freezeBaselineFigures, frozenFor } from './baseline-figures';
import { MEASURES } from './registry';
import { spreadTable } from './spread';

const monday = (k: number) => new Date(Date.UTC(2026, 0, 5 + 7 * k)).toISOString().slice(0, 10);
const row = (k: number, unit: string, vague: number): DailyRollup => ({
  id: `${k}|${unit}`, day: monday(k), system: 's', unit, shift: 'day', dayType: 'weekday', role: 'Carer', notes: 100, flagged: { vague }, scoreSum: 100 * (100 - vague), residents: { [`${unit}-r1`]: 50, [`${unit}-r2`]: 50 },
});
const rollups = Array.from({ length: 13 }, (_, k) => [row(k, 'Oak', 40 + (k % 3)), row(k, 'Cedar', 30 - (k % 2))]).flat();
const baseline = { start: monday(0), end: monday(12) };
const NOW = Date.UTC(2026, 3, 1);

describe('baseline figures frozen when the baseline is set', () => {
  const frozen = freezeBaselineFigures(MEASURES, { rollups }, baseline, NOW);

  it('keeps every measure with records, for all records and each segment, with its limits', () => {
    expect(frozen).toMatchObject({ frozenAt: NOW, start: baseline.start, end: baseline.end });
    expect(frozen.figures['vague|all']).toMatchObject({ denominator: 2600 });
    expect(frozen.figures['vague|all']!.value).toBeCloseTo((rollups.reduce((s, r) => s + r.flagged.vague!, 0)) / 2600, 10);
    expect(frozen.figures['vague|all']!.limits!.count).toBe(13);
    expect(frozen.figures['vague|unit:Cedar']!.value).toBeCloseTo((13 * 30 - 6) / 1300, 10);
    expect(frozen.figures['notes-per-resident-day|all']).toMatchObject({ value: 200 / 4, denominator: 52 });
    // No care plans, audits or samples yet: nothing is frozen for them (and nothing invented).
    expect(Object.keys(frozen.figures).some((k) => k.startsWith('sections-overdue|') || k.startsWith('audit-score|'))).toBe(false);
    expect(figureKey('vague', { shift: 'night' })).toBe('vague|shift:night');
  });

  it('is used only for the baseline period it was frozen for', () => {
    expect(frozenFor(frozen, baseline, 'vague', { unit: 'Oak' })).toBe(frozen.figures['vague|unit:Oak']);
    expect(frozenFor(frozen, { ...baseline, end: monday(11) }, 'vague', { unit: 'Oak' })).toBeUndefined();
  });

  it('gives the spread table its baseline column, whatever was captured for the baseline later', () => {
    const vague = MEASURES.find((m) => m.id === 'vague')!;
    // Later, a history capture brings in a very different week inside the baseline.
    const later = [...rollups, { ...row(5, 'Oak', 95), id: 'late' }];
    const opts = { baseline, now: '2026-04-01', recentWeeks: 2 };
    const moved = spreadTable(vague, { rollups: later }, opts).rows.find((r) => r.segment === 'Oak')!;
    const kept = spreadTable(vague, { rollups: later }, { ...opts, frozen }).rows.find((r) => r.segment === 'Oak')!;
    expect(moved.baseline).not.toBeCloseTo(frozen.figures['vague|unit:Oak']!.value!, 3);
    expect(kept.baseline).toBe(frozen.figures['vague|unit:Oak']!.value);
    expect(kept.baselineDenominator).toBe(1300);
  });
});
