/**
 * `npm run demo`: the product working on the bundled demo care system. Builds are done by the npm
 * script; this starts the care system, opens Chromium with Record Lens, browses residents of both
 * demo vendors as a deputy manager would, sets the story's baseline and intervention, then either
 * leaves the browser open (a display is present) or saves screenshots and prints a summary.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startCareSystem } from '../care-systems/server';
import { storyDates } from '../care-systems/story';
import { launchExtension, tabIdOf } from '../support/launch-extension';
import { browseHarbourResident, browseWillowResident, captureHarbourHistory, readHarbourCarePlans } from './browse';
import { runAudit } from './audit';
import { saveEvidencePack } from './evidence';
import { sampleNotesPage } from './sample';
import { coachTeam } from './coach';
import { printSummary } from './summary';
import { londonDay } from '../support/london-day';

const OUT = path.resolve('demo-output');
const headed = !!process.env.DISPLAY && !process.env.CI && process.env.HEADLESS !== '1';

async function main() {
  await mkdir(OUT, { recursive: true });
  const system = await startCareSystem({ port: Number(process.env.PORT ?? 0) });
  console.log(`Demo care system on ${system.url} (synthetic residents, no real people).`);
  const ext = await launchExtension({ headless: !headed });
  // What a provider sees first: the welcome page the extension opens on install.
  const welcome = ext.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 }));
  await welcome.getByRole('heading', { name: 'Welcome to Record Lens' }).waitFor();
  await welcome.screenshot({ path: path.join(OUT, '0-welcome.png'), fullPage: true });
  console.log('  Welcome page opened on install: what Record Lens reads and keeps, your care system, the baseline');
  const page = await ext.context.newPage();
  await page.goto(`${system.url}/harbour/residents`);
  const tabId = await tabIdOf(ext.worker, page.url());
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await page.bringToFront();

  const started = Date.now();
  const story = storyDates(system.data.now);
  // One resident of each unit (Oak, Ash, Birch, Cedar): every unit has its year on the charts, and
  // Birch's slip in the last 60 days shows as a drift warning.
  for (const id of ['R001', 'R016', 'R031', 'R046']) {
    const status = await captureHarbourHistory(page, panel, `${system.url}/harbour/residents/${id}`, londonDay(story.start));
    console.log(`  Harbour ${id}: history capture ${status.replace(/\s+/g, ' ').trim()}`);
  }
  const pages = await browseHarbourResident(page, panel, `${system.url}/harbour/residents/R002`);
  console.log(`  Harbour R002: paged through ${pages} pages of daily notes by hand, and the care plan`);
  await page.screenshot({ path: path.join(OUT, '1-harbour-care-plan.png') });
  for (const id of ['R031', 'R032']) {
    const cards = await browseWillowResident(page, panel, `${system.url}/willow/residents/${id}`);
    console.log(`  Willow ${id}: scrolled the feed to ${cards} notes, opened the care-plan tab`);
  }
  await page.goto(`${system.url}/willow/residents/R031`);
  await page.locator('article.wl-card').first().waitFor();
  await page.screenshot({ path: path.join(OUT, '2-willow-feed.png') });

  // Three residents of each unit (Oak, Ash, Birch, Cedar hold 15 residents each, in that order);
  // R002 was read above.
  const planIds = [1, 3, 4, 16, 17, 18, 31, 32, 33, 46, 47, 48].map((n) => `R${String(n).padStart(3, '0')}`);
  await readHarbourCarePlans(page, panel, `${system.url}/harbour/residents`, planIds);
  console.log(`  Harbour: read the care plans (and their history tables) of ${planIds.length} residents, 3 per unit`);

  // The story's ends are exclusive; the form's "To" is the last day inside the baseline.
  await setBaseline(panel, story.baselineStart, story.baselineEnd - 12 * 3600_000, story.intervention);
  await page.goto(`${system.url}/harbour/residents/R046/notes`);
  const sampled = await sampleNotesPage(page, panel, 5, { page: path.join(OUT, '4-sampling-in-page.png'), panel: path.join(OUT, '5-sampling-panel.png') });
  console.log(`  Harbour R046: a deputy sampled 5 notes at random. ${sampled}`);
  const audited = await runAudit(page, panel, system.url, 4, path.join(OUT, '7-audit-beside-the-record.png'));
  console.log(`  Harbour: the home's own audit forms read; a 4-record documentation audit run. ${audited.trim()}`);
  const coached = await coachTeam(panel, londonDay(story.intervention), path.join(OUT, '10-coaching-follow-up.png'));
  console.log(`  Harbour: the Oak team's coaching on vague notes recorded and followed up. ${coached.join(' ')}`);
  await shoot(panel, path.join(OUT, '3-side-panel.png'));
  await panel.getByTestId('backlog').screenshot({ path: path.join(OUT, '6-care-plan-backlog.png') });
  console.log(`  Evidence pack: ${await saveEvidencePack(panel, OUT)}`);
  // The demo ends on the overview: signals and noise, the spread across segments (units, shifts, day
  // types) and the early warnings of drift.
  const overview = await showOverview(panel);
  await overview.screenshot({ path: path.join(OUT, '9-overview.png') });
  await printSummary(panel, system.data, { seconds: (Date.now() - started) / 1000, out: OUT, interventionDay: londonDay(story.intervention) });

  if (headed) {
    await panel.bringToFront();
    await showOverview(panel);
    console.log('\nThe browser stays open: open the Record Lens side panel from the toolbar. Close the browser to stop.');
    await new Promise((r) => ext.context.on('close', r));
  } else {
    await ext.close();
  }
  await system.close();
}

async function setBaseline(panel: Page, start: number, end: number, intervention: number) {
  await panel.getByLabel('Baseline starts').fill(londonDay(start));
  await panel.getByLabel('Baseline ends').fill(londonDay(end));
  await panel.getByLabel('Intervention date').fill(londonDay(intervention));
  await panel.getByLabel('What changed').fill('New daily-notes template and coaching');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await panel.getByText('mean', { exact: false }).first().waitFor();
}

async function shoot(panel: Page, file: string) {
  await panel.getByTestId('overview').getByText('Figures behind the chart').click();
  await panel.screenshot({ path: file, fullPage: true });
}

/** Scrolls the side panel to the "Signals and noise" part of its overview, showing vague notes. */
async function showOverview(panel: Page) {
  const overview = panel.getByTestId('process-control');
  await overview.getByLabel('Measure').selectOption('vague');
  await overview.getByTestId('spread').waitFor();
  await overview.getByTestId('drift-warnings').waitFor();
  await panel.evaluate(() => document.querySelector('[data-testid="process-control"]')?.scrollIntoView({ block: 'start' }));
  return overview;
}

main().catch((e) => {
  console.error(`Demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
