// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { fieldSelector, queryAllDeep, recordSelector } from './generate';
import { all, bareTablePage, cardPage, generatedPage, load, tablePage } from './test-pages';

/**
 * How long the builder waits after a click on a big page. No timing assertion (machines differ);
 * the numbers are printed so a regression is visible in the test log.
 */
function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

it('card feed with 2,000 records', () => {
  load(cardPage(2000));
  const cards = all(document, 'article.wl-card');
  const selector = time('recordSelector, 2,000 cards, one click', () => recordSelector(document, [cards[700]!]));
  expect(selector).toBe('.wl-card');
  expect(queryAllDeep(document, selector!)).toHaveLength(2000);
  const refined = time('recordSelector, 2,000 cards, one exclusion', () =>
    recordSelector(document, [cards[700]!], [cards[1]!]));
  expect(queryAllDeep(document, refined!)).toHaveLength(1999);
  const name = cards[5]!.querySelector('.wl-person__name')!;
  const field = time('fieldSelector, 2,000 other records', () => fieldSelector(cards[5]!, name, cards));
  expect(field).toBe('.wl-person__name');
}, 120_000);

it('table with 2,000 rows', () => {
  load(tablePage(2000));
  const rows = all(document, 'tr.note-row');
  const selector = time('recordSelector, 2,000 table rows, one click', () => recordSelector(document, [rows[1500]!]));
  expect(queryAllDeep(document, selector!)).toEqual(rows);
}, 120_000);

it('harder pages with 2,000 records: generated classes, and a header row to exclude', () => {
  load(generatedPage(2000));
  const records = all(document, '[data-entry]');
  const selector = time('recordSelector, 2,000 generated-class records', () => recordSelector(document, [records[3]!]));
  expect(queryAllDeep(document, selector!)).toEqual(records);
  load(bareTablePage(2000));
  const [header, ...rows] = all(document, '#log tr');
  const refined = time('recordSelector, 2,000 bare rows, header excluded', () =>
    recordSelector(document, [rows[10]!], [header!]));
  expect(queryAllDeep(document, refined!)).toEqual(rows);
}, 120_000);
