import type { Page } from '@playwright/test';
import type { CareData } from '../care-systems/generator/types';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** Prints what Record Lens captured and what its chart says, read from the side panel itself. */
export async function printSummary(panel: Page, data: CareData, run: { seconds: number; out: string; interventionDay: string }) {
  const text = async (id: string) => (await panel.getByTestId(id).textContent())?.trim() ?? '';
  const weeks = await panel.getByTestId('overview').getByTestId('weekly-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const c = [...tr.children].map((x) => x.textContent ?? '');
      return { week: c[0]!, notes: Number(c[1]), vague: Number(c[2]) };
    }),
  );
  const recent = weeks.slice(-8);
  const recentRate = recent.reduce((s, w) => s + w.vague, 0) / Math.max(1, recent.reduce((s, w) => s + w.notes, 0));
  console.log('\nRecord Lens demo summary');
  console.log('------------------------');
  console.log(`Notes stored:        ${await text('total-notes')} (of ${data.notes.length} in the demo system)`);
  console.log(`Residents:           ${await text('total-residents')}`);
  console.log(`Care-plan sections:  ${await text('total-sections')}`);
  console.log(`Page captures:       ${await text('total-captures')}`);
  console.log(`This page:           ${await text('page-notes')} notes read, ${await text('page-problems')} could not be read`);
  console.log(`Weeks on the chart:  ${weeks.length} (${weeks[0]?.week} to ${weeks.at(-1)?.week})`);
  console.log(`Baseline:            ${await text('baseline-summary')}`);
  console.log(`Last 8 weeks:        ${pct(recentRate)} of notes vague`);
  console.log(`Samples:             ${await text('agreement-summary')}`);
  const units = await panel.getByTestId('backlog-units').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(' | ')),
  );
  console.log(`Care-plan backlog:   ${await text('backlog-total')} sections overdue now. ${await text('backlog-baseline')}`);
  console.log(`Update lag:          ${await text('lag-baseline')}`);
  console.log('By unit (overdue a day baseline | now | median days to update baseline | now):');
  for (const u of units) console.log(`  ${u}`);
  console.log(`Audit:               ${await text('audit-score')}`);
  const own = await panel.getByTestId('care-system-audits').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
  );
  if (own.length) console.log(`Home's own audits:   ${own.length} months; first ${own[0]![0]} ${own[0]![3]}, latest ${own.at(-1)![0]} ${own.at(-1)![3]}`);
  for (const line of await storyLines(panel, run.interventionDay)) console.log(line);
  console.log(`Browsing took ${run.seconds.toFixed(1)} s. Screenshots in ${run.out}/`);
}

/**
 * The story as the overview's "Signals and noise" tells it, one line each: the vague chart's verdict
 * and its improvement weeks since the intervention, the segments not improved (and furthest behind),
 * day against night and weekday against weekend now, and the early warnings of drift.
 */
async function storyLines(panel: Page, interventionDay: string): Promise<string[]> {
  const spc = panel.getByTestId('process-control');
  const measure = (await spc.getByLabel('Measure').locator('option:checked').textContent())?.trim() ?? '';
  const verdict = ((await spc.getByTestId('spc-verdict').textContent()) ?? '').trim();
  const weeks = await spc.getByTestId('spc-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ week: tr.querySelector('th')?.textContent ?? '', signal: tr.getAttribute('data-signal') ?? '' })),
  );
  const after = weeks.filter((w) => w.week >= interventionDay);
  const improved = after.filter((w) => w.signal === 'improvement');
  const rows = await spc.getByTestId('spread').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const td = [...tr.querySelectorAll('td')].map((c) => c.textContent ?? '');
      return { dimension: tr.getAttribute('data-dimension') ?? '', segment: tr.getAttribute('data-segment') ?? '', baseline: td[0] ?? '', now: td[1] ?? '', gap: td[2] ?? '', note: td[3] ?? '' };
    }),
  );
  const now = (dimension: string, segment: string) => {
    const r = rows.find((x) => x.dimension === dimension && x.segment === segment);
    return r ? `${segment} ${r.now} (baseline ${r.baseline})` : `${segment} –`;
  };
  const notImproved = rows.filter((r) => r.note.includes('not improved')).map((r) => `${r.segment} (${r.baseline} then, ${r.now} now)`);
  const behind = rows.filter((r) => r.note.includes('furthest behind')).map((r) => `${r.segment} (${r.now}, gap to best ${r.gap})`);
  const drift = await spc.getByTestId('drift-warnings').locator('li').evaluateAll((lis) =>
    lis.map((li) => ({
      segment: li.getAttribute('data-segment') ?? '',
      text: `${li.getAttribute('data-measure')} from ${/First seen in the week of (\d{4}-\d{2}-\d{2})/.exec(li.textContent ?? '')?.[1] ?? '?'}`,
    })),
  );
  const bySegment = [...new Set(drift.map((w) => w.segment))].map((seg) => `${seg}: ${drift.filter((w) => w.segment === seg).map((w) => w.text).join(', ')}`);
  return [
    `Signals (${measure}): ${verdict} ${improved.length} of ${after.length} weeks since the intervention (${interventionDay}) are improvement signals${improved[0] ? `, the first in the week of ${improved[0].week}` : ''}.`,
    `Not improved:        ${notImproved.length ? notImproved.join(', ') : 'none (every segment improved on its baseline by at least 10%)'}; furthest behind now: ${behind.join(', ') || 'none'}`,
    `Day and night now:   ${now('shift', 'day')}, ${now('shift', 'night')}`,
    `Weekday and weekend: ${now('dayType', 'weekday')}, ${now('dayType', 'weekend')}`,
    `Drift warnings:      ${drift.length ? `${drift.length} open. ${bySegment.join('; ')}` : 'none'}`,
  ];
}
