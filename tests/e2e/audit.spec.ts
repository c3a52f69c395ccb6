import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtension, tabIdOf, type LaunchedExtension } from '../support/launch-extension';
import { londonDay } from '../support/london-day';
import { expect, test } from './fixtures';
import { overlayQuery } from './overlay-world';
import { readStore } from './support-db';

interface StoredCycle {
  status: string;
  seed: number;
  sample: { recordKey: string; segment: { unit?: string; shift?: string; dayType?: string } }[];
  answers: Record<string, { criterionId: string; value: string }[]>;
}

async function openPanel(ext: LaunchedExtension, page: Page): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${await tabIdOf(ext.worker, page.url())}`);
  return panel;
}

/** Answers every question of the record on screen with `value`, except the ones in `except`. */
async function answerAll(panel: Page, value: string, except: Record<string, string> = {}) {
  const questions = panel.getByTestId('audit-record').locator('fieldset');
  await expect(questions).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const q = questions.nth(i);
    const id = (await q.getAttribute('data-criterion'))!;
    await q.getByLabel(except[id] ?? value, { exact: true }).check();
  }
}

test('a quality lead audits a fair sample beside the records; answers survive a closed panel and a restarted browser', async ({ careSystem }) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'record-lens-audit-'));
  try {
    let ext = await launchExtension({ userDataDir: profile });
    let page = await ext.context.newPage();
    // Two units' notes are captured: Oak (R001) and Cedar (R046).
    for (const id of ['R046', 'R001']) {
      await page.goto(`${careSystem.url}/harbour/residents/${id}/notes`);
      await expect.poll(async () => (await overlayQuery(page, 'button.mark')).length).toBe(50);
    }
    let panel = await openPanel(ext, page);
    const start = panel.getByTestId('audit-start');
    await start.getByLabel('Records to sample').fill('4');
    // Records landing while the form is filled in (the care system is still being read) keep what was typed.
    await page.goto(`${careSystem.url}/harbour/residents/R002/notes`);
    await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent())).toBe(150);
    await expect(start.getByLabel('Records to sample')).toHaveValue('4');
    await start.getByRole('button', { name: 'Start audit cycle' }).click();
    const position = panel.getByTestId('audit-position');
    await expect(position).toHaveText('Record 1 of 4');

    const [cycle] = await readStore<StoredCycle>(panel, 'auditCycles');
    expect(cycle!.sample).toHaveLength(4);
    // Stratified: both units are in the sample.
    expect(new Set(cycle!.sample.map((s) => s.segment.unit))).toEqual(new Set(['Oak', 'Cedar']));

    // The record is opened and ringed in the care system, beside the checklist.
    await expect.poll(async () => (await overlayQuery(page, '.ring'))[0]?.text).toBe('Audit: record 1 of 4');
    const text = (await panel.getByTestId('audit-record-text').textContent())!;
    await expect(page.locator('tr.note-row', { hasText: text.slice(0, 60) }).first()).toBeVisible();
    // Hints never answer for the auditor.
    await expect(panel.getByTestId('audit-record').locator('input:checked')).toHaveCount(0);

    await answerAll(panel, 'Yes');
    await expect(panel.getByTestId('audit-saved')).toHaveText('Saved: 7 of 7 answered for this record.');
    await panel.getByRole('button', { name: 'Next record' }).click();
    await expect(position).toHaveText('Record 2 of 4');
    await expect.poll(async () => (await overlayQuery(page, '.ring'))[0]?.text).toBe('Audit: record 2 of 4');
    await answerAll(panel, 'Yes', { specific: 'No', outcome: 'Partly' });
    await expect(panel.getByTestId('audit-saved')).toHaveText('Saved: 7 of 7 answered for this record.');

    // The panel is closed and opened again: it resumes at the first record left.
    await panel.close();
    panel = await openPanel(ext, page);
    await expect(panel.getByTestId('audit-position')).toHaveText('Record 3 of 4');

    // The browser is closed and started again: nothing answered is lost.
    await ext.close();
    ext = await launchExtension({ userDataDir: profile });
    page = await ext.context.newPage();
    await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
    panel = await openPanel(ext, page);
    await expect(panel.getByTestId('audit-position')).toHaveText('Record 3 of 4');
    await panel.getByRole('button', { name: 'Previous record' }).click();
    await expect(panel.getByTestId('audit-position')).toHaveText('Record 2 of 4');
    await expect(panel.locator('[data-criterion="specific"]').getByLabel('No', { exact: true })).toBeChecked();
    await expect(panel.locator('[data-criterion="outcome"]').getByLabel('Partly', { exact: true })).toBeChecked();

    const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="audits"]').analyze();
    expect(axe.violations).toEqual([]);

    for (const n of [3, 4]) {
      await panel.getByRole('button', { name: 'Next record' }).click();
      await expect(panel.getByTestId('audit-position')).toHaveText(`Record ${n} of 4`);
      await answerAll(panel, n === 3 ? 'Yes' : 'Not applicable', n === 3 ? { contemporaneous: 'No' } : { accurate: 'Yes' });
      await expect(panel.getByTestId('audit-saved')).toHaveText('Saved: 7 of 7 answered for this record.');
    }
    await panel.getByRole('button', { name: 'Close the cycle' }).click();

    // Results: 28 answers, 6 of them "not applicable"; yes = 1, partly = 0.5, no = 0.
    // Scored: 7 + 7 + 7 + 1 = 22 answers; points 7 + 5.5 + 6 + 1 = 19.5 → 89%.
    const results = panel.getByTestId('audit-results');
    await expect(results.getByTestId('audit-score')).toContainText('Score 89% from 4 records audited (4 sampled)');
    await expect(results.getByTestId('audit-by-criterion').locator('tbody tr')).toHaveCount(7);
    await expect(results.getByTestId('audit-verdicts')).toContainText('Too few cycles');
    const [closed] = await readStore<StoredCycle>(panel, 'auditCycles');
    expect(closed!.status).toBe('closed');
    expect(Object.values(closed!.answers).flat()).toHaveLength(28);
    await expect(panel.getByTestId('audit-start')).toBeVisible();
    await ext.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('a quality lead copies a built-in audit and edits it; each save is a new version and a running cycle keeps its own', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R005/notes`);
  await expect.poll(async () => (await overlayQuery(page, 'button.mark')).length).toBe(50);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const templates = options.getByTestId('audit-templates');
  await templates.getByRole('button', { name: 'Copy Daily notes audit' }).click();
  await expect(templates.getByRole('status')).toContainText('Copied as');
  const editor = templates.getByTestId('audit-template-editor');
  await editor.getByLabel('Audit name').fill('Night notes audit');
  await editor.locator('fieldset[data-criterion="attributed"]').getByLabel('Keep this question').uncheck();
  await editor.getByLabel('New question').fill('Night checks recorded at the times in the care plan');
  await editor.getByLabel('Its guidance').fill('Look for each planned check and its time.');
  await editor.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(templates.getByRole('status')).toContainText('Saved "Night notes audit" as version 2');
  const axe = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="audit-templates"]').analyze();
  expect(axe.violations).toEqual([]);

  const panel = await openSidePanel(page);
  const start = panel.getByTestId('audit-start');
  await start.getByLabel('Template').selectOption({ label: 'Night notes audit (v2)' });
  await start.getByLabel('Records to sample').fill('2');
  await start.getByRole('button', { name: 'Start audit cycle' }).click();
  const questions = panel.getByTestId('audit-record').locator('fieldset');
  await expect(questions).toHaveCount(7);
  await expect(panel.getByTestId('audit-record')).toContainText('Night checks recorded at the times in the care plan');
  await expect(panel.locator('fieldset[data-criterion="attributed"]')).toHaveCount(0);

  // Edited again while the cycle runs: version 3 for future cycles, this cycle keeps version 2.
  await templates.getByRole('button', { name: 'Edit Night notes audit' }).click();
  await editor.getByLabel('New question').fill('Fluids totalled at the end of the night');
  await editor.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(templates.getByRole('status')).toContainText('version 3');
  await panel.reload();
  await expect(panel.getByTestId('audit-record').locator('fieldset')).toHaveCount(7);
  await expect(panel.getByTestId('audit-walk')).toContainText('Night notes audit (v2)');
});

test("the care system's own audit results are captured through the recipe and shown beside the cycles", async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/audits`);
  const panel = await openSidePanel(page);
  const table = panel.getByTestId('care-system-audits');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('tbody tr').first()).toContainText('Monthly notes audit');
  // The story's home improves: its own audit scores the last months above the first ones.
  const scores = (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map((t) => Number(t.replace('%', '')));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  expect(mean(scores.slice(-3))).toBeGreaterThan(mean(scores.slice(0, 3)) + 10);
  const stored = await readStore<{ answer: string; form: string }>(panel, 'careSystemAudits');
  expect(stored).toHaveLength(12 * 4 * 5);
  expect(new Set(stored.map((s) => s.answer))).toEqual(new Set(['yes', 'partly', 'no', 'na']));
});

test('cycle after cycle: a later cycle is compared with the baseline, overall and question by question', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  for (const p of [2, 1]) {
    await page.goto(`${careSystem.url}/harbour/residents/R007/notes?page=${p}`);
    await expect.poll(async () => (await overlayQuery(page, 'button.mark')).length).toBe(50);
  }
  const panel = await openSidePanel(page);
  const day = (daysAgo: number) => londonDay(Date.now() - daysAgo * 86_400_000);
  const runCycle = async (from: number, to: number, answer: string, baseline: boolean) => {
    const start = panel.getByTestId('audit-start');
    await start.getByLabel('Period from').fill(day(from));
    await start.getByLabel('to', { exact: true }).fill(day(to));
    await start.getByLabel('Records to sample').fill('2');
    if (baseline) await start.getByLabel(/This is the baseline cycle/).check();
    await start.getByRole('button', { name: 'Start audit cycle' }).click();
    for (const n of [1, 2]) {
      await expect(panel.getByTestId('audit-position')).toHaveText(`Record ${n} of 2`);
      await answerAll(panel, answer);
      await expect(panel.getByTestId('audit-saved')).toHaveText('Saved: 7 of 7 answered for this record.');
      if (n === 1) await panel.getByRole('button', { name: 'Next record' }).click();
    }
    await panel.getByRole('button', { name: 'Close the cycle' }).click();
    await expect(panel.getByTestId('audit-start')).toBeVisible();
  };
  // Page 2 holds notes from about 9 to 16 days ago, page 1 the last 8 days.
  await runCycle(15, 10, 'No', true);
  await runCycle(6, 0, 'Yes', false);

  const results = panel.getByTestId('audit-results');
  await expect(results.getByTestId('audit-score')).toContainText('Score 100% from 2 records audited');
  await expect(results.getByTestId('audit-cycles')).toContainText('0%');
  await expect(results.getByTestId('audit-cycles').locator('tbody tr')).toHaveCount(1);
  await expect(results.getByTestId('audit-cycles').locator('tbody tr td').nth(1)).toHaveText('+100 pts');
  const specific = results.getByTestId('audit-criterion-change').locator('[data-criterion="specific"] td');
  await expect(specific).toHaveText(['0%', '100%', '+100 pts']);
  await expect(results.getByTestId('audit-verdicts')).toContainText('Too few cycles');
  const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="audits"]').analyze();
  expect(axe.violations).toEqual([]);
});
