import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../model/quality-flag';
import { BUILTIN_AUDIT_TEMPLATES, CARE_PLAN_AUDIT, DAILY_NOTES_AUDIT } from './builtin-templates';
import { closeCycle, startCycle } from './cycle-steps';
import { copyTemplate, editTemplate } from './template-versions';
import { compareCycles } from './compare-cycles';
import type { AuditTemplate } from '../model/audit';

describe('built-in templates', () => {
  it('cover the daily-note and care-plan questions, with the engine\u2019s rules as hints', () => {
    expect(DAILY_NOTES_AUDIT.criteria.map((c) => c.id)).toEqual(['accurate', 'specific', 'person-centred', 'outcome', 'concerns-followed-up', 'contemporaneous', 'attributed']);
    const hints = Object.fromEntries(DAILY_NOTES_AUDIT.criteria.map((c) => [c.id, c.hintRules ?? []]));
    expect(hints).toEqual({
      accurate: [],
      specific: ['vague', 'too-short', 'copied-forward'],
      'person-centred': ['task-not-person'],
      outcome: ['no-outcome'],
      'concerns-followed-up': ['concern-without-follow-up'],
      contemporaneous: ['late-entry'],
      attributed: ['missing-attribution'],
    });
    expect(new Set(Object.values(hints).flat())).toEqual(new Set(RULE_IDS));
    expect(CARE_PLAN_AUDIT.criteria.map((c) => c.id)).toEqual(['current', 'reviewed-on-time', 'reflects-changes', 'consistent-with-notes']);
    expect(CARE_PLAN_AUDIT.recordType).toBe('carePlanSection');
    for (const t of BUILTIN_AUDIT_TEMPLATES) {
      expect(t.builtIn).toBe(true);
      for (const c of t.criteria) expect(c.guidance.length).toBeGreaterThan(20);
    }
  });
});

describe('template versions', () => {
  const ours = copyTemplate(DAILY_NOTES_AUDIT, 'home-notes', 'Our notes audit');

  it('copies a template as a new one of its own, version 1, not built in', () => {
    expect(ours.ok && ours.template).toMatchObject({ id: 'home-notes', name: 'Our notes audit', version: 1 });
    expect(ours.ok && ours.template.builtIn).toBeUndefined();
    expect(copyTemplate(DAILY_NOTES_AUDIT, DAILY_NOTES_AUDIT.id, 'Same').ok).toBe(false);
  });

  it('edits into the next version with the same id, and refuses to edit a built-in', () => {
    if (!ours.ok) throw new Error('copy failed');
    const edited = editTemplate(ours.template, { criteria: ours.template.criteria.slice(1) });
    expect(edited.ok && edited.template).toMatchObject({ id: 'home-notes', version: 2 });
    expect(edited.ok && edited.template.criteria).toHaveLength(6);
    expect(editTemplate(DAILY_NOTES_AUDIT, { name: 'Mine' })).toEqual({ ok: false, problems: ['Built-in audits cannot be edited; make a copy and edit that.'] });
    const clash = editTemplate(ours.template, { criteria: [ours.template.criteria[0]!, ours.template.criteria[0]!] });
    expect(clash.ok).toBe(false);
  });

  it('leaves an old cycle with its frozen copy, and compares versions question by question', () => {
    if (!ours.ok) throw new Error('copy failed');
    const v1 = ours.template;
    const start = (template: AuditTemplate, startedAt: number, periodStart: string, periodEnd: string) =>
      startCycle({
        template, records: [{ key: 'n1', at: Date.UTC(2026, 10, 23, 10), unit: 'Oak' }, { key: 'n2', at: Date.UTC(2026, 11, 23, 10), unit: 'Oak' }],
        periodStart, periodEnd, sampleSize: 1, scheduled: true, seed: 1, auditor: { role: 'Quality lead' }, startedAt,
      });
    const first = start(v1, 1, '2026-11-01', '2026-11-30');
    if (!first.ok) throw new Error(first.problems.join());
    const edited = editTemplate(v1, {
      criteria: v1.criteria.filter((c) => c.id !== 'accurate').map((c) => (c.id === 'specific' ? { ...c, text: 'Is it specific and observable, in detail?' } : c)),
    });
    if (!edited.ok) throw new Error(edited.problems.join());
    expect(first.cycle.template).toEqual(v1);
    expect(first.cycle.templateVersion).toBe(1);
    expect(first.cycle.template.criteria.map((c) => c.id)).toContain('accurate');

    const second = start(edited.template, 2, '2026-12-01', '2026-12-31');
    if (!second.ok) throw new Error(second.problems.join());
    const answerAll = (cycle: typeof first.cycle, value: 'yes' | 'no') => ({
      ...cycle,
      answers: { [cycle.sample[0]!.recordKey]: cycle.template.criteria.map((c) => ({ criterionId: c.id, value, answeredAt: 1 })) },
    });
    const a = closeCycle(answerAll(first.cycle, 'no'), 10);
    const b = closeCycle(answerAll(second.cycle, 'yes'), 20);
    if (!a.ok || !b.ok) throw new Error('close failed');
    const comparison = compareCycles([b.cycle, a.cycle], 'home-notes', { target: 0.8 })!;
    const specific = comparison.later[0]!.criteria.find((c) => c.criterionId === 'specific');
    expect(specific).toEqual({ criterionId: 'specific', text: 'Is it specific and observable, in detail?', baseline: 0, score: 1, change: 1 });
    // A question only the baseline asked keeps its baseline score and has no change.
    expect(comparison.later[0]!.criteria.at(-1)).toEqual({ criterionId: 'accurate', text: 'Is the note accurate?', baseline: 0, score: null, change: null });
  });
});
