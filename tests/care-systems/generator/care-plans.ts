/**
 * Care plans: per resident, 8 sections, each with a full event history simulated through the
 * story, and the current state as of now.
 *
 * Per section: reviews fall due every 28 days (late ones drive the backlog); changes in need
 * arrive at random, one at a time, and are reflected by an update after a lag whose mean follows
 * STORY.carePlan.updateLagDays. A review never reflects a pending change (so the lag stays clean
 * to measure), and only re-writes the section when no change is pending.
 */
import { STORY, type StoryDates } from '../story';
import { measureAt } from './curves';
import { createRng, deriveSeed, type Rng } from './prng';
import type { CarePlan, CarePlanEvent, CarePlanSection, Resident } from './types';

const DAY = 86_400_000;
const MINUTE = 60_000;

export const sectionKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * An instant `days` after the story start, in office hours. The story start is a London midnight,
 * so adding whole days keeps the clock within an hour of the intended time across clock changes.
 */
function officeTime(rng: Rng, start: number, days: number): number {
  return start + days * DAY + rng.int(9 * 60 + 30, 16 * 60) * MINUTE;
}

function exponentialDays(rng: Rng, mean: number): number {
  return Math.max(1, Math.round(-Math.log(1 - rng.next()) * mean));
}

function simulateSection(rng: Rng, resident: Resident, name: (typeof STORY.carePlan.sections)[number], d: StoryDates): CarePlanSection {
  const cp = STORY.carePlan;
  const unit = resident.unit;
  const start = d.start;
  const endDay = Math.floor((d.now - start) / DAY) + 1;
  const events: CarePlanEvent[] = [];

  // Before the story: last reviewed within the 4 weeks before it, last re-written some time earlier.
  let reviewDay = -rng.int(1, cp.reviewIntervalDays);
  const admittedDay = Math.ceil((resident.admittedAt - start) / DAY);
  const updateDay = Math.max(admittedDay, reviewDay - rng.int(0, 120));
  events.push({ type: 'update', at: officeTime(rng, start, updateDay) });
  events.push({ type: 'review', at: officeTime(rng, start, reviewDay) });

  const scheduleReview = (lastReviewDay: number): number => {
    const dueDay = lastReviewDay + cp.reviewIntervalDays;
    const late = rng.chance(measureAt(cp.reviewLate, unit, start + dueDay * DAY, d));
    return dueDay + (late ? rng.int(cp.reviewLateDays.min, cp.reviewLateDays.max) : -rng.int(0, 3));
  };
  let nextReview = scheduleReview(reviewDay);
  let nextChange = rng.int(0, cp.changeInNeedMeanIntervalDays);
  let pendingUpdate: number | undefined; // day the pending change in need gets reflected

  for (;;) {
    const day = Math.min(nextReview, pendingUpdate ?? nextChange);
    if (day > endDay) break;
    if (pendingUpdate !== undefined && day === pendingUpdate) {
      events.push({ type: 'update', at: officeTime(rng, start, day) });
      pendingUpdate = undefined;
      nextChange = day + exponentialDays(rng, cp.changeInNeedMeanIntervalDays);
    } else if (day === nextReview) {
      events.push({ type: 'review', at: officeTime(rng, start, day) });
      if (pendingUpdate === undefined && nextChange !== day && rng.chance(cp.reviewAlsoUpdatesProbability)) {
        events.push({ type: 'update', at: officeTime(rng, start, day) });
      }
      reviewDay = day;
      nextReview = scheduleReview(reviewDay);
    } else {
      const changeAt = officeTime(rng, start, day);
      events.push({ type: 'change-in-need', at: changeAt });
      const meanLag = measureAt(cp.updateLagDays, unit, changeAt, d);
      pendingUpdate = day + Math.max(1, Math.round(meanLag * rng.float(0.5, 1.5)));
    }
  }

  const past = events.filter((e) => e.at <= d.now).sort((a, b) => a.at - b.at);
  const last = (type: CarePlanEvent['type']): number | undefined => past.findLast((e) => e.type === type)?.at;
  const lastUpdated = last('update') ?? resident.admittedAt;
  const lastReview = last('review') ?? lastUpdated;
  const lastChange = last('change-in-need');
  return {
    key: sectionKey(name),
    name,
    events: past,
    lastUpdated,
    reviewDue: lastReview + cp.reviewIntervalDays * DAY,
    ...(lastChange !== undefined && lastChange > lastUpdated ? { changeInNeed: lastChange } : {}),
  };
}

export function generateCarePlans(seed: number, dates: StoryDates, residents: Resident[]): CarePlan[] {
  const rng = createRng(deriveSeed(seed, 'care-plans'));
  return residents.map((resident) => ({
    residentId: resident.id,
    sections: STORY.carePlan.sections.map((name) => simulateSection(rng, resident, name, dates)),
  }));
}
