/**
 * Small page shapes care systems really use, for the selector tests. Each builder returns HTML;
 * tests load it into happy-dom's document. Record text varies per record so no test can pass by
 * accident of identical markup, and every page has look-alike elements that must NOT match.
 */

const PEOPLE = ['Jo Bloggs', 'Sam Patel', 'Alex Kim', 'Priya Shah', 'Tom Reid', 'Ana Costa'];
const person = (i: number): string => PEOPLE[i % PEOPLE.length]!;

/** Server-rendered table: `tr.note-row` with `td.col-*`, a header row and a second table. */
export function tablePage(rows = 5): string {
  const body = Array.from({ length: rows }, (_, i) =>
    `<tr class="note-row" id="row-${i}"><td class="col-date">0${(i % 9) + 1}/02/2024 09:${10 + i}</td>` +
    `<td class="col-author"><a href="/staff/${i}">${person(i)}</a></td><td class="col-text">Note ${i}</td></tr>`,
  ).join('');
  return `<main id="app"><h1>Daily notes</h1>
    <table class="notes-table"><thead><tr class="head-row"><th>Date</th><th>By</th><th>Note</th></tr></thead>
    <tbody>${body}</tbody></table>
    <table class="meds-table"><tbody><tr class="med-row"><td class="col-date">01/02/2024</td><td class="col-text">Paracetamol</td></tr></tbody></table>
  </main>`;
}

/** Header row inside the same tbody, rows without classes: one click over-generalises. */
export function bareTablePage(rows = 4): string {
  const body = Array.from({ length: rows }, (_, i) =>
    `<tr><td class="col-date">0${i + 1}/03/2024</td><td class="col-author">${person(i)}</td><td class="col-text">Bare ${i}</td></tr>`,
  ).join('');
  return `<div id="content"><table id="log"><tr><th>Date</th><th>By</th><th>Note</th></tr>${body}</table></div>`;
}

/** Card feed in the style of the Willow demo vendor, with a BEM modifier on one card. */
export function cardPage(cards = 4): string {
  const html = Array.from({ length: cards }, (_, i) =>
    `<article class="wl-card${i === 1 ? ' wl-card--urgent' : ''}" data-entry="e-${i}">` +
    `<div class="wl-card__head"><div class="wl-person"><span class="wl-person__name">${person(i)}</span>` +
    `<span class="wl-person__role">Carer</span></div><time class="wl-when" datetime="2024-02-0${i + 1}">Today</time></div>` +
    `<p class="wl-body">Body ${i}</p><span class="wl-tag">Nutrition</span></article>`,
  ).join('');
  return `<main id="app"><header><span data-testid="resident-name" data-resident="R1">Mary</span></header>
    <section class="wl-feed">${html}</section>
    <aside><article class="wl-help"><p class="wl-body">Tips</p></article></aside></main>`;
}

/** Definition list with one `div` per record, next to a resident-details list of the same shape. */
export function groupedListPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) =>
    `<div><dt>0${i + 1}/04/2024 ${person(i)}</dt><dd>Grouped ${i}</dd></div>`,
  ).join('');
  return `<section class="resident"><dl class="details"><div><dt>DOB</dt><dd>1940</dd></div><div><dt>GP</dt><dd>Dr A</dd></div></dl></section>
    <section class="history"><dl class="notes">${items}</dl></section>`;
}

/** Definition list where records are consecutive `dt`/`dd` siblings. */
export function siblingListPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) =>
    `<dt>0${i + 1}/05/2024</dt><dd class="by">${person(i)}</dd><dd class="text">Sibling ${i}</dd>`,
  ).join('');
  return `<dl class="details"><dt>Room</dt><dd>12</dd></dl><dl class="log">${items}</dl>`;
}

/** CSS-in-JS page: every class is generated; the stable handles are `data-*` and tags. */
export function generatedPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) =>
    `<div class="css-9z8y7x e1x2y3z0" data-entry="${100 + i}"><span class="css-4f5g6h">${person(i)}</span>` +
    `<div class="css-k1l2m3">Generated ${i}</div></div>`,
  ).join('');
  return `<div id="root"><div class="css-1a2b3c"><div class="css-9z8y7x">Filter bar</div>${items}</div></div>`;
}

/** Generated classes and no data attributes: only tags and ancestors tell records apart. */
export function generatedTagPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) => `<li class="sc-bdVaJa kQkWJr">Note ${i}</li>`).join('');
  return `<nav><ul class="css-0a9b8c"><li class="sc-bdVaJa">Home</li><li class="sc-bdVaJa">Notes</li></ul></nav>
    <main><ul class="css-0a9b8c">${items}</ul></main>`;
}

/** One id per record (`note-12345`), which must never become the record selector. */
export function idPerRecordPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) =>
    `<li id="note-${12345 + i}" class="entry"><span class="who">${person(i)}</span><span class="what">Id ${i}</span></li>`,
  ).join('');
  return `<ol class="timeline">${items}</ol><ol class="tasks"><li class="task">Turn</li></ol>`;
}

/** Records whose fields differ only by position. */
export function positionalPage(records = 4): string {
  const items = Array.from({ length: records }, (_, i) =>
    `<div class="entry"><span>0${i + 1}/06/2024</span><span>${person(i)}</span><span>Positional ${i}</span></div>`,
  ).join('');
  return `<div class="entries">${items}</div>`;
}

/** Loads `html` into the test document and returns it. */
export function load(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

export const all = (root: ParentNode, css: string): Element[] => Array.from(root.querySelectorAll(css));
