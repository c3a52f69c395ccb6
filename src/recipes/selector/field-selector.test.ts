// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldSelector, queryFirstDeep } from './generate';
import { all, cardPage, generatedPage, idPerRecordPage, load, positionalPage, siblingListPage, tablePage } from './test-pages';

/**
 * Picks the field in record `clicked` (via `pick`), asks for a selector, and checks that it finds
 * the corresponding field (again via `pick`) in EVERY record, not just the clicked one.
 */
function generalises(records: Element[], clicked: number, pick: (r: Element) => Element): string {
  const selector = fieldSelector(records[clicked]!, pick(records[clicked]!), records);
  expect(selector).toBeTypeOf('string');
  for (const r of records) expect(queryFirstDeep(r, selector!)).toBe(pick(r));
  return selector!;
}

describe('fieldSelector', () => {
  it('card feed: author name nested two levels, time element, body, tag', () => {
    load(cardPage(5));
    const cards = all(document, 'article.wl-card');
    const q = (css: string) => (r: Element) => r.querySelector(css)!;
    expect(generalises(cards, 2, q('.wl-person__name'))).toBe('.wl-person__name');
    expect(generalises(cards, 0, q('time'))).toBe('.wl-when');
    expect(generalises(cards, 1, q('p.wl-body'))).toBe('.wl-body');
    expect(generalises(cards, 3, q('.wl-person__role'))).toBe('.wl-person__role');
  });

  it('table: columns by their stable class, the author link inside its cell', () => {
    load(tablePage(4));
    const rows = all(document, 'tr.note-row');
    expect(generalises(rows, 0, (r) => r.querySelector('.col-date')!)).toBe('.col-date');
    expect(generalises(rows, 3, (r) => r.querySelector('.col-author a')!)).toBe('a');
  });

  it('fields that differ only by position get a tag and :nth-of-type', () => {
    load(positionalPage(4));
    const entries = all(document, '.entry');
    expect(generalises(entries, 1, (r) => r.children[1]!)).toBe('span:nth-of-type(2)');
    expect(generalises(entries, 0, (r) => r.children[2]!)).toBe('span:nth-of-type(3)');
    expect(generalises(entries, 3, (r) => r.children[0]!)).toBe('span:nth-of-type(1)');
  });

  it('generated classes are never used; the tag inside the record is enough', () => {
    load(generatedPage(4));
    const records = all(document, '[data-entry]');
    const who = generalises(records, 0, (r) => r.querySelector('span')!);
    expect(who).not.toMatch(/css-/);
  });

  it('the record itself is `:scope`', () => {
    load(idPerRecordPage(3));
    const entries = all(document, '.entry');
    expect(fieldSelector(entries[0]!, entries[0]!, entries)).toBe(':scope');
    expect(generalises(entries, 1, (r) => r.querySelector('.who')!)).toBe('.who');
  });

  it('never leans on the record\'s ancestors or on the record\'s own class', () => {
    load('<div class="feed"><div class="rec"><div><div>a</div></div></div><div class="rec"><div><div>b</div></div></div></div>');
    const recs = all(document, '.rec');
    // `.rec > div` would also find it, but only by matching the record itself from outside.
    expect(generalises(recs, 0, (r) => r.firstElementChild!)).toBe(':scope > div');
    expect(generalises(recs, 1, (r) => r.firstElementChild!.firstElementChild!)).toBe(':scope > div > div');
  });

  it('a field the other records do not have the same way still gets a selector for this record', () => {
    load('<ul><li class="n"><em>only here</em><b>x</b></li><li class="n"><b>y</b></li></ul>');
    const lis = all(document, 'li.n');
    const em = lis[0]!.querySelector('em')!;
    const selector = fieldSelector(lis[0]!, em, lis);
    expect(queryFirstDeep(lis[0]!, selector!)).toBe(em);
  });

  it('sibling-style records: a field is not inside the record, so there is no selector', () => {
    load(siblingListPage(3));
    const dts = all(document, 'dl.log > dt');
    const dd = dts[0]!.nextElementSibling!;
    expect(fieldSelector(dts[0]!, dd, dts)).toBeUndefined();
  });

  it('works without other records (prefers a selector unique within the record)', () => {
    load(cardPage(2));
    const card = document.querySelector('article')!;
    expect(fieldSelector(card, card.querySelector('.wl-tag')!)).toBe('.wl-tag');
  });
});
