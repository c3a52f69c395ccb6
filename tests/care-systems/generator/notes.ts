/**
 * Daily notes: ~6 a resident a day over the story, each labelled with the truth the generator
 * decided (vague, copied forward, late, shift, day type).
 *
 * Care slots are London wall-clock windows. None touches 00:00-02:29, so no care time falls in
 * the hour that is missing (spring) or happens twice (autumn) on clock-change days, and one UTC
 * offset per calendar day (taken at noon) is exact for every slot.
 */
import { STORY, type StoryDates } from '../story';
import { londonAddDays, londonOffsetMs, londonParts } from '../london-time';
import { measureAt, vagueProbability } from './curves';
import { vagueText } from './phrases';
import { specificText, type TextContext } from './note-text';
import { createRng, deriveSeed, type Rng } from './prng';
import type { DayType, Note, NoteCategory, Resident, Shift, Staff } from './types';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Copy-forward sources are 1-7 days back; no other note may repeat a text within this window. */
const UNIQUE_WINDOW = 8 * DAY;

interface Slot {
  /** Minutes after local midnight, inclusive. */
  from: number;
  to: number;
  categories: readonly (readonly [NoteCategory, number])[];
}

/** In time order through the calendar day. The 02:30 check belongs to the previous night's shift. */
const SLOTS: readonly Slot[] = [
  { from: 150, to: 300, categories: [['Night check', 0.85], ['Skin integrity', 0.15]] },
  { from: 495, to: 630, categories: [['Personal care', 0.85], ['Medication', 0.15]] },
  { from: 720, to: 810, categories: [['Nutrition', 1]] },
  { from: 840, to: 990, categories: [['Activities', 0.4], ['Mood and wellbeing', 0.3], ['Skin integrity', 0.15], ['Medication', 0.15]] },
  { from: 1020, to: 1125, categories: [['Nutrition', 0.7], ['Medication', 0.3]] },
  { from: 1290, to: 1410, categories: [['Night check', 0.7], ['Medication', 0.15], ['Skin integrity', 0.15]] },
];
/** The afternoon slot is sometimes missed, and sometimes there is an extra wellbeing note. */
const SKIPPABLE_SLOT = 3;
const SKIP_PROBABILITY = 0.05;
const EXTRA_SLOT: Slot = { from: 900, to: 1015, categories: [['Mood and wellbeing', 1]] };
const EXTRA_PROBABILITY = 0.05;

function pickCategory(rng: Rng, slot: Slot): NoteCategory {
  let r = rng.next();
  for (const [category, weight] of slot.categories) {
    r -= weight;
    if (r < 0) return category;
  }
  return (slot.categories[slot.categories.length - 1] as readonly [NoteCategory, number])[0];
}

export const shiftOfHour = (hour: number): Shift =>
  hour >= STORY.shifts.day.startHour && hour < STORY.shifts.day.endHour ? 'day' : 'night';

const firstName = (name: string): string => name.split(' ')[0] ?? name;

interface ResidentState {
  resident: Resident;
  friends: string[];
  weightKg: number;
  /** Per slot index (SLOTS, then the extra slot), the recent notes with their day number. */
  bySlot: { day: number; note: Note }[][];
  /** Texts (and care times) of this resident's notes in the last 8 days, oldest first. */
  recentTexts: string[];
  recentTimes: number[];
}

export function generateNotes(seed: number, dates: StoryDates, residents: Resident[], staff: Staff[]): Note[] {
  const rng = createRng(deriveSeed(seed, 'notes'));
  const now = dates.now;
  const latestCare = now - STORY.minCareAgeMinutes * MINUTE;

  const team = new Map<string, Staff[]>();
  for (const s of staff) {
    const key = `${s.unit}|${s.shift}`;
    team.set(key, [...(team.get(key) ?? []), s]);
  }
  // First names of the others on the same unit and shift, for "told Jane" in note text.
  const colleaguesOf = new Map(
    staff.map((s) => [s.id, (team.get(`${s.unit}|${s.shift}`) ?? []).filter((o) => o.id !== s.id).map((o) => firstName(o.name))]),
  );
  const states: ResidentState[] = residents.map((resident, i) => ({
    resident,
    friends: residents.filter((r) => r.unit === resident.unit && r.id !== resident.id).map((r) => r.firstName),
    weightKg: 48 + ((i * 37) % 36),
    bySlot: Array.from({ length: SLOTS.length + 1 }, () => []),
    recentTexts: [],
    recentTimes: [],
  }));

  const notes: Note[] = [];
  let dayStart = dates.start;
  for (let day = 0; dayStart <= now; day++, dayStart = londonAddDays(dayStart, 1)) {
    const p = londonParts(dayStart + 12 * HOUR);
    const offset = londonOffsetMs(dayStart + 12 * HOUR);
    const dayType: DayType = p.weekday === 0 || p.weekday === 6 ? 'weekend' : 'weekday';
    const localMidnightUtc = Date.UTC(p.year, p.month - 1, p.day) - offset;

    for (const state of states) {
      const unit = state.resident.unit;
      const slots: [number, Slot][] = [];
      for (const [i, slot] of SLOTS.entries()) {
        if (i === SKIPPABLE_SLOT && rng.chance(SKIP_PROBABILITY)) continue;
        slots.push([i, slot]);
        if (i === SKIPPABLE_SLOT && rng.chance(EXTRA_PROBABILITY)) slots.push([SLOTS.length, EXTRA_SLOT]);
      }
      for (const [slotIndex, slot] of slots) {
        const minuteOfDay = rng.int(slot.from, slot.to);
        const careAt = localMidnightUtc + minuteOfDay * MINUTE;
        if (careAt > latestCare) continue;
        const hour = Math.floor(minuteOfDay / 60);
        const shift = shiftOfHour(hour);
        const authors = team.get(`${unit}|${shift}`) ?? [];
        const author = rng.pick(authors);

        const late = rng.chance(measureAt(STORY.late, unit, careAt, dates));
        const writtenAt =
          careAt +
          (late
            ? rng.int(STORY.lateWrittenHours.min * 60, STORY.lateWrittenHours.max * 60) * MINUTE
            : rng.int(STORY.promptWrittenMinutes.min, STORY.promptWrittenMinutes.max) * MINUTE);

        const history = state.bySlot[slotIndex] ?? [];
        const source = rng.chance(measureAt(STORY.copiedForward, unit, careAt, dates))
          ? copySource(rng, history, day)
          : undefined;

        let category: NoteCategory;
        let text: string;
        let vague: boolean;
        if (source) {
          ({ category, text } = source);
          vague = source.truth.vague;
        } else {
          category = pickCategory(rng, slot);
          vague = rng.chance(vagueProbability(unit, careAt, shift, dayType, dates));
          const ctx: TextContext = {
            resident: state.resident,
            category,
            hour,
            minute: minuteOfDay % 60,
            colleagues: colleaguesOf.get(author.id) ?? [],
            friends: state.friends,
            weightKg: state.weightKg,
          };
          text = freshText(state, careAt, () => (vague ? vagueText(rng, category) : specificText(rng, ctx)));
        }
        // A note not yet written by now does not exist yet (a late note about recent care).
        if (writtenAt > now) continue;

        const note: Note = {
          id: '',
          residentId: state.resident.id,
          authorId: author.id,
          unit,
          category,
          careAt,
          writtenAt,
          text,
          truth: { vague, copiedForward: source !== undefined, late, shift, dayType },
        };
        notes.push(note);
        state.recentTexts.push(text);
        state.recentTimes.push(careAt);
        history.push({ day, note });
        if (history.length > 8) history.shift();
      }
    }
  }

  notes.sort((a, b) => a.careAt - b.careAt || (a.residentId < b.residentId ? -1 : a.residentId > b.residentId ? 1 : 0));
  notes.forEach((n, i) => (n.id = `N${String(i + 1).padStart(7, '0')}`));
  return notes;
}

/** The same care slot 1-7 days ago: usually yesterday's, the way copy-forward happens in practice. */
function copySource(rng: Rng, history: { day: number; note: Note }[], day: number): Note | undefined {
  const back = rng.chance(0.6) ? 1 : rng.int(2, 7);
  const wanted = history.find((h) => h.day === day - back) ?? history.findLast((h) => day - h.day >= 1 && day - h.day <= 7);
  return wanted?.note;
}

/**
 * A text not used for this resident in the last 8 days, so only copied notes repeat a text.
 * (A short scan of ~50 recent texts beats a Map of every text: most comparisons stop at the length.)
 */
function freshText(state: ResidentState, careAt: number, make: () => string): string {
  while (state.recentTimes.length > 0 && careAt - (state.recentTimes[0] as number) >= UNIQUE_WINDOW) {
    state.recentTimes.shift();
    state.recentTexts.shift();
  }
  let text = make();
  for (let tries = 0; tries < 50 && state.recentTexts.includes(text); tries++) text = make();
  return text;
}
