/**
 * How each measure moves over the story (see the header of story.ts): flat baseline, a linear
 * ramp after the intervention, Cedar slower and only part of the way, Birch drifting back in the
 * last 60 days, and night/weekend penalties on vagueness that open up as the day shifts improve.
 */
import { STORY, type Measure, type StoryDates, type Unit } from '../story';
import type { DayType, Shift } from './types';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const lerp = (a: number, b: number, f: number): number => a + (b - a) * f;

/** Share of the unit's own ramp completed at `t` (0 before the intervention, 1 at its end). */
export function rampProgress(unit: Unit, t: number, d: StoryDates): number {
  const end = unit === STORY.laggingUnit ? d.laggingRampEnd : d.rampEnd;
  return clamp01((t - d.intervention) / (end - d.intervention));
}

/** Share of the drift completed at `t` (only the drifting unit, only after driftStart). */
export function driftProgress(unit: Unit, t: number, d: StoryDates): number {
  if (unit !== STORY.driftingUnit) return 0;
  return clamp01((t - d.driftStart) / Math.max(1, d.now - d.driftStart));
}

/** A measure's expected value for a unit at an instant. */
export function measureAt(m: Measure, unit: Unit, t: number, d: StoryDates): number {
  const target = unit === STORY.laggingUnit ? m.laggingTarget : m.target;
  const ramped = lerp(m.baseline, target, rampProgress(unit, t, d));
  const drift = driftProgress(unit, t, d);
  return drift > 0 ? lerp(ramped, m.driftTarget, drift) : ramped;
}

/** Probability that a note is vague, with the night and weekend penalties. */
export function vagueProbability(unit: Unit, t: number, shift: Shift, dayType: DayType, d: StoryDates): number {
  // Penalties open up with the normal ramp, so nights and weekends "improve less".
  const opened = clamp01((t - d.intervention) / (d.rampEnd - d.intervention));
  let p = measureAt(STORY.vague, unit, t, d);
  if (shift === 'night') p += STORY.nightPenalty * opened;
  if (dayType === 'weekend') p += STORY.weekendPenalty * opened;
  return clamp01(p);
}
