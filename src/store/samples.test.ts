import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import type { SampleJudgement } from '../model/sample';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { idsOnly, noteKey } from './keys';
import { completedSamples, finishSample, sampleInProgress, saveJudgement, startSample } from './samples';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`samples-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.parse('2026-11-23T10:00:00Z');
const batch: CaptureBatch = {
  url: 'http://127.0.0.1/h', capturedAt: T0 + 86_400_000, recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: 12 },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: '',
  notes: Array.from({ length: 12 }, (_, i) => ({
    sourceId: `N${i}`, residentName: 'Ada Lovelace', residentId: 'R1', authorName: 'Jo', authorRole: 'Carer',
    careAt: T0 + i * 3_600_000, careAtPrecision: 'minute' as const, writtenAt: T0 + i * 3_600_000 + 600_000, writtenAtPrecision: 'minute' as const,
    unit: 'Oak', text: i % 2 ? 'All fine, settled.' : `Ada chose porridge at ${i} o'clock and told me she slept well; she smiled and asked for her sister to visit.`,
  })),
};
const keys = batch.notes.map((x) => noteKey('harbour-demo', x, idsOnly));
const request = { size: 4, reviewer: { role: 'Deputy manager' }, scheduled: false };

async function judgeAll(id: number, agree: boolean) {
  const sample = (await db.samples.get(id))!;
  for (const key of sample.noteKeys) {
    const note = (await db.notes.get(key))!;
    const flags = note.quality.flags.map((f) => f.rule);
    const j: SampleJudgement = {
      noteKey: key, careAt: note.careAt, unit: note.unit, rulesVersion: note.quality.rulesVersion, engineFlags: flags,
      verdicts: Object.fromEntries(flags.map((f) => [f, agree ? 'agree' : 'disagree'])), added: [], judgedAt: T0,
    };
    await saveJudgement(db, id, j);
  }
}

describe('samples of the notes on a page', () => {
  it('draws from the stored notes with a stored seed, and the same seed gives the same notes', async () => {
    await ingestCapture(db, batch);
    const a = await startSample(db, { request, keysOnPage: [...keys, 'not-stored'], url: batch.url, system: 'harbour-demo', seed: 77, now: T0 });
    expect(a).toMatchObject({ status: 'in-progress', seed: 77, population: 12, reviewer: { role: 'Deputy manager' }, scheduled: false });
    expect(a.noteKeys).toHaveLength(4);
    expect(a.noteKeys.every((k) => keys.includes(k))).toBe(true);
    const b = await startSample(db, { request, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 77, now: T0 + 1 });
    expect(b.noteKeys).toEqual(a.noteKeys);
    expect((await sampleInProgress(db))?.id).toBe(b.id);
  });

  it('refuses to sample a page none of whose notes are stored, with a reason', async () => {
    await expect(startSample(db, { request, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 1, now: T0 })).rejects.toThrow(/nothing to sample/);
    expect(await db.samples.count()).toBe(0);
  });

  it('saves each judgement as it is made, and finishing keeps only the judged notes', async () => {
    await ingestCapture(db, batch);
    const s = await startSample(db, { request, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 5, now: T0 });
    const first = (await db.notes.get(s.noteKeys[0]!))!;
    const rules = first.quality.flags.map((f) => f.rule);
    const j: SampleJudgement = {
      noteKey: first.key, careAt: first.careAt, rulesVersion: first.quality.rulesVersion, engineFlags: rules,
      verdicts: Object.fromEntries(rules.map((r) => [r, 'disagree'])), added: rules.includes('no-outcome') ? [] : ['no-outcome'], comment: 'Outcome is missing.', judgedAt: T0,
    };
    await saveJudgement(db, s.id!, j);
    // Judged again (the deputy went back): replaced, not duplicated.
    await saveJudgement(db, s.id!, { ...j, comment: 'Changed my mind.' });
    expect((await db.samples.get(s.id!))!.judgements.map((x) => x.comment)).toEqual(['Changed my mind.']);

    const done = await finishSample(db, s.id!, T0 + 60_000);
    expect(done).toMatchObject({ status: 'complete', completedAt: T0 + 60_000, noteKeys: [first.key] });
    expect(await completedSamples(db)).toHaveLength(1);
    expect(await sampleInProgress(db)).toBeUndefined();
    await expect(saveJudgement(db, s.id!, j)).rejects.toThrow(/already finished/);
  });

  it('refuses a judgement that leaves an engine flag without a verdict, or a note from elsewhere', async () => {
    await ingestCapture(db, batch);
    const s = await startSample(db, { request: { ...request, size: 12 }, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 5, now: T0 });
    const vague = (await db.notes.bulkGet(s.noteKeys)).find((x) => x!.quality.flags.some((f) => f.rule === 'vague'))!;
    const base = { noteKey: vague.key, careAt: vague.careAt, rulesVersion: 1, engineFlags: ['vague' as const], added: [], judgedAt: T0 };
    await expect(saveJudgement(db, s.id!, { ...base, verdicts: {} })).rejects.toThrow(/agree with the flag "vague"/);
    await expect(saveJudgement(db, s.id!, { ...base, noteKey: 'elsewhere', verdicts: { vague: 'agree' } })).rejects.toThrow(/not part of this sample/);
    expect((await db.samples.get(s.id!))!.judgements).toEqual([]);
  });

  it('drops a sample nobody judged rather than keep an empty record', async () => {
    await ingestCapture(db, batch);
    const s = await startSample(db, { request, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 5, now: T0 });
    expect(await finishSample(db, s.id!, T0)).toBeUndefined();
    expect(await db.samples.count()).toBe(0);
  });

  it('keeps a whole sample judged in agreement as a complete record', async () => {
    await ingestCapture(db, batch);
    const s = await startSample(db, { request, keysOnPage: keys, url: batch.url, system: 'harbour-demo', seed: 9, now: T0 });
    await judgeAll(s.id!, true);
    const done = (await finishSample(db, s.id!, T0))!;
    expect(done.judgements).toHaveLength(4);
    expect(done.judgements.every((j) => j.engineFlags.every((r) => j.verdicts[r] === 'agree'))).toBe(true);
  });
});
