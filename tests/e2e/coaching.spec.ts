import AxeBuilder from '@axe-core/playwright';
import { storyDates } from '../care-systems/story';
import { londonDay } from '../support/london-day';
import { captured, expect, test } from './fixtures';
import { overlayCall, overlayQuery } from './overlay-world';
import { readStore } from './support-db';

test('coaching follow-up: record a session for Oak, check the next notes, see before and after, and the session on Oak charts', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  // One Oak resident's year on one page, as a history capture would store it.
  await page.goto(`${careSystem.url}/harbour/residents/R010/notes?per=2300`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent()), { timeout: 30_000 }).toBeGreaterThan(2000);
  const coaching = panel.getByTestId('coaching');
  await expect(coaching.getByTestId('coaching-empty')).toContainText('No coaching sessions recorded yet');

  // A refused save says why and keeps what was typed.
  const intervention = londonDay(storyDates(careSystem.data.now).intervention);
  await coaching.getByRole('button', { name: 'Record a coaching session' }).click();
  const form = coaching.getByTestId('coaching-form');
  await form.getByLabel('Day of the session').fill(intervention);
  await form.getByLabel('A group').check();
  await form.getByLabel('Unit').fill('Oak');
  await form.getByRole('button', { name: 'Record the session' }).click();
  await expect(form.getByRole('alert')).toHaveText('Choose at least one thing the coaching was about.');
  await expect(form.getByLabel('Unit')).toHaveValue('Oak');
  await form.getByLabel('Vague').check();
  await form.getByRole('button', { name: 'Record the session' }).click();
  await expect(coaching.getByRole('status')).toHaveText('Session recorded. Its follow-up checks are below.');

  const session = coaching.getByTestId('coaching-session');
  await expect(session.getByRole('heading', { level: 3 })).toContainText('Group: Oak');
  await expect(session.getByTestId('follow-up-progress')).toHaveText('Follow-up: 0 of 10 checked, 0 meet the standard.');
  // The demo's Oak notes got less vague after the intervention: more than chance, in words.
  await expect(session.getByTestId('coaching-change')).toHaveText(/^Better: the focus flags fell from \d+% of \d+ notes to \d+% of \d+ notes, more than chance alone would explain\.$/);
  await expect(session.getByTestId('coaching-unprompted')).toHaveText('No announced audit since the session: every note after it was written without prompting.');
  await expect(session.getByTestId('weekly-table').locator('tbody tr').first()).toBeAttached();
  // The dashed line is the staff's own before, not the home's baseline, and the legend says so.
  await expect(session.getByTestId('weekly-chart').locator('.u-legend')).toContainText('Their 8 weeks before %');
  await expect(session.getByTestId('weekly-chart').locator('.u-legend')).not.toContainText('Baseline');

  // The first follow-up check is the first Oak note after the session day; judging it moves the count.
  await session.getByRole('button', { name: 'Check their next note' }).click();
  const walk = session.getByTestId('follow-up-walk');
  await expect(walk.getByRole('heading', { name: 'Note 1 of 10' })).toBeVisible();
  for (const radio of await walk.getByRole('radio', { name: 'Disagree' }).all()) await radio.check();
  await walk.getByRole('button', { name: /^Save and/ }).click();
  await expect(session.getByTestId('follow-up-progress')).toHaveText('Follow-up: 1 of 10 checked, 1 meets the standard.');
  await expect(walk.getByRole('heading', { name: 'Note 2 of 10' })).toBeVisible();
  const [stored] = await readStore<{ checks: { noteKey: string; careAt: number }[]; day: string }>(panel, 'coachingEvents');
  expect(stored!.checks).toHaveLength(1);
  expect(londonDay(stored!.checks[0]!.careAt) > stored!.day).toBe(true);
  await walk.getByRole('button', { name: 'Stop checking' }).click();

  // The session is marked on the Oak chart, in words too, and not on another unit's.
  const spc = panel.getByTestId('process-control');
  await spc.getByLabel('Segment').selectOption({ label: 'Unit Oak' });
  await expect(spc.getByTestId('coaching-markers')).toContainText(`${intervention}, Group: Oak (Vague)`);

  // The evidence pack shows the session in words and marks it on its charts; nobody is named in it.
  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  const row = pack.getByTestId('pack-coaching').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${intervention}Group: OakVague1 of 10 checked, 1 meets the standardBetter: the focus flags fell from`);
  await pack.close();

  // The staff view offers to coach an author, with the form filled in for them.
  const staff = coaching.getByTestId('staff-view');
  await staff.locator('summary').click();
  const coachButton = staff.getByRole('button', { name: /^Coach / }).first();
  const author = (await coachButton.textContent())!.replace(/^Coach /, '');
  await coachButton.click();
  await expect(coaching.getByTestId('coaching-form').getByLabel('Name, as the care system shows it on notes')).toHaveValue(author);
  await expect(coaching.getByTestId('coaching-form').getByLabel('Name, as the care system shows it on notes')).toBeFocused({ timeout: 1000 }).catch(() => undefined);

  const { violations } = await new AxeBuilder({ page: panel }).include('[data-testid="coaching"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test("a note's mark in the page starts coaching its author on its flags", async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  const marks = () => overlayQuery(page, 'button.mark');
  await expect.poll(async () => (await marks()).length).toBe(50);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('picked-note')).toHaveCount(0);

  // Pressing Enter on a vague note's mark is a person's click (a page script's would be ignored).
  const i = (await marks()).findIndex((m) => /vague/.test(m.text));
  await page.locator('tr.note-row').nth(i).scrollIntoViewIfNeeded();
  await overlayCall(page, 'button.mark', i, 'focus');
  await page.keyboard.press('Enter');
  const picked = panel.getByTestId('picked-note');
  await expect(picked).toContainText('Vague');
  const author = (await page.locator('tr.note-row').nth(i).locator('.author, [data-author], td').allTextContents()).join(' ');
  const coach = picked.getByRole('button', { name: /^Coach .+ on these flags$/ });
  const name = (await coach.textContent())!.replace(/^Coach (.+) on these flags$/, '$1');
  expect(author).toContain(name);
  await coach.click();
  const form = panel.getByTestId('coaching-form');
  await expect(form.getByLabel('Name, as the care system shows it on notes')).toHaveValue(name);
  await expect(form.getByLabel('Vague')).toBeChecked();
  await form.getByRole('button', { name: 'Record the session' }).click();
  await expect(panel.getByTestId('coaching-session').getByRole('heading', { level: 3 })).toContainText(name);

  // Removing a session asks first, and "Keep it" keeps it.
  const session = panel.getByTestId('coaching-session');
  await session.getByRole('button', { name: 'Remove this session' }).click();
  await session.getByRole('button', { name: 'Keep it' }).click();
  await session.getByRole('button', { name: 'Remove this session' }).click();
  await session.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(panel.getByTestId('coaching-empty')).toBeVisible();
});
