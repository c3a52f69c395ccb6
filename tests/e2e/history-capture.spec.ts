import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchExtension, tabIdOf } from '../support/launch-extension';
import { expect, test } from './fixtures';
import { readStore } from './support-db';
import { londonDay } from '../support/london-day';

const DAY = 86_400_000;

test('history capture walks older pages over a date range, stores exactly that range, and stops by itself', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R010/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('total-notes')).toHaveText('50');

  const from = londonDay(careSystem.data.now - 20 * DAY);
  const to = londonDay(careSystem.data.now - 2 * DAY);
  const form = panel.getByTestId('history-capture');
  await form.getByLabel('Capture from').fill(from);
  await form.getByLabel('Capture to').fill(to);
  await form.getByLabel('Seconds between pages').fill('0.25');
  await form.getByRole('button', { name: 'Capture history' }).click();

  await expect(panel.getByTestId('history-job')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.getByTestId('history-message')).toHaveText(`Reached ${from}, the start of the range.`);

  const inRange = careSystem.data.notes.filter((n) => n.residentId === 'R010' && londonDay(n.careAt) >= from && londonDay(n.careAt) <= to);
  const page1 = careSystem.data.notes.filter((n) => n.residentId === 'R010').sort((a, b) => b.careAt - a.careAt).slice(0, 50);
  const expected = new Set([...inRange, ...page1].map((n) => n.id));
  const stored = await readStore<{ sourceId: string }>(panel, 'notes');
  expect(new Set(stored.map((n) => n.sourceId))).toEqual(expected);
  // The walk's own tab is closed when it ends.
  await expect.poll(() => ext.context.pages().filter((p) => p.url().includes('/harbour/')).length).toBe(1);
});

test('a history capture can be stopped, and resumes by itself after the browser restarts', async ({ careSystem }) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'record-lens-profile-'));
  try {
    let ext = await launchExtension({ userDataDir: profile });
    const page = await ext.context.newPage();
    await page.goto(`${careSystem.url}/harbour/residents/R011/notes`);
    const panelUrl = async () => `chrome-extension://${ext.extensionId}/sidepanel.html?tab=${await tabIdOf(ext.worker, page.url())}`;
    let panel = await ext.context.newPage();
    await panel.goto(await panelUrl());
    const form = panel.getByTestId('history-capture');
    await form.getByLabel('Capture from').fill(londonDay(careSystem.data.now - 200 * DAY));
    await form.getByLabel('Seconds between pages').fill('1');
    await form.getByRole('button', { name: 'Capture history' }).click();
    const job = panel.getByTestId('history-job');
    await expect(job).toHaveAttribute('data-status', 'running');
    await expect(job).toContainText(/, [2-9] pages,/, { timeout: 20_000 });
    const pagesBefore = (await readStore<{ pagesDone: number }>(panel, 'historyJobs'))[0]!.pagesDone;

    // The browser is closed mid-walk...
    await ext.close();
    ext = await launchExtension({ userDataDir: profile });
    panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const before = Number((await panel.getByTestId('total-notes').textContent()) ?? 0);
    // ...and on restart the walk carries on from where it stopped.
    await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent()), { timeout: 20_000 }).toBeGreaterThan(before + 40);
    await expect(panel.getByTestId('history-job')).toHaveAttribute('data-status', 'running');

    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect(panel.getByTestId('history-job')).toHaveAttribute('data-status', 'stopped');
    await expect(panel.getByTestId('history-message')).toHaveText('Stopped by you. What was captured is kept.');
    const jobs = await readStore<{ pagesDone: number }>(panel, 'historyJobs');
    expect(jobs[0]!.pagesDone).toBeGreaterThan(pagesBefore);
    await ext.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
