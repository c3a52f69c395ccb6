import { describe, expect, it } from 'vitest';
import { careSystemAuditMonths } from './care-system-audits';

const at = (iso: string) => Date.parse(iso);
const a = (when: string, answer: 'yes' | 'partly' | 'no' | 'na', form = 'Monthly notes audit') => ({ at: at(when), criterion: 'Outcome recorded', answer, form });

describe("the care system's own audits", () => {
  it('scores each month and form like our cycles: yes 1, partly 0.5, no 0, not applicable left out', () => {
    expect(
      careSystemAuditMonths([a('2026-03-15T10:00:00Z', 'yes'), a('2026-03-15T10:00:00Z', 'partly'), a('2026-03-15T10:00:00Z', 'na'), a('2026-04-15T09:00:00Z', 'no'), a('2026-04-15T09:00:00Z', 'yes', 'Care plan audit')]),
    ).toEqual([
      { month: '2026-03', form: 'Monthly notes audit', answers: 3, notApplicable: 1, score: 0.75 },
      { month: '2026-04', form: 'Care plan audit', answers: 1, notApplicable: 0, score: 1 },
      { month: '2026-04', form: 'Monthly notes audit', answers: 1, notApplicable: 0, score: 0 },
    ]);
  });

  it('puts an answer at 23:30 on 31 March (BST) in March, and leaves a month of only n/a unscored', () => {
    expect(careSystemAuditMonths([a('2026-03-31T22:30:00Z', 'na')])).toEqual([{ month: '2026-03', form: 'Monthly notes audit', answers: 1, notApplicable: 1, score: null }]);
  });
});
