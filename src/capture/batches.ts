import type { PageExtraction } from '../extract/extract-page';
import type { Slicing } from '../extract/extract-records';
import { MAX_BATCH } from '../messaging/limits';

/** The records of one reading of a page that go to the store together. */
export type Batch = Pick<PageExtraction, 'notes' | 'sections' | 'events' | 'audits' | 'problems'>;

/**
 * What makes a record "already sent". Times read from relative text ("logged 3 hours ago") move
 * with the moment of reading, so the coarse ones are left out or every re-read looks new.
 */
const COARSE = new Set(['hour', 'day']);
export function fingerprint(r: object): string {
  const rec = r as Record<string, unknown>;
  // The care system's own id is the record's identity; its content is the store's to compare.
  if (typeof rec.sourceId === 'string') return `id:${rec.sourceId}`;
  const copy: Record<string, unknown> = { ...rec };
  for (const key of Object.keys(rec)) {
    if (key.endsWith('Precision') && COARSE.has(rec[key] as string)) delete copy[key.slice(0, -'Precision'.length)];
  }
  return JSON.stringify(copy);
}

/** The records not sent before from this page; it pauses like extraction does, so a long page stays smooth. */
export async function keepUnsent(read: Batch, sent: Set<string>, slicing: Slicing): Promise<Batch> {
  let sliceStart = slicing.now();
  const mark = async <T extends object>(rs: T[]) => {
    const out: T[] = [];
    for (const r of rs) {
      const f = fingerprint(r);
      if (!sent.has(f)) {
        sent.add(f);
        out.push(r);
      }
      if (slicing.now() - sliceStart >= slicing.budgetMs) {
        await slicing.pause();
        sliceStart = slicing.now();
      }
    }
    return out;
  };
  return { notes: await mark(read.notes), sections: await mark(read.sections), events: await mark(read.events), audits: await mark(read.audits), problems: await mark(read.problems) };
}

/** Makes a batch's records unsent again, so the next reading sends them. */
export function forget(batch: Batch, sent: Set<string>): void {
  for (const r of [...batch.notes, ...batch.sections, ...batch.events, ...batch.audits, ...batch.problems]) sent.delete(fingerprint(r));
}

export function* batches(all: Batch): Generator<Batch> {
  const total = Math.max(all.notes.length, all.sections.length, all.events.length, all.audits.length, 1);
  for (let i = 0; i < total; i += MAX_BATCH) {
    yield {
      notes: all.notes.slice(i, i + MAX_BATCH),
      sections: all.sections.slice(i, i + MAX_BATCH),
      events: all.events.slice(i, i + MAX_BATCH),
      audits: all.audits.slice(i, i + MAX_BATCH),
      problems: i === 0 ? all.problems : [],
    };
  }
}

/** What the store said of one batch. */
export type BatchOutcome = 'stored' | 'not-stored' | 'degraded';

/**
 * Sends the batches in order until one is not stored. Whatever was not stored (that batch and
 * every batch after it) is made unsent again, so nothing read is silently dropped: a worker stopped
 * mid-send (the message rejects), a full disk (not ok) and a broken-looking page (degraded) all
 * leave the records for the next reading. Says how it ended, so the caller can retry or wait.
 */
export async function sendAll(fresh: Batch, sent: Set<string>, send: (b: Batch, part: number) => Promise<BatchOutcome>): Promise<BatchOutcome> {
  const all = [...batches(fresh)];
  for (const [part, batch] of all.entries()) {
    let outcome: BatchOutcome;
    try {
      outcome = await send(batch, part);
    } catch {
      outcome = 'not-stored';
    }
    if (outcome !== 'stored') {
      for (const rest of all.slice(part)) forget(rest, sent);
      return outcome;
    }
  }
  return 'stored';
}

/** Wait before reading again after a batch was not stored: 2 s, doubling, at most a minute. */
export const retryDelay = (failures: number): number => Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
