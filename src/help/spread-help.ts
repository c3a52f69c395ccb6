import { DEFAULT_IMPROVEMENT_MARGIN, DEFAULT_RECENT_WEEKS, type SpreadRow, type SpreadTable } from '../measure/spread';
import type { HelpText } from './help-texts';

/**
 * The notes of the spread table's rows: every boolean verdict of a SpreadRow. Derived from the
 * row's type, so a new verdict added to the spread table has no help until someone writes it,
 * and the typecheck says so.
 */
export type SpreadRowVerdict = { [K in keyof SpreadRow]-?: SpreadRow[K] extends boolean ? K : never }[keyof SpreadRow];

/** Whether the gap between the best and the worst segment of a dimension is closing (spread.ts `narrowing`). */
export type SpreadNarrowing = 'narrowing' | 'not-narrowing' | 'cannot-compare';

export const narrowingOf = (narrowing: boolean | null): SpreadNarrowing => (narrowing === null ? 'cannot-compare' : narrowing ? 'narrowing' : 'not-narrowing');

const WEEKS = DEFAULT_RECENT_WEEKS;
const MARGIN = `${Math.round(DEFAULT_IMPROVEMENT_MARGIN * 100)}%`;

/** "Is it broad?" (DOMAIN.md): what each note in the spread table means to a registered manager. */
export const SPREAD_ROW_HELP: Readonly<Record<SpreadRowVerdict, HelpText>> = {
  best: {
    means: `Best: this segment has the best figure of its kind (unit, shift, day type or author role) in the last ${WEEKS} weeks.`,
    todo: 'Find out what they do differently (handover, templates, who checks the notes) and share it with the segments behind.',
  },
  worst: {
    means: 'Furthest behind: this segment has the worst figure of its kind now, even if it has improved on its own baseline.',
    todo: 'Talk to its team leader first: an inspector asks whether the improvement reached everyone, not only the average.',
  },
  notImproved: {
    means: `Not improved: this segment is not at least ${MARGIN} better than in its own baseline, and is not at target.`,
    todo: 'Check that the change (training, template, checks) reached this unit, shift or group of staff, and plan it for them.',
  },
  noData: {
    means: `No figure: Record Lens holds no records of this segment in the baseline or in the last ${WEEKS} weeks, so nothing can be said.`,
    todo: 'Open residents\u2019 notes of this segment in the care system (Capture history reads older weeks) before drawing a conclusion.',
  },
};

export const SPREAD_NARROWING_HELP: Readonly<Record<SpreadNarrowing, HelpText>> = {
  narrowing: {
    means: 'The gap is narrowing: the best and the worst segment are closer now than in the baseline.',
    todo: 'Keep going, and keep watching the segment furthest behind until it reaches target.',
  },
  'not-narrowing': {
    means: 'The gap is not narrowing: the best segment improved, or the worst did not, so the difference is as wide as before or wider.',
    todo: 'Give the segment furthest behind its own plan and date, and check the gap again in a month.',
  },
  'cannot-compare': {
    means: 'The gap cannot be compared yet: fewer than two segments of this kind have figures in both periods.',
    todo: 'Read notes from more units, shifts and days, or wait for more weeks after the baseline.',
  },
};

/** The help for what one spread table shows: each note its rows carry, and each dimension's gap verdict. */
export function spreadHelpParts(table: Pick<SpreadTable, 'rows' | 'dimensions'>): HelpText[] {
  const verdicts = (Object.keys(SPREAD_ROW_HELP) as SpreadRowVerdict[]).filter((v) => table.rows.some((r) => r[v]));
  const gaps = [...new Set(table.dimensions.map((d) => narrowingOf(d.narrowing)))];
  return [...verdicts.map((v) => SPREAD_ROW_HELP[v]), ...gaps.map((g) => SPREAD_NARROWING_HELP[g])];
}
