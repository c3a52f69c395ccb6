/**
 * What STORY says a measure should be, worked out from STORY alone (the header of story.ts), not
 * from the generator's own curves: a test comparing the engine against these numbers also catches
 * a generator that drifted away from the story.
 */
import { STORY, type Measure, type StoryDates, type Unit } from './story';

export type MeasureName = 'vague' | 'copiedForward' | 'late';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Share of a ramp from `from` to `to` completed at `t` (0 before, 1 after). */
const progress = (t: number, from: number, to: number): number => clamp01((t - from) / (to - from));

/**
 * The probability STORY gives a note of `unit` at instant `t` (a care time) for one measure:
 * baseline until the intervention, a linear ramp to the target (the lagging unit: a longer ramp to
 * its own target), and for the drifting unit a linear move from where it was to `driftTarget`
 * between driftStart and now. Vagueness also carries the night and weekend penalties, which open
 * up with the normal ramp.
 */
export function storyProbability(
  name: MeasureName,
  unit: Unit,
  t: number,
  d: StoryDates,
  note: { shift: 'day' | 'night'; dayType: 'weekday' | 'weekend' },
): number {
  const m: Measure = STORY[name];
  const lagging = unit === STORY.laggingUnit;
  const ramp = progress(t, d.intervention, lagging ? d.laggingRampEnd : d.rampEnd);
  let p = m.baseline + ((lagging ? m.laggingTarget : m.target) - m.baseline) * ramp;
  if (unit === STORY.driftingUnit && t >= d.driftStart) p += (m.driftTarget - p) * progress(t, d.driftStart, d.now);
  if (name === 'vague') {
    const opened = progress(t, d.intervention, d.rampEnd);
    if (note.shift === 'night') p += STORY.nightPenalty * opened;
    if (note.dayType === 'weekend') p += STORY.weekendPenalty * opened;
  }
  return clamp01(p);
}

/**
 * How far a measured rate over `n` notes may sit from STORY's expectation: four binomial standard
 * errors (sampling noise; copied notes repeat their source's vagueness, so outcomes are not quite
 * independent and four rather than two or three keeps the margin honest) plus a fixed allowance
 * for the engine's own errors, which the recall and precision checks bound separately.
 */
export function tolerance(p: number, n: number, engineAllowance: number): number {
  return engineAllowance + 4 * Math.sqrt((p * (1 - p)) / Math.max(1, n));
}
