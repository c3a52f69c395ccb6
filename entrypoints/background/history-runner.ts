import { browser } from 'wxt/browser';
import type { CaptureBatch, IngestResult } from '@/src/messaging/protocol';
import type { HistoryJob } from '@/src/model/history-job';
import { advanceWalk, inRange } from '@/src/recipes/history-walk';
import { getDb } from '@/src/store/db';

/** A page that has not reported back by then failed to load or to match its recipe. */
const PAGE_TIMEOUT_MS = 30_000;

const db = () => getDb();
const save = (job: HistoryJob) => db().historyJobs.put(job);

/**
 * Drives history captures: one background tab of the user's own session, one page at a time,
 * never in parallel. All state is in the store, so a browser restart resumes where it stopped.
 */
export const historyRunner = {
  async start(req: Pick<HistoryJob, 'recipeId' | 'pageId' | 'startUrl' | 'from' | 'to' | 'intervalMs'>) {
    if (req.from > req.to) return { ok: false as const, error: 'The range must end on or after the day it starts.' };
    if (await db().historyJobs.where('status').equals('running').count()) {
      return { ok: false as const, error: 'A history capture is already running: stop it or wait for it to finish.' };
    }
    const now = Date.now();
    const tab = await browser.tabs.create({ url: req.startUrl, active: false });
    const job: HistoryJob = { ...req, nextUrl: req.startUrl, tabId: tab.id, status: 'running', pagesDone: 0, recordsStored: 0, startedAt: now, updatedAt: now };
    const jobId = (await db().historyJobs.add(job)) as number;
    watchdog(jobId, 0);
    return { ok: true as const, jobId };
  },

  async cancel(jobId: number) {
    const job = await db().historyJobs.get(jobId);
    if (!job) return { ok: false as const, error: 'No such history capture.' };
    if (job.status === 'running') {
      await save({ ...job, status: 'stopped', nextUrl: undefined, updatedAt: Date.now(), message: 'Stopped by you. What was captured is kept.' });
      await closeTab(job.tabId);
    }
    return { ok: true as const };
  },

  /** The running job walking this tab, if any: its captures are limited to the job's range. */
  async jobForTab(tabId: number | undefined): Promise<HistoryJob | undefined> {
    if (tabId === undefined) return undefined;
    return (await db().historyJobs.where('status').equals('running').toArray()).find((j) => j.tabId === tabId);
  },

  keepInRange(job: HistoryJob, batch: CaptureBatch): CaptureBatch {
    return { ...batch, notes: batch.notes.filter((n) => inRange(job, n.careAt)) };
  },

  /** After a job page was stored: move on after the interval, or finish. */
  async stepped(seen: HistoryJob, batch: CaptureBatch, result: IngestResult | undefined, error?: string) {
    if (batch.part > 0) return;
    // Read again with the write: the user may have pressed Stop while this page was being stored,
    // and a walk moved on from the copy read before would undo the stop.
    const next = await db().transaction('rw', db().historyJobs, async () => {
      const job = await db().historyJobs.get(seen.id!);
      if (job?.status !== 'running') return undefined;
      const moved = error
        ? { ...job, status: 'failed' as const, nextUrl: undefined, updatedAt: Date.now(), message: `Stopped: ${error}` }
        : advanceWalk(job, { careTimes: batch.notes.map((n) => n.careAt), nextPageUrl: batch.nextPageUrl, recordsStored: result?.added ?? 0, degraded: result?.degraded }, Date.now());
      await save(moved);
      return moved;
    });
    if (!next) return;
    if (next.status !== 'running') return closeTab(next.tabId);
    setTimeout(() => void openNext(next.id!, next.pagesDone), next.intervalMs);
  },

  /** On start-up: pick up any walk the browser closed under us. */
  async resume() {
    for (const job of await db().historyJobs.where('status').equals('running').toArray()) {
      const tab = job.tabId === undefined ? undefined : await browser.tabs.get(job.tabId).catch(() => undefined);
      const tabId = tab?.id ?? (await browser.tabs.create({ url: job.nextUrl, active: false })).id;
      if (tab) await browser.tabs.update(tab.id!, { url: job.nextUrl });
      await save({ ...job, tabId, updatedAt: Date.now() });
      watchdog(job.id!, job.pagesDone);
    }
  },
};

async function openNext(jobId: number, pagesDone: number) {
  const job = await db().historyJobs.get(jobId);
  if (job?.status !== 'running' || job.pagesDone !== pagesDone || !job.nextUrl || job.tabId === undefined) return;
  await browser.tabs.update(job.tabId, { url: job.nextUrl }).catch(async () => {
    const tab = await browser.tabs.create({ url: job.nextUrl, active: false });
    await save({ ...job, tabId: tab.id });
  });
  watchdog(jobId, pagesDone);
}

/** Fails a walk whose page never reported back (it did not load, or the recipe did not match). */
function watchdog(jobId: number, pagesDone: number) {
  setTimeout(async () => {
    const job = await db().historyJobs.get(jobId);
    if (job?.status !== 'running' || job.pagesDone !== pagesDone) return;
    await save({ ...job, status: 'failed', nextUrl: undefined, updatedAt: Date.now(), message: `Stopped: ${job.nextUrl} did not load or could not be read within ${PAGE_TIMEOUT_MS / 1000} s.` });
    await closeTab(job.tabId);
  }, PAGE_TIMEOUT_MS);
}

async function closeTab(tabId: number | undefined) {
  if (tabId !== undefined) await browser.tabs.remove(tabId).catch(() => undefined);
}
