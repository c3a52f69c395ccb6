import type { Page } from '@playwright/test';

/**
 * A quality lead records the Oak team's coaching on vague notes on the day of the intervention,
 * then checks the first of their next notes; returns what the panel says, and screenshots the session.
 */
export async function coachTeam(panel: Page, day: string, shot: string): Promise<string[]> {
  const coaching = panel.getByTestId('coaching');
  await coaching.getByRole('button', { name: 'Record a coaching session' }).click();
  const form = coaching.getByTestId('coaching-form');
  await form.getByLabel('Day of the session').fill(day);
  await form.getByLabel('A group').check();
  await form.getByLabel('Unit').fill('Oak');
  await form.getByLabel('Vague').check();
  await form.getByLabel('Note (optional').fill('Team supervision: writing what the person said and did, not "settled, no concerns".');
  await form.getByRole('button', { name: 'Record the session' }).click();
  const session = coaching.getByTestId('coaching-session').first();
  await session.getByTestId('coaching-change').waitFor();
  await session.getByRole('button', { name: 'Check their next note' }).click();
  const walk = session.getByTestId('follow-up-walk');
  for (const radio of await walk.getByRole('radio', { name: 'Agree' }).all()) await radio.check();
  await walk.getByRole('button', { name: /^Save and/ }).click();
  await session.getByTestId('follow-up-progress').filter({ hasText: '1 of 10 checked' }).waitFor();
  await walk.getByRole('button', { name: 'Stop checking' }).click();
  await session.screenshot({ path: shot });
  return Promise.all(['follow-up-progress', 'coaching-change', 'coaching-lasting', 'coaching-unprompted'].map(async (id) => (await session.getByTestId(id).textContent()) ?? ''));
}
