import { describe, expect, it } from 'vitest';
import type { HistoryJob } from '../model/history-job';
import { advanceWalk, inRange, walkProgress } from './history-walk';

const T = (iso: string) => Date.parse(iso);
const job = (over: Partial<HistoryJob> = {}): HistoryJob => ({
  id: 1, recipeId: 'harbour-demo', pageId: 'daily-notes', startUrl: 'http://127.0.0.1/h/notes',
  nextUrl: 'http://127.0.0.1/h/notes', from: '2026-01-01', to: '2026-03-31', intervalMs: 1000,
  status: 'running', pagesDone: 0, recordsStored: 0, startedAt: T('2026-11-27T10:00:00Z'), updatedAt: 0, ...over,
});

describe('history walk', () => {
  it('goes on to the next page while it is still inside the range', () => {
    const j = advanceWalk(job(), { careTimes: [T('2026-03-20T10:00:00Z'), T('2026-03-10T10:00:00Z')], nextPageUrl: 'http://127.0.0.1/h/notes?page=2', recordsStored: 50 }, 5);
    expect(j).toMatchObject({ status: 'running', nextUrl: 'http://127.0.0.1/h/notes?page=2', pagesDone: 1, recordsStored: 50, oldestSeen: T('2026-03-10T10:00:00Z') });
  });

  it('stops by itself at the start of the range', () => {
    const j = advanceWalk(job(), { careTimes: [T('2025-12-31T23:30:00Z')], nextPageUrl: 'http://x/?page=9', recordsStored: 3 }, 5);
    expect(j).toMatchObject({ status: 'done', nextUrl: undefined, message: 'Reached 2026-01-01, the start of the range.' });
  });

  it('uses the London calendar for the range: 00:30 BST on 1 April is outside a range ending 31 March', () => {
    expect(inRange(job(), T('2026-03-31T23:30:00Z'))).toBe(false);
    expect(inRange(job(), T('2026-03-31T22:30:00Z'))).toBe(true);
    expect(inRange(job(), T('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('stops at the last page, and on a page that fails the health check', () => {
    expect(advanceWalk(job(), { careTimes: [T('2026-02-01T10:00:00Z')], recordsStored: 1 }, 5).status).toBe('done');
    const failed = advanceWalk(job(), { careTimes: [], nextPageUrl: 'http://x/', recordsStored: 0, degraded: 'Found no records.' }, 5);
    expect(failed).toMatchObject({ status: 'failed', message: 'Stopped on a page that did not read correctly: Found no records.' });
  });

  it('never follows a next-page link away from the care system it started on', () => {
    for (const next of ['https://evil.example/phish', 'javascript:alert(1)', 'http://127.0.0.1:9999/h/notes?page=2']) {
      const j = advanceWalk(job(), { careTimes: [T('2026-03-20T10:00:00Z')], nextPageUrl: next, recordsStored: 1 }, 5);
      expect(j, next).toMatchObject({ status: 'failed', nextUrl: undefined });
      expect(j.message).toContain('leads away from the care system');
    }
  });

  it('reports progress through the range and an estimate at the current pace', () => {
    const halfway = job({ oldestSeen: T('2026-02-15T00:00:00Z'), pagesDone: 10 });
    const p = walkProgress(halfway, T('2026-11-27T10:01:00Z'));
    expect(p.fraction).toBeCloseTo(45 / 90, 1);
    expect(p.secondsLeft).toBeGreaterThan(50);
    expect(p.secondsLeft).toBeLessThan(70);
    expect(walkProgress(job(), 0)).toEqual({ fraction: 0 });
  });
});
