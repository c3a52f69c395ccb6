// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { queryAllDeep, recordSelector } from './generate';
import {
  all,
  bareTablePage,
  cardPage,
  generatedPage,
  generatedTagPage,
  groupedListPage,
  idPerRecordPage,
  load,
  siblingListPage,
  tablePage,
} from './test-pages';

/** The selector, after checking it matches exactly `expected` (same elements, same order). */
function proposes(doc: Document, positives: Element[], expected: Element[], negatives: Element[] = []): string {
  const selector = recordSelector(doc, positives, negatives);
  expect(selector).toBeTypeOf('string');
  expect(queryAllDeep(doc, selector!)).toEqual(expected);
  expect(() => doc.querySelectorAll(selector!.split(' >>> ')[0]!)).not.toThrow();
  return selector!;
}

describe('recordSelector on realistic pages', () => {
  it('table: one click on a row proposes every note row, not the header or the medicines table', () => {
    const doc = load(tablePage(6));
    const rows = all(doc, 'tr.note-row');
    expect(proposes(doc, [rows[2]!], rows)).toBe('.note-row');
  });

  it('card feed: one click proposes all cards, including the one with a BEM modifier', () => {
    const doc = load(cardPage(5));
    const cards = all(doc, 'article.wl-card');
    expect(proposes(doc, [cards[0]!], cards)).toBe('.wl-card');
    expect(proposes(doc, [cards[1]!], cards)).toBe('.wl-card');
  });

  it('definition list with a div per record: the notes groups, not the details groups', () => {
    const doc = load(groupedListPage(4));
    const groups = all(doc, 'dl.notes > div');
    const selector = proposes(doc, [groups[3]!], groups);
    expect(selector).toBe('.notes > div');
  });

  it('definition list with records as consecutive siblings: every dt of the log', () => {
    const doc = load(siblingListPage(4));
    const starts = all(doc, 'dl.log > dt');
    expect(proposes(doc, [starts[1]!], starts)).toBe('.log > dt');
  });

  it('generated class names: falls back to the stable data attribute (presence, not value)', () => {
    const doc = load(generatedPage(5));
    const records = all(doc, '[data-entry]');
    const selector = proposes(doc, [records[2]!], records);
    expect(selector).toBe('[data-entry]');
  });

  it('generated class names and no data attributes: a tag path through stable ancestors', () => {
    const doc = load(generatedTagPage(3));
    const items = all(doc, 'main li');
    const selector = proposes(doc, [items[0]!], items);
    expect(selector).not.toMatch(/css-|sc-|kQkWJr/);
    expect(selector).toBe('main li');
  });

  it('an id per record is never used', () => {
    const doc = load(idPerRecordPage(4));
    const entries = all(doc, 'li.entry');
    const selector = proposes(doc, [entries[0]!], entries);
    expect(selector).not.toContain('#');
    expect(selector).toBe('.entry');
  });

  it('a generated ancestor id is passed over for a stable data attribute value', () => {
    const doc = load(`<div id="ember1234" data-section="today"><article class="note">a</article><article class="note">b</article></div>
      <div id="ember1240" data-section="archive"><article class="note">c</article></div>`);
    const today = all(doc, '[data-section="today"] article');
    const selector = proposes(doc, [today[1]!], today);
    expect(selector).toBe('[data-section="today"] > .note');
  });

  it('ARIA roles name records when classes are generated', () => {
    const doc = load(`<div role="feed" class="css-f1e2d3"><div role="article" aria-posinset="1" class="css-a1b2c3">x</div>
      <div role="article" aria-posinset="2" class="css-a1b2c3">y</div></div><div role="complementary" class="css-a1b2c3">z</div>`);
    const records = all(doc, '[role="article"]');
    expect(proposes(doc, [records[0]!], records)).toBe('[role="article"]');
  });

  it('ignores the builder\'s own highlight class and attribute on the clicked element', () => {
    const doc = load(cardPage(3));
    const cards = all(doc, 'article.wl-card');
    cards[0]!.classList.add('record-lens-hit');
    cards[0]!.setAttribute('data-record-lens-picked', '');
    expect(proposes(doc, [cards[0]!], cards)).toBe('.wl-card');
  });

  it('several positives generalise to what they share', () => {
    const doc = load(cardPage(4));
    const cards = all(doc, 'article.wl-card');
    expect(proposes(doc, [cards[0]!, cards[3]!], cards)).toBe('.wl-card');
  });

  it('returns undefined when no selector can separate them', () => {
    load('<ul><li>a</li><li>b</li></ul><iframe srcdoc="<ul><li>c</li></ul>"></iframe>');
    const lis = all(document, 'li');
    const inner = all(document.querySelector('iframe')!.contentDocument!, 'li');
    // One in the page, one behind a frame: no single selector path reaches both.
    expect(recordSelector(document, [lis[0]!, inner[0]!])).toBeUndefined();
    expect(recordSelector(document, [])).toBeUndefined();
    expect(recordSelector(document, [lis[0]!], [lis[0]!])).toBeUndefined();
  });

  it('separates look-alikes by position when nothing else differs', () => {
    load('<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul>');
    const lis = all(document, 'li');
    const selector = recordSelector(document, [lis[0]!], [lis[2]!])!;
    expect(selector).toContain('nth');
    expect(queryAllDeep(document, selector)).toEqual(lis.slice(0, 2));
  });

  it('rejects elements that are not connected to the document', () => {
    load('<ul><li>a</li></ul>');
    const stray = document.createElement('li');
    expect(recordSelector(document, [stray])).toBeUndefined();
  });
});

describe('refinement: exclude and include', () => {
  it('a header row wrongly included is excluded once rejected', () => {
    const doc = load(bareTablePage(4));
    const rows = all(doc, '#log tr');
    const [header, ...data] = rows;
    const first = proposes(doc, [data[1]!], rows);
    expect(first).toContain('tr');
    const refined = proposes(doc, [data[1]!], data, [header!]);
    expect(refined).toMatch(/:not\(|nth/);
  });

  it('a missed record is included once clicked', () => {
    const doc = load(`<section id="today"><article class="note"><p>a</p></article><article class="note"><p>b</p></article></section>
      <section id="earlier"><div class="day"><article class="note"><p>c</p></article></div></section>
      <article class="note-help">help</article>`);
    const notes = all(doc, 'article.note');
    const first = proposes(doc, [notes[0]!], notes.slice(0, 2));
    expect(first).toBe('#today > .note');
    expect(proposes(doc, [notes[0]!, notes[2]!], notes)).toBe('.note');
  });

  it('a variant rejected by the user is excluded by its own class', () => {
    const doc = load(cardPage(4));
    const cards = all(doc, 'article.wl-card');
    const selector = proposes(doc, [cards[0]!], cards.filter((_, i) => i !== 1), [cards[1]!]);
    expect(selector).toBe('.wl-card:not(.wl-card--urgent)');
  });
});
