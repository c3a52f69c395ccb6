import type { CoachingEvent } from '../model/coaching';
import { isCoachedStaff } from './coached-notes';
import { coachingEffect, type AnnouncedPeriod, type CoachedFacts, type CoachingEffect } from './coaching-effect';
import type { Comparison } from './proportions';

/** Notes with no author on them are still the group's: they are shown as one line of their own. */
export const NO_AUTHOR = '(no author on the note)';

export interface MemberEffect {
  author: string;
  effect: CoachingEffect;
}

export interface GroupSpread {
  members: MemberEffect[];
  /** How many members' rates went lower, showed no clear change, went higher, or had too few notes. */
  tally: Record<Comparison, number>;
  /** The lowest and highest after-rates among members with enough notes to judge. */
  afterRange: [number, number] | null;
}

/**
 * A group session judged by its spread, not its best performer: the same before/after for each
 * member of the group (each author among the group's notes), worst after-rate first.
 */
export function groupSpread(
  event: Pick<CoachingEvent, 'day' | 'coached' | 'focus'>,
  facts: CoachedFacts,
  today: string,
  announced: readonly AnnouncedPeriod[],
): GroupSpread {
  const byAuthor = new Map<string, CoachedFacts[number][]>();
  for (const f of facts) {
    if (!isCoachedStaff(event.coached, f)) continue;
    const author = f.author.trim() || NO_AUTHOR;
    const list = byAuthor.get(author) ?? [];
    list.push(f);
    byAuthor.set(author, list);
  }
  const members = [...byAuthor.entries()].map(([author, own]) => ({ author, effect: coachingEffect(event, own, today, announced) }));
  // Members who can be judged first, worst after-rate first; then those with too few notes by name.
  const rank = (m: MemberEffect) => (m.effect.change === 'too-few' ? -1 : m.effect.after.rate!);
  const last = (m: MemberEffect) => (m.author === NO_AUTHOR ? 1 : 0);
  members.sort((a, b) => rank(b) - rank(a) || last(a) - last(b) || a.author.localeCompare(b.author));
  const tally: Record<Comparison, number> = { 'too-few': 0, lower: 0, 'no-clear-change': 0, higher: 0 };
  for (const m of members) tally[m.effect.change]++;
  const judged = members.filter((m) => m.effect.change !== 'too-few').map((m) => m.effect.after.rate!);
  return { members, tally, afterRange: judged.length ? [Math.min(...judged), Math.max(...judged)] : null };
}
