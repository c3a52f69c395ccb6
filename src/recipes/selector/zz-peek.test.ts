// @vitest-environment happy-dom
import { it } from 'vitest';
import { recordSelector, fieldSelector } from './generate';
import { all, bareTablePage, load, cardPage, positionalPage, tablePage, generatedPage, idPerRecordPage } from './test-pages';
it('peek', () => {
  let doc = load(bareTablePage(4));
  const rows = all(doc, '#log tr');
  console.log(recordSelector(doc, [rows[2]!]), '|', recordSelector(doc, [rows[2]!], [rows[0]!]));
  doc = load(cardPage(4));
  const cards = all(doc, 'article');
  for (const f of ['.wl-person__name', 'time', '.wl-body', '.wl-tag', '.wl-person__role']) console.log(f, '→', fieldSelector(cards[0]!, cards[0]!.querySelector(f)!, cards));
  doc = load(positionalPage(4));
  const es = all(doc, '.entry');
  for (let i = 0; i < 3; i++) console.log('pos', i, fieldSelector(es[0]!, es[0]!.children[i]!, es));
  doc = load(tablePage(4));
  const trs = all(doc, 'tr.note-row');
  for (const f of ['.col-date', '.col-author a', '.col-text']) console.log(f, '→', fieldSelector(trs[0]!, trs[0]!.querySelector(f)!, trs));
  doc = load(generatedPage(4));
  const g = all(doc, '[data-entry]');
  for (const f of ['span', 'div']) console.log(f, '→', fieldSelector(g[0]!, g[0]!.querySelector(f)!, g));
  doc = load(idPerRecordPage(4));
  const ids = all(doc, '.entry');
  console.log(fieldSelector(ids[1]!, ids[1]!.querySelector('.who')!, ids), fieldSelector(ids[1]!, ids[1]!, ids));
});
