import { describe, expect, it } from 'vitest';
import { MAX_BATCH } from '../messaging/limits';
import { keepUnsent, retryDelay, sendAll, type Batch } from './batches';

const slicing = { now: () => 0, pause: async () => undefined, budgetMs: 8 };
const page = (n: number): Batch => ({
  notes: Array.from({ length: n }, (_, i) => ({ sourceId: `N${i}`, text: `note ${i}` })) as unknown as Batch['notes'],
  sections: [],
  events: [],
  audits: [],
  problems: [],
});

describe('sending a page in batches', () => {
  it('sends every batch of a long page once, in order', async () => {
    const sent = new Set<string>();
    const parts: number[] = [];
    const fresh = await keepUnsent(page(2.5 * MAX_BATCH), sent, slicing);
    expect(await sendAll(fresh, sent, async (_b, part) => (parts.push(part), 'stored'))).toBe('stored');
    expect(parts).toEqual([0, 1, 2]);
    expect((await keepUnsent(page(2.5 * MAX_BATCH), sent, slicing)).notes).toEqual([]);
  });

  it('loses nothing when the worker is stopped mid-send: the failed batch and every later one are sent next time', async () => {
    const sent = new Set<string>();
    const stored: string[] = [];
    const record = async (b: Batch) => (stored.push(...b.notes.map((n) => n.sourceId!)), 'stored' as const);
    const fresh = await keepUnsent(page(3 * MAX_BATCH), sent, slicing);
    // The second batch's message rejects (the service worker went away while it was in flight).
    const outcome = await sendAll(fresh, sent, async (b, part) => {
      if (part === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return record(b);
    });
    expect(outcome).toBe('not-stored');
    expect(stored).toHaveLength(MAX_BATCH);
    // The next reading of the same page sends exactly what is missing, batches 2 and 3.
    const again = await keepUnsent(page(3 * MAX_BATCH), sent, slicing);
    expect(again.notes).toHaveLength(2 * MAX_BATCH);
    expect(await sendAll(again, sent, record)).toBe('stored');
    expect(new Set(stored).size).toBe(3 * MAX_BATCH);
    expect(stored).toHaveLength(3 * MAX_BATCH);
  });

  it('keeps a batch the store refused (full disk) or judged broken for the next reading', async () => {
    for (const refusal of ['not-stored', 'degraded'] as const) {
      const sent = new Set<string>();
      const fresh = await keepUnsent(page(10), sent, slicing);
      expect(await sendAll(fresh, sent, async () => refusal)).toBe(refusal);
      expect((await keepUnsent(page(10), sent, slicing)).notes).toHaveLength(10);
    }
  });

  it('waits longer after each failure, never more than a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });
});
