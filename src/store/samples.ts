import { SampleJudgementSchema, SampleSchema, type Sample, type SampleJudgement, type SampleRequest } from '../model/sample';
import { pickSample } from '../sampling/pick-sample';
import type { RecordLensDb } from './db';

export class SampleError extends Error {
  override name = 'SampleError';
}

export interface StartSample {
  request: SampleRequest;
  /** The keys of the notes on the page now, in page order. */
  keysOnPage: readonly string[];
  url: string;
  system: string;
  seed: number;
  now: number;
}

/**
 * Draws a sample from the page's notes that are stored (a note kept aside as unreadable cannot
 * be judged beside the engine) and saves it before anything is judged, so the draw is on
 * record even if the deputy stops.
 */
export async function startSample(db: RecordLensDb, s: StartSample): Promise<Sample> {
  return db.transaction('rw', db.samples, db.notes, async () => {
    const found = await db.notes.bulkGet([...new Set(s.keysOnPage)]);
    const stored = found.flatMap((n) => (n ? [n.key] : []));
    if (!stored.length) throw new SampleError('None of the notes on this page are stored yet, so there is nothing to sample. Wait for the page to be read, then try again.');
    const sample = SampleSchema.parse({
      status: 'in-progress',
      seed: s.seed,
      population: stored.length,
      noteKeys: pickSample(stored, s.request.size, s.seed),
      url: s.url,
      system: s.system,
      reviewer: s.request.reviewer,
      scheduled: s.request.scheduled,
      startedAt: s.now,
      judgements: [],
    });
    sample.id = await db.samples.add(sample);
    return sample;
  });
}

async function inProgress(db: RecordLensDb, id: number): Promise<Sample> {
  const sample = await db.samples.get(id);
  if (!sample) throw new SampleError('This sample no longer exists.');
  if (sample.status !== 'in-progress') throw new SampleError('This sample is already finished.');
  return sample;
}

/** Saves (or replaces) the judgement of one sampled note; each note is saved as it is judged. */
export async function saveJudgement(db: RecordLensDb, id: number, judgement: SampleJudgement): Promise<Sample> {
  const parsed = SampleJudgementSchema.safeParse(judgement);
  // The schema's own sentence ("Say whether you agree with the flag ..."), not a dump of issues.
  if (!parsed.success) throw new SampleError(parsed.error.issues[0]?.message ?? 'This judgement is incomplete.');
  const j = parsed.data;
  return db.transaction('rw', db.samples, async () => {
    const sample = await inProgress(db, id);
    if (!sample.noteKeys.includes(j.noteKey)) throw new SampleError('That note is not part of this sample.');
    const byKey = new Map(sample.judgements.map((x) => [x.noteKey, x]));
    byKey.set(j.noteKey, j);
    sample.judgements = sample.noteKeys.flatMap((k) => byKey.get(k) ?? []);
    await db.samples.put(SampleSchema.parse(sample));
    return sample;
  });
}

/**
 * Ends a sample. Notes not judged are dropped from it (the sample is as large as what was
 * judged); a sample with nothing judged is removed rather than kept as an empty record.
 */
export async function finishSample(db: RecordLensDb, id: number, now: number): Promise<Sample | undefined> {
  return db.transaction('rw', db.samples, async () => {
    const sample = await inProgress(db, id);
    if (!sample.judgements.length) {
      await db.samples.delete(id);
      return undefined;
    }
    const done = SampleSchema.parse({
      ...sample,
      status: 'complete',
      completedAt: now,
      noteKeys: sample.judgements.map((j) => j.noteKey),
    });
    await db.samples.put(done);
    return done;
  });
}

/** The sample a deputy is part-way through, if any (the newest). */
export async function sampleInProgress(db: RecordLensDb): Promise<Sample | undefined> {
  const open = await db.samples.where('status').equals('in-progress').sortBy('startedAt');
  return open.at(-1);
}

export async function completedSamples(db: RecordLensDb): Promise<Sample[]> {
  return db.samples.where('status').equals('complete').sortBy('startedAt');
}
