import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { captured, expect, test } from './fixtures';
import { overlayQuery } from './overlay-world';
import { readStore } from './support-db';

interface StoredSample {
  status: string;
  seed: number;
  population: number;
  noteKeys: string[];
  reviewer: { role: string; name?: string };
  scheduled: boolean;
  judgements: { noteKey: string; engineFlags: string[]; verdicts: Record<string, string>; added: string[]; comment?: string }[];
}

/** Judges the note on screen: agree with the first flag, disagree with the rest, optionally add one. */
async function judge(panel: Page, add?: string) {
  const form = panel.getByTestId('sample-note');
  // The next note's form appears once its note is read from the store.
  await expect(form).toBeVisible();
  const flags = form.locator('fieldset.verdict');
  const n = await flags.count();
  for (let i = 0; i < n; i++) await flags.nth(i).getByLabel(i === 0 ? 'Agree' : 'Disagree', { exact: true }).check();
  if (add && (await form.locator('fieldset.own-flags').getByLabel(add, { exact: true }).count())) {
    await form.locator('fieldset.own-flags').getByLabel(add, { exact: true }).check();
  }
  return n;
}

test('a deputy samples a page: random notes ringed in the page, agree/disagree per flag, saved with role and seed, agreement shown', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  // A Cedar resident (the lagging unit): about half the notes carry flags, so among 20 sampled
  // notes some are flagged (all unflagged: about one chance in a million).
  await page.goto(`${careSystem.url}/harbour/residents/R050/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  const onPage = await page.locator('tr.note-row').count();

  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('20');
  await expect(start.getByLabel('Your role')).toHaveValue('Deputy manager');
  await start.getByRole('button', { name: 'Sample this page' }).click();

  const walk = panel.getByTestId('sample-walk');
  const position = panel.getByTestId('sample-position');
  await expect(position).toHaveText('Note 1 of 20');
  await expect(walk).toContainText('Unscheduled sample by Deputy manager');
  await expect(walk).toContainText(`drawn at random from ${onPage} notes`);

  // The sampled note is ringed in the care system's page, with its label written out.
  // (The ring is in the marks' closed shadow root: read from the content script's world.)
  const ring = async () => (await overlayQuery(page, '.ring'))[0];
  await expect.poll(async () => (await ring())?.visible).toBe(true);
  await expect.poll(async () => (await ring())?.text).toBe('Sampling: note 1 of 20');
  const text = (await panel.getByTestId('sample-note-text').textContent())!;
  const row = page.locator('tr.note-row', { hasText: text.slice(0, 60) }).first();
  const [r, n] = [(await ring())!.box, await row.boundingBox()];
  expect(Math.abs(r!.y - n!.y)).toBeLessThan(8);
  expect(Math.abs(r!.height - n!.height)).toBeLessThan(10);

  await judge(panel, 'No outcome');
  await panel.getByTestId('sample-note').getByLabel('Comment (optional)').fill('Checked with the senior on shift.');
  await panel.getByRole('button', { name: 'Save and next' }).click();
  await expect(position).toHaveText('Note 2 of 20');
  // Keyboard users carry on from the new note's heading.
  await expect(position).toBeFocused();
  await expect.poll(async () => (await ring())?.text).toBe('Sampling: note 2 of 20');

  // The panel closes mid-sample: nothing judged is lost, and it resumes at the next note.
  await panel.reload();
  await expect(position).toHaveText('Note 2 of 20');
  const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations).toEqual([]);

  let refused = false;
  for (let i = 2; i <= 20; i++) {
    await expect(position).toHaveText(`Note ${i} of 20`);
    const save = panel.getByRole('button', { name: i === 20 ? 'Save and finish' : 'Save and next' });
    // Refused until every flag the engine raised has a verdict.
    await expect(panel.getByTestId('sample-note')).toBeVisible();
    if (!refused && (await panel.getByTestId('sample-note').locator('fieldset.verdict').count())) {
      await save.click();
      await expect(panel.getByRole('alert')).toContainText('Say whether you agree with the flag');
      await expect(position).toHaveText(`Note ${i} of 20`);
      refused = true;
    }
    await judge(panel);
    await save.click();
  }
  expect(refused).toBe(true);
  await expect(panel.getByTestId('sample-saved')).toContainText('Sample saved: 20 notes judged');
  await expect.poll(async () => (await ring())?.visible ?? false).toBe(false);

  const [sample] = await readStore<StoredSample>(panel, 'samples');
  expect(sample).toMatchObject({ status: 'complete', population: onPage, reviewer: { role: 'Deputy manager' }, scheduled: false });
  expect(Number.isInteger(sample!.seed)).toBe(true);
  expect(new Set(sample!.noteKeys).size).toBe(20);
  expect(sample!.judgements.map((j) => j.noteKey)).toEqual(sample!.noteKeys);
  expect(sample!.judgements[0]!.comment).toBe('Checked with the senior on shift.');
  for (const j of sample!.judgements) {
    j.engineFlags.forEach((rule, i) => expect(j.verdicts[rule]).toBe(i === 0 ? 'agree' : 'disagree'));
  }
  const first = sample!.judgements[0]!;
  expect(first.added).toEqual(first.engineFlags.includes('no-outcome') ? [] : ['no-outcome']);

  // Agreement between people and the engine is a measure on screen, computed from what was saved.
  const agreement = panel.getByTestId('agreement');
  await expect(agreement.getByTestId('agreement-summary')).toContainText('1 sample (0 scheduled, 1 unscheduled), 20 notes judged');
  await expect(agreement.locator('[data-testid="agreement-table"] tbody tr')).toHaveCount(8);
  const engineFlags = sample!.judgements.reduce((s, j) => s + j.engineFlags.length, 0);
  const agreed = sample!.judgements.filter((j) => j.engineFlags.length).length;
  await expect(agreement.getByTestId('agreement-summary')).toContainText(`people confirmed ${Math.round((agreed / engineFlags) * 100)}% of the engine's flags`);
  await expect(agreement.getByTestId('scheduled-gap')).toContainText('in unscheduled spot checks (20 notes)');
  const vague = agreement.locator('[data-rule="vague"]');
  const vagueFlags = sample!.judgements.filter((j) => j.engineFlags.includes('vague')).length;
  await expect(vague.locator('td').first()).toHaveText(String(vagueFlags));
});

test('a scheduled sample stopped early keeps what was judged; role and name are remembered', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R002/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('25');
  await start.getByRole('button', { name: 'Sample this page' }).click();
  await expect(panel.getByRole('alert')).toContainText('at most 20');

  await start.getByLabel('Notes to sample').fill('4');
  await start.getByLabel('Your role').fill('Quality lead');
  await start.getByLabel('Your name (optional)').fill('Sam');
  await start.getByLabel(/Scheduled sample/).check();
  await start.getByRole('button', { name: 'Sample this page' }).click();
  await expect(panel.getByTestId('sample-walk')).toContainText('Scheduled sample by Sam, Quality lead');
  await judge(panel);
  await panel.getByRole('button', { name: 'Save and next' }).click();
  await expect(panel.getByTestId('sample-position')).toHaveText('Note 2 of 4');
  await panel.getByTestId('sample-finish-now').click();
  await expect(panel.getByTestId('sample-saved')).toContainText('Sample saved: 1 note judged');

  const [sample] = await readStore<StoredSample>(panel, 'samples');
  expect(sample).toMatchObject({ status: 'complete', scheduled: true, reviewer: { role: 'Quality lead', name: 'Sam' } });
  expect(sample!.noteKeys).toHaveLength(1);
  await expect(panel.getByTestId('scheduled-gap')).toContainText('scheduled samples (1 note)');
  // The next sample starts with the same reviewer.
  await expect(panel.getByTestId('sample-start').getByLabel('Your role')).toHaveValue('Quality lead');
  await expect(panel.getByTestId('sample-start').getByLabel('Your name (optional)')).toHaveValue('Sam');
});
