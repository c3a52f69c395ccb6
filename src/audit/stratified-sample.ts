import { DEFAULT_SHIFTS } from '../measure/segments';
import type { AuditSegment, FrameSegment, SampledRecord, SamplingFrame, ShiftHours, Shortfall } from '../model/audit';
import { pickSample } from '../sampling/pick-sample';
import { seededRandom } from '../sampling/seeded-random';
import { allocateSample } from './allocate-sample';
import { segmentKey, segmentLabel, segmentOf } from './segment';

/** A record the audit may sample: its key, when the care (or the update) happened, and its unit. */
export interface FrameRecord {
  key: string;
  at: number;
  unit?: string | undefined;
}

export interface StratifiedSample {
  sample: SampledRecord[];
  frame: SamplingFrame;
  shortfalls: Shortfall[];
  seed: number;
}

export interface StratifyOptions {
  /** Units the home has: a unit × shift × day type with no records at all is then named, not silently absent. */
  units?: readonly string[];
  /** Segment by shift and day type as well as unit (true, for daily notes) or by unit only (care-plan sections). */
  byTime?: boolean;
}

/**
 * Draws a fair random sample stratified by unit × shift × day type (or by unit alone), so an
 * inspector can see the audit looked at nights, weekends and every team, not just the weekday day
 * shift where most notes are written.
 *
 * Records are ordered by key before anything else, so the same seed and the same frame give the
 * same sample whatever order the store returned them in: anyone can re-run the draw from the cycle.
 */
export function drawStratifiedSample(
  records: readonly FrameRecord[],
  size: number,
  seed: number,
  shifts: ShiftHours = DEFAULT_SHIFTS,
  options: StratifyOptions = {},
): StratifiedSample {
  const byTime = options.byTime ?? true;
  const cells = groupBySegment(records, shifts, byTime);
  for (const segment of expectedSegments(options.units ?? [], byTime)) {
    const key = segmentKey(segment);
    if (!cells.has(key)) cells.set(key, { segment, records: [] });
  }
  const ordered = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);

  const random = seededRandom(seed);
  const allocation = allocateSample(ordered.map((c) => c.records.length), size, random);
  const sample: SampledRecord[] = [];
  const frameSegments: FrameSegment[] = [];
  ordered.forEach((cell, i) => {
    const segmentSeed = Math.floor(random() * 2 ** 32);
    const picked = pickSample(cell.records, allocation[i]!, segmentSeed).sort((a, b) => a.at - b.at || cmp(a.key, b.key));
    for (const r of picked) sample.push({ recordKey: r.key, segment: cell.segment });
    frameSegments.push({ segment: cell.segment, records: cell.records.length, sampled: picked.length });
  });

  const population = ordered.reduce((n, c) => n + c.records.length, 0);
  return { sample, frame: { population, segments: frameSegments }, shortfalls: shortfallsOf(frameSegments, size), seed };
}

function expectedSegments(units: readonly string[], byTime: boolean): AuditSegment[] {
  if (!byTime) return units.map((unit) => ({ unit }));
  return units.flatMap((unit) =>
    (['day', 'night'] as const).flatMap((shift) => (['weekday', 'weekend'] as const).map((dayType) => ({ unit, shift, dayType }))),
  );
}

function groupBySegment(records: readonly FrameRecord[], shifts: ShiftHours, byTime: boolean) {
  const unique = new Map<string, FrameRecord>();
  for (const r of [...records].sort((a, b) => cmp(a.key, b.key) || a.at - b.at)) if (!unique.has(r.key)) unique.set(r.key, r);
  const cells = new Map<string, { segment: AuditSegment; records: FrameRecord[] }>();
  for (const r of unique.values()) {
    const segment = segmentOf(r, shifts, byTime);
    const key = segmentKey(segment);
    const cell = cells.get(key) ?? { segment, records: [] };
    cell.records.push(r);
    cells.set(key, cell);
  }
  return cells;
}

/**
 * Segments the sample cannot speak for as well as the others, each in a sentence for the quality
 * lead and the evidence pack. An even share is the sample size spread evenly over the segments.
 */
export function shortfallsOf(segments: readonly FrameSegment[], size: number): Shortfall[] {
  const share = segments.length === 0 ? 0 : Math.max(1, Math.ceil(size / segments.length));
  const out: Shortfall[] = [];
  for (const { segment, records, sampled } of segments) {
    const label = segmentLabel(segment);
    const plural = (n: number) => `${n} record${n === 1 ? '' : 's'}`;
    if (records === 0) {
      out.push({ segment, kind: 'no-records', records, share, sentence: `${label}: no records in the period.` });
    } else if (sampled === 0) {
      out.push({ segment, kind: 'not-sampled', records, share, sentence: `${label}: not sampled; a sample of ${size} cannot cover all ${segments.length} segments (${plural(records)} in the period).` });
    } else if (records < share) {
      out.push({ segment, kind: 'few-records', records, share, sentence: `${label}: only ${plural(records)} in the period (an even share of the sample is ${share}).` });
    }
  }
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
