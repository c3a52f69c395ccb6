/**
 * Vendor "Harbour": a dated, server-rendered care system. The markup (class names, table shape,
 * dd/MM/yyyy HH:mm dates, 50 notes a page newest first) is a contract the Harbour recipe in
 * src/recipes/builtin/harbour.ts depends on; change it only together with the recipe.
 */
import { formatDmy, formatDmyHm } from './london-time';
import { html, SafeHtml } from './html';
import type { CareIndex } from './care-index';
import { generateAuditForms, type AuditFormAnswer } from './generator/audit-forms';
import { storyDates } from './story';

export const HARBOUR_PAGE_SIZE = 50;

const STYLE = `
body{margin:0;font:13px Verdana,Geneva,sans-serif;background:#e9eef2;color:#1b1b1b}
.hb-bar{background:#1f4e79;color:#fff;padding:8px 14px;font:bold 18px Georgia,serif;border-bottom:3px solid #f0b323}
.hb-bar small{font:normal 11px Verdana,sans-serif;opacity:.8;margin-left:12px}
.hb-crumbs{background:#d5dde5;padding:4px 14px;font-size:11px;border-bottom:1px solid #aab7c4}
main{padding:10px 14px;background:#fff;margin:10px;border:1px solid #aab7c4}
h1.resident-name{font:bold 17px Georgia,serif;margin:0 0 2px}
.resident-unit{margin:0 0 8px;color:#555}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #b8c4ce;padding:3px 5px;text-align:left;vertical-align:top}
thead th{background:#c9d6e2}
tr.note-row:nth-child(even){background:#f4f7f9}
.col-care-time,.col-written{white-space:nowrap}
.author-role{color:#666;font-size:11px}
.pager{margin:8px 0}
.pager .page-info{margin:0 8px}
ul.resident-list{columns:2;padding-left:18px}
.unit{color:#666;font-size:11px}
table.care-plan th.cp-name{background:#e3eaf0;width:24%}
`;

function layout(title: string, crumbs: SafeHtml, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title} - Harbour Care Records</title><style>${new SafeHtml(STYLE)}</style></head>
<body>
<div class="hb-bar">Harbour Care Records <small>v4.2 &middot; Synthetic demo data</small></div>
<div class="hb-crumbs">${crumbs}</div>
<main>
${body}
</main>
</body></html>`.html;
}

export function residentsPage(index: CareIndex): string {
  const items = index.data.residents.map(
    (r) => html`<li><a class="resident-link" href="/harbour/residents/${r.id}/notes">${r.name}</a> <span class="unit">${r.unit}</span></li>`,
  );
  return layout(
    'Residents',
    html`<a href="/harbour/residents">Residents</a>`,
    html`<h1>Residents</h1>
<ul class="resident-list">
${items}
</ul>`,
  );
}

/** Notes page `page` (from 1) for a resident, or undefined when the resident or page does not exist. */
/** `per` (a "show N per page" setting some systems have) lets tests serve very long pages. */
export function notesPage(index: CareIndex, residentId: string, page: number, per = HARBOUR_PAGE_SIZE): string | undefined {
  const resident = index.residents.get(residentId);
  const notes = index.notesNewestFirst.get(residentId);
  if (!resident || !notes || !Number.isInteger(per) || per < 1 || per > 5000) return undefined;
  const pageCount = Math.max(1, Math.ceil(notes.length / per));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const perQuery = per === HARBOUR_PAGE_SIZE ? '' : `&per=${per}`;

  const rows = notes.slice((page - 1) * per, page * per).map((n) => {
    const author = index.staff.get(n.authorId);
    return html`
    <tr class="note-row" data-note-id="${n.id}">
      <td class="col-care-time">${formatDmyHm(n.careAt)}</td>
      <td class="col-written">${formatDmyHm(n.writtenAt)}</td>
      <td class="col-author"><span class="author-name">${author?.name ?? 'Unknown'}</span> <span class="author-role">${author?.role ?? ''}</span></td>
      <td class="col-category">${n.category}</td>
      <td class="col-unit">${n.unit}</td>
      <td class="col-text">${n.text}</td>
    </tr>`;
  });
  const prev = page > 1 ? html`<a rel="prev" href="?page=${page - 1}${perQuery}">Previous</a> ` : '';
  const next = page < pageCount ? html` <a rel="next" href="?page=${page + 1}${perQuery}">Next</a>` : '';
  const pager = html`<nav class="pager" aria-label="Pages">${prev}<span class="page-info">Page ${page} of ${pageCount}</span>${next}</nav>`;

  return layout(
    `Daily notes: ${resident.name}`,
    html`<a href="/harbour/residents">Residents</a> &raquo; ${resident.name} &raquo; Daily notes`,
    html`<h1 class="resident-name" data-resident-id="${resident.id}">${resident.name}</h1>
<p class="resident-unit">Unit: ${resident.unit}</p>
<p class="hb-links"><a class="care-plan-link" href="/harbour/residents/${resident.id}/care-plan">Care plan</a></p>
<table class="notes-table" id="daily-notes">
  <thead><tr><th>Time of care</th><th>Written</th><th>Author</th><th>Category</th><th>Unit</th><th>Note</th></tr></thead>
  <tbody>${rows}
  </tbody>
</table>
${pager}`,
  );
}

export function carePlanPage(index: CareIndex, residentId: string): string | undefined {
  const resident = index.residents.get(residentId);
  const plan = index.carePlans.get(residentId);
  if (!resident || !plan) return undefined;
  const rows = plan.sections.map(
    (s) => html`
    <tr class="cp-section" data-section="${s.key}">
      <th class="cp-name">${s.name}</th>
      <td class="cp-updated">Last updated: ${formatDmy(s.lastUpdated)}</td>
      <td class="cp-review">Review due: ${formatDmy(s.reviewDue)}</td>
      <td class="cp-change">${s.changeInNeed !== undefined ? `Change in need reported: ${formatDmy(s.changeInNeed)}` : ''}</td>
    </tr>`,
  );
  const WHAT = { update: 'Updated', review: 'Reviewed', 'change-in-need': 'Change in need reported' } as const;
  const history = plan.sections
    .flatMap((s) => s.events.map((e) => ({ section: s.name, ...e })))
    .sort((a, b) => b.at - a.at)
    .map(
      (e) => html`
    <tr class="cp-event"><td class="ev-at">${formatDmyHm(e.at)}</td><td class="ev-section">${e.section}</td><td class="ev-what">${WHAT[e.type]}</td></tr>`,
    );
  return layout(
    `Care plan: ${resident.name}`,
    html`<a href="/harbour/residents">Residents</a> &raquo; <a href="/harbour/residents/${resident.id}/notes">${resident.name}</a> &raquo; Care plan`,
    html`<h1 class="resident-name" data-resident-id="${resident.id}">${resident.name}</h1><p class="resident-unit">Unit: ${resident.unit}</p>
<p class="hb-links"><a class="notes-link" href="/harbour/residents/${resident.id}/notes">Daily notes</a></p>
<table class="care-plan"><tbody>${rows}
</tbody></table>
<h2>Care plan history</h2>
<table class="cp-history"><thead><tr><th>When</th><th>Section</th><th>What happened</th></tr></thead><tbody>${history}
</tbody></table>`,
  );
}

const auditForms = new WeakMap<CareIndex, AuditFormAnswer[]>();

/** The home's own monthly notes audit results, newest first: Harbour's audit module. */
export function auditsPage(index: CareIndex): string {
  let answers = auditForms.get(index);
  if (!answers) auditForms.set(index, (answers = generateAuditForms(index.data.seed, storyDates(index.data.now))));
  const rows = [...answers]
    .sort((a, b) => b.at - a.at)
    .map(
      (a) => html`
    <tr class="audit-row"><td class="au-date">${formatDmy(a.at)}</td><td class="au-form">Monthly notes audit</td><td class="au-unit">${a.unit}</td><td class="au-question">${a.question}</td><td class="au-answer">${a.answer}</td><td class="au-by">Deputy manager</td></tr>`,
    );
  return layout(
    'Audits',
    html`<a href="/harbour/residents">Residents</a> &raquo; Audits`,
    html`<h1>Audits</h1>
<table class="audit-results"><thead><tr><th>Date</th><th>Form</th><th>Unit</th><th>Question</th><th>Answer</th><th>Completed by</th></tr></thead><tbody>${rows}
</tbody></table>`,
  );
}
