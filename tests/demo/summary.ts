import type { Page } from '@playwright/test';
import type { CareData } from '../care-systems/generator/types';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** Prints what Record Lens captured and what its chart says, read from the side panel itself. */
export async function printSummary(panel: Page, data: CareData, run: { seconds: number; out: string }) {
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
  console.log(`Browsing took ${run.seconds.toFixed(1)} s. Screenshots in ${run.out}/`);
}
