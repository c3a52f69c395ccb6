import { londonDayKey } from '../extract/dates/london-time';
import type { HistoryJob } from '../model/history-job';

/** What one page of a history capture yielded. */
export interface WalkStep {
  careTimes: readonly number[];
  nextPageUrl?: string;
  recordsStored: number;
  /** Set when the page failed the recipe's health check. */
  degraded?: string;
}

const dayMs = 86_400_000;

/**
 * The next state of a history capture after one page: go on to the next page, or stop — at the
 * start of the range, at the last page, or on a page that fails the recipe's health check.
 */
export function advanceWalk(job: HistoryJob, step: WalkStep, now: number): HistoryJob {
  const base = { ...job, pagesDone: job.pagesDone + 1, recordsStored: job.recordsStored + step.recordsStored, updatedAt: now };
  if (step.degraded) {
    return { ...base, status: 'failed', nextUrl: undefined, message: `Stopped on a page that did not read correctly: ${step.degraded}` };
  }
  const oldest = Math.min(job.oldestSeen ?? Infinity, ...step.careTimes);
  const next = { ...base, oldestSeen: Number.isFinite(oldest) ? oldest : job.oldestSeen };
  if (next.oldestSeen !== undefined && londonDayKey(next.oldestSeen) < job.from) {
    return { ...next, status: 'done', nextUrl: undefined, message: `Reached ${job.from}, the start of the range.` };
  }
  if (!step.nextPageUrl) {
    return { ...next, status: 'done', nextUrl: undefined, message: 'Reached the oldest page the care system shows.' };
  }
  // The next-page link comes from the page: a walk never leaves the care system it started on.
  if (!sameOrigin(step.nextPageUrl, job.startUrl)) {
    return { ...next, status: 'failed', nextUrl: undefined, message: 'Stopped: the page\'s "next page" link leads away from the care system, so it was not followed.' };
  }
  return { ...next, status: 'running', nextUrl: step.nextPageUrl };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    return /^https?:$/.test(x.protocol) && x.origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Is this time of care inside the job's date range (London days, both ends included)? */
export function inRange(job: Pick<HistoryJob, 'from' | 'to'>, careAt: number): boolean {
  const day = londonDayKey(careAt);
  return day >= job.from && day <= job.to;
}

export interface WalkProgress {
  /** 0..1, by how far back in the range the walk has got. */
  fraction: number;
  /** Seconds left at the current pace, once there is a pace to go by. */
  secondsLeft?: number;
}

export function walkProgress(job: HistoryJob, now: number): WalkProgress {
  if (job.status === 'done') return { fraction: 1, secondsLeft: 0 };
  const from = Date.parse(`${job.from}T00:00:00Z`);
  const to = Date.parse(`${job.to}T00:00:00Z`) + dayMs;
  if (job.oldestSeen === undefined || to <= from) return { fraction: 0 };
  const covered = Math.min(1, Math.max(0, (to - Math.max(job.oldestSeen, from)) / (to - from)));
  const elapsed = (now - job.startedAt) / 1000;
  const secondsLeft = covered > 0 && job.pagesDone > 0 ? Math.round((elapsed / covered) * (1 - covered)) : undefined;
  return { fraction: covered, secondsLeft };
}
