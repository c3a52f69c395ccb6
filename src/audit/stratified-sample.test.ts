import { describe, expect, it } from 'vitest';
import { seededRandom } from '../sampling/seeded-random';
import { segmentLabel } from './segment';
import { drawStratifiedSample, type FrameRecord } from './stratified-sample';

// November 2026: London is on GMT, so UTC hours are London hours. 23–27 Nov are weekdays, 28–29 the weekend.
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);

function cell(unit: string, shift: 'day' | 'night', dayType: 'weekday' | 'weekend', n: number): FrameRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `${unit}-${shift}-${dayType}-${String(i).padStart(3, '0')}`,
    at: at(dayType === 'weekday' ? 23 + (i % 5) : 28 + (i % 2), shift === 'day' ? 10 : 22, i % 60),
    unit,
  }));
}

const home: FrameRecord[] = [
  ...cell('Cedar', 'day', 'weekday', 120), ...cell('Cedar', 'night', 'weekday', 30), ...cell('Cedar', 'day', 'weekend', 40), ...cell('Cedar', 'night', 'weekend', 2),
  ...cell('Oak', 'day', 'weekday', 80), ...cell('Oak', 'night', 'weekday', 20), ...cell('Oak', 'day', 'weekend', 25), ...cell('Oak', 'night', 'weekend', 6),
  ...cell('Pine', 'day', 'weekday', 50), ...cell('Pine', 'night', 'weekday', 10), ...cell('Pine', 'day', 'weekend', 15), ...cell('Pine', 'night', 'weekend', 4),
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('drawStratifiedSample', () => {
  it('represents every unit × shift × day type, and summarises the frame', () => {
    const { sample, frame } = drawStratifiedSample(home, 30, 7);
    expect(sample).toHaveLength(30);
    expect(new Set(sample.map((s) => s.recordKey)).size).toBe(30);
    expect(frame.population).toBe(home.length);
    expect(frame.segments).toHaveLength(12);
    for (const s of frame.segments) expect(s.sampled).toBeGreaterThanOrEqual(1);
    const labels = new Set(sample.map((s) => segmentLabel(s.segment)));
    expect(labels.size).toBe(12);
    // Each sampled record really belongs to the segment it is filed under.
    for (const s of sample) expect(s.recordKey.startsWith(`${s.segment.unit}-${s.segment.shift}-${s.segment.dayType}-`)).toBe(true);
  });

  it('splits the rest of the sample in proportion to segment size', () => {
    const records = [...cell('Cedar', 'day', 'weekday', 300), ...cell('Cedar', 'night', 'weekday', 100)];
    const { frame } = drawStratifiedSample(records, 40, 1);
    const [day, night] = frame.segments;
    expect(day!.sampled + night!.sampled).toBe(40);
    expect(Math.abs(day!.sampled - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(night!.sampled - 10)).toBeLessThanOrEqual(1);
  });

  it('keeps every segment within one record of its exact share (one each, the rest by size)', () => {
    for (const size of [12, 50, 100, 333]) {
      const { frame } = drawStratifiedSample(home, size, size);
      const rest = size - 12;
      const spare = home.length - 12;
      for (const s of frame.segments) expect(Math.abs(s.sampled - (1 + (rest * (s.records - 1)) / spare))).toBeLessThan(1);
      expect(frame.segments.reduce((n, s) => n + s.sampled, 0)).toBe(size);
    }
  });

  it('gives the same sample for the same seed whatever order the records come in', () => {
    const first = drawStratifiedSample(home, 25, 2026);
    expect(drawStratifiedSample(shuffled(home, 1), 25, 2026)).toEqual(first);
    expect(drawStratifiedSample([...home].reverse(), 25, 2026)).toEqual(first);
  });

  it('gives a different sample for a different seed', () => {
    const keys = (seed: number) => drawStratifiedSample(home, 25, seed).sample.map((s) => s.recordKey);
    expect(keys(1)).not.toEqual(keys(2));
  });

  it('says which segments are too thin for an even share, in a sentence each', () => {
    const { shortfalls } = drawStratifiedSample(home, 30, 7);
    // 30 over 12 segments: an even share is 3; Cedar night weekend has 2 records.
    expect(shortfalls.map((s) => s.sentence)).toEqual(['Cedar · night · weekend: only 2 records in the period (an even share of the sample is 3).']);
    expect(shortfalls[0]).toMatchObject({ kind: 'few-records', records: 2, share: 3 });
  });

  it('names an expected unit with no records at all', () => {
    const { shortfalls, frame } = drawStratifiedSample(cell('Cedar', 'day', 'weekday', 10), 4, 1, undefined, { units: ['Cedar', 'Birch'] });
    expect(frame.segments).toHaveLength(8);
    const birch = shortfalls.filter((s) => s.segment.unit === 'Birch');
    expect(birch.map((s) => s.kind)).toEqual(['no-records', 'no-records', 'no-records', 'no-records']);
    expect(birch[0]!.sentence).toBe('Birch · day · weekday: no records in the period.');
  });

  it('takes the largest segments and names the rest when the sample is smaller than the segment count', () => {
    const { sample, shortfalls } = drawStratifiedSample(home, 3, 9);
    expect(sample.map((s) => segmentLabel(s.segment))).toEqual(['Cedar · day · weekday', 'Oak · day · weekday', 'Pine · day · weekday']);
    const notSampled = shortfalls.filter((s) => s.kind === 'not-sampled');
    expect(notSampled).toHaveLength(9);
    expect(notSampled[0]!.sentence).toBe('Cedar · day · weekend: not sampled; a sample of 3 cannot cover all 12 segments (40 records in the period).');
  });

  it('takes every record when the sample asks for more than there are, once per key', () => {
    const records = [...cell('Oak', 'day', 'weekday', 3), ...cell('Oak', 'day', 'weekday', 3)];
    const { sample, frame } = drawStratifiedSample(records, 10, 1);
    expect(sample).toHaveLength(3);
    expect(frame.population).toBe(3);
    expect(drawStratifiedSample([], 10, 1)).toMatchObject({ sample: [], frame: { population: 0, segments: [] }, shortfalls: [] });
  });

  it('uses the cycle\u2019s shift hours and London time', () => {
    const early = { key: 'a', at: at(23, 7, 30), unit: 'Oak' };
    expect(drawStratifiedSample([early], 1, 1).sample[0]!.segment.shift).toBe('night');
    expect(drawStratifiedSample([early], 1, 1, { dayStartsAt: 7, nightStartsAt: 19 }).sample[0]!.segment.shift).toBe('day');
    // 07:30 UTC on 1 July is 08:30 in London (summer time): the day shift.
    expect(drawStratifiedSample([{ key: 'b', at: Date.UTC(2026, 6, 1, 7, 30) }], 1, 1).sample[0]!.segment).toEqual({ shift: 'day', dayType: 'weekday' });
  });

  it('segments by unit alone when asked (care-plan sections)', () => {
    const { sample, frame, shortfalls } = drawStratifiedSample(home, 6, 3, undefined, { byTime: false, units: ['Cedar', 'Oak', 'Pine', 'Birch'] });
    expect(frame.segments.map((s) => [s.segment, s.records, s.sampled])).toEqual([
      [{ unit: 'Birch' }, 0, 0],
      // One each, then 3 in proportion to 191 : 130 : 78 (1.44, 0.98, 0.59): 1 by floor, 2 by largest remainder.
      [{ unit: 'Cedar' }, 192, 2],
      [{ unit: 'Oak' }, 131, 2],
      [{ unit: 'Pine' }, 79, 2],
    ]);
    expect(sample.every((s) => s.segment.shift === undefined && s.segment.dayType === undefined)).toBe(true);
    expect(shortfalls.map((s) => s.sentence)).toEqual(['Birch: no records in the period.']);
  });
});
