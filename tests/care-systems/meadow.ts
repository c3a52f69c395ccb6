/**
 * Vendor "Meadow" (Meadow Care Manager): an older, server-rendered intranet product with NO
 * built-in recipe. Record Lens users teach it by pointing and clicking, so its markup is a shape
 * neither built-in recipe expects: the daily notes live in a same-origin IFRAME as a definition
 * list, the care time is written out in words ("Mon 23rd November 2026, 2:05pm"), and the unit is
 * only shown in the outer page's banner.
 *
 * Routes (all GET, all text/html; `/meadow` redirects to `/meadow/`):
 *   /meadow/                               resident list, links a.person-link -> /meadow/people/R001
 *   /meadow/people/:id                     banner + <iframe id="journal-frame"> showing the last 7 London days
 *   /meadow/people/:id/journal?from&to     the iframe document: notes of [from, to] (London days, inclusive), newest first
 *   /meadow/people/:id/plan                the care plan, one section.plan-card per section
 * Unknown resident, unknown path, or a range wholly outside the resident's journal -> 404 page;
 * a malformed `from`/`to` -> 400 page with a message.
 *
 * The markup contract (class names, date formats) is restated in meadow.test.ts; keep them together.
 */
import type { CareIndex } from './care-index';
import type { Note, Resident } from './generator/index';
import { html, SafeHtml } from './html';
import { formatDMonY, formatDmy, formatDmyHm, londonEpoch, londonParts } from './london-time';
import { STORY } from './story';
import type { Reply } from './willow-server';

/** The default journal window and the step of the older/newer links, in London calendar days. */
export const MEADOW_WINDOW_DAYS = 7;
/** The longest range the journal will show (inclusive days); longer -> 400. */
export const MEADOW_MAX_RANGE_DAYS = 31;

const DAY_MS = 86_400_000;
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// ---------------------------------------------------------------------------------------------
// Date formats (Europe/London)

/** 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 4 -> "4th", 11-13 -> "11th".."13th", 21 -> "21st", ... */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** 12-hour clock, no leading zero on the hour: "2:05pm", "12:00pm" (noon), "12:30am" (after midnight). */
export function formatClock12(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')}${hour < 12 ? 'am' : 'pm'}`;
}

/** Meadow's time of care: "Mon 23rd November 2026, 2:05pm" (London wall clock). */
export function formatMeadowCareTime(ms: number): string {
  const p = londonParts(ms);
  return `${WEEKDAYS_SHORT[p.weekday]} ${ordinal(p.day)} ${MONTHS_LONG[p.month - 1]} ${p.year}, ${formatClock12(p.hour, p.minute)}`;
}

/** Meadow's time written: "Entered 23/11/2026 14:20" (London wall clock). */
export const formatMeadowEntered = (ms: number): string => `Entered ${formatDmyHm(ms)}`;

/** Care-plan line: "Reviewed 12 Oct 2026 · next review 9 Nov 2026 · updated 12 Oct 2026". */
export function formatMeadowPlanMeta(lastReviewed: number, reviewDue: number, lastUpdated: number): string {
  return `Reviewed ${formatDMonY(lastReviewed)} · next review ${formatDMonY(reviewDue)} · updated ${formatDMonY(lastUpdated)}`;
}

// London calendar days as whole day numbers (days since 1970-01-01), so range arithmetic never
// meets a clock change; converted to instants only at the edges.
const dayNumberOfMs = (ms: number): number => {
  const p = londonParts(ms);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
};
const dayKeyOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** London midnight starting `day`. */
const dayStartMs = (day: number): number => {
  const d = new Date(day * DAY_MS);
  return londonEpoch(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};
/** "2026-11-23" -> day number, or undefined when not a real calendar date in that exact form. */
function parseDayKey(raw: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// Synthetic banner details

/** Room number: the unit's hundred (Oak 1xx, Ash 2xx, Birch 3xx, Cedar 4xx) + place in the unit. */
function roomOf(index: CareIndex, resident: Resident): string {
  const unitNo = (STORY.units as readonly string[]).indexOf(resident.unit) + 1;
  const place = index.data.residents.filter((r) => r.unit === resident.unit).indexOf(resident) + 1;
  return String(unitNo * 100 + place);
}

/**
 * A synthetic NHS-style number "999 123 4567": the 999 prefix is never issued to patients (it is
 * the test-data range), with a valid modulus-11 check digit so it looks the part.
 */
export function syntheticNhsNumber(residentId: string): string {
  let n = (Number(residentId.replace(/\D/g, '')) || 0) * 7919;
  for (;;) {
    const nine = `999${String(n % 1_000_000).padStart(6, '0')}`;
    const sum = [...nine].reduce((acc, c, i) => acc + Number(c) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check !== 10) {
      const ten = nine + String(check === 11 ? 0 : check);
      return `${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6)}`;
    }
    n += 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

const STYLE = `
body{margin:0;background:#c0c0c0;font:12px Arial,Helvetica,sans-serif;color:#000}
a{color:#0000cc}a:visited{color:#551a8b}
#mdw-head{background:#336633;color:#ffffcc;padding:4px 8px;border-bottom:2px outset #669966}
#mdw-head b{font:bold 20px "Times New Roman",Times,serif}
#mdw-head span{font-size:11px;margin-left:10px}
#mdw-nav{background:#e0e0d0;border-bottom:1px solid #808080;padding:2px 8px;font-size:11px}
#mdw-body{margin:8px;padding:8px;background:#fff;border:2px inset #d4d0c8}
table.people{border:1px solid #808080;border-collapse:collapse}
table.people th{background:#d4d0c8;border:1px solid #808080;padding:2px 6px;text-align:left}
table.people td{border:1px solid #c0c0c0;padding:2px 6px}
.banner{background:#ffffcc;border:1px solid #999966;padding:4px 8px;margin-bottom:6px}
.banner .res-name{font:bold 16px "Times New Roman",Times,serif}
.banner .ward{font-weight:bold}
.mdw-links{margin:4px 0}
#journal-frame{width:100%;height:480px;border:2px inset #d4d0c8;background:#fff}
form.range{margin:4px 0;font-size:11px}
section.plan-card{border:1px solid #999;margin:0 0 6px;padding:4px 8px;background:#f8f8f0}
section.plan-card h4{margin:0 0 2px;font:bold 13px "Times New Roman",Times,serif;color:#336633}
.plan-meta{margin:0;font-size:11px}
.plan-flag{margin:2px 0 0;color:#990000;font-weight:bold;font-size:11px}
.mdw-foot{font-size:10px;color:#404040;margin:0 8px 8px}
.mdw-error{color:#990000}
`;

/** Inside the iframe: a bare document, as old products served their embedded panes. */
const JOURNAL_STYLE = `
body{margin:4px;font:12px Arial,Helvetica,sans-serif;background:#fff;color:#000}
h2.j-title{font:bold 14px "Times New Roman",Times,serif;margin:0 0 2px}
.j-range{margin:0 0 6px;font-size:11px;color:#404040}
dl.journal{margin:0}
dl.journal .entry{border-top:1px dotted #808080;padding:3px 0}
dl.journal dt{font-weight:bold}
dl.journal dt .kind{color:#336633}
dl.journal dd{margin:0 0 0 16px}
dd.who,dd.entered{font-size:11px;color:#404040}
.j-pager{margin-top:6px;border-top:1px solid #808080;padding-top:3px}
.j-empty{font-style:italic}
`;

function layout(title: string, nav: SafeHtml, body: SafeHtml): string {
  return html`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title} - Meadow Care Manager</title><style>${new SafeHtml(STYLE)}</style></head>
<body>
<div id="mdw-head"><b>Meadow Care Manager</b><span>Release 2.9 &middot; Synthetic demo data</span></div>
<div id="mdw-nav">${nav}</div>
<div id="mdw-body">
${body}
</div>
<p class="mdw-foot">Meadow Care Manager &copy; Meadow Systems Ltd. Best viewed at 1024&times;768.</p>
</body></html>`.html;
}

const homeNav = html`<a href="/meadow/">People</a>`;

const page = (status: number, body: string): Reply => ({ status, type: 'text/html; charset=utf-8', body });

function errorPage(status: 400 | 404, message: string, path: string): Reply {
  const heading = status === 404 ? 'Not found' : 'Bad request';
  return page(
    status,
    layout(
      heading,
      homeNav,
      html`<h1 class="mdw-error">${heading}</h1>
<p class="mdw-message">${message}</p>
<p>Requested: <code>${path}</code></p>
<p><a href="/meadow/">Back to People</a></p>`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Pages

export function meadowPeoplePage(index: CareIndex): string {
  const rows = index.data.residents.map(
    (r) => html`<tr><td><a class="person-link" href="/meadow/people/${r.id}">${r.name}</a></td><td class="ward">${r.unit}</td><td class="room">${roomOf(index, r)}</td></tr>`,
  );
  return layout(
    'People',
    homeNav,
    html`<h1>People</h1>
<table class="people" cellspacing="0">
<tr><th>Name</th><th>Unit</th><th>Room</th></tr>
${rows}
</table>`,
  );
}

function banner(index: CareIndex, r: Resident): SafeHtml {
  return html`<div class="banner" data-person="${r.id}"><span class="res-name">${r.name}</span> &nbsp;|&nbsp; Unit: <span class="ward">${r.unit}</span> &nbsp;|&nbsp; Room <span class="room">${roomOf(index, r)}</span> &nbsp;|&nbsp; NHS No. <span class="nhs-no">${syntheticNhsNumber(r.id)}</span></div>`;
}

/** The journal's bounds for a resident: the day of their first note to today (London). */
function journalBounds(index: CareIndex, residentId: string): { first: number; today: number } {
  const today = dayNumberOfMs(index.data.now);
  const notes = index.notesNewestFirst.get(residentId) ?? [];
  const oldest = notes[notes.length - 1];
  return { first: oldest ? Math.min(dayNumberOfMs(oldest.careAt), today) : today, today };
}

const journalHref = (from: number, to: number): string => `journal?from=${dayKeyOf(from)}&to=${dayKeyOf(to)}`;

/** The default journal range: the last 7 London days, today included. */
export function meadowDefaultRange(now: number): { from: string; to: string } {
  const today = dayNumberOfMs(now);
  return { from: dayKeyOf(today - (MEADOW_WINDOW_DAYS - 1)), to: dayKeyOf(today) };
}

export function meadowPersonPage(index: CareIndex, residentId: string): string | undefined {
  const r = index.residents.get(residentId);
  if (!r) return undefined;
  const { from, to } = meadowDefaultRange(index.data.now);
  return layout(
    r.name,
    html`${homeNav} &gt; ${r.name}`,
    html`${banner(index, r)}
<p class="mdw-links"><b>Daily journal</b> | <a class="plan-link" href="/meadow/people/${r.id}/plan">Care plan</a></p>
<form class="range" method="get" action="/meadow/people/${r.id}/journal" target="journal-frame">
From <input type="date" name="from" value="${from}"> to <input type="date" name="to" value="${to}"> <input type="submit" value="Show">
</form>
<iframe id="journal-frame" name="journal-frame" title="Daily journal" src="/meadow/people/${r.id}/journal?from=${from}&amp;to=${to}"></iframe>`,
  );
}

function entry(index: CareIndex, n: Note): SafeHtml {
  const author = index.staff.get(n.authorId);
  return html`  <div class="entry" id="e-${n.id}">
    <dt><span class="stamp">${formatMeadowCareTime(n.careAt)}</span> &middot; <span class="kind">${n.category}</span></dt>
    <dd class="what">${n.text}</dd>
    <dd class="who">${author?.name ?? 'Unknown'} <em>(${author?.role ?? 'Staff'})</em></dd>
    <dd class="entered">${formatMeadowEntered(n.writtenAt)}</dd>
  </div>`;
}

/**
 * The iframe document. `from`/`to` are London days "YYYY-MM-DD", both inclusive; both absent
 * means the default (last 7 days). Answers 404 for an unknown resident or a range wholly outside
 * [first note's day, today], 400 for a malformed range.
 */
export function meadowJournal(index: CareIndex, residentId: string, query: URLSearchParams, path: string): Reply {
  const r = index.residents.get(residentId);
  if (!r) return errorPage(404, `No person with the reference ${residentId}.`, path);
  const rawFrom = query.get('from');
  const rawTo = query.get('to');
  const bounds = journalBounds(index, r.id);
  let from: number | undefined;
  let to: number | undefined;
  if (rawFrom === null && rawTo === null) {
    from = bounds.today - (MEADOW_WINDOW_DAYS - 1);
    to = bounds.today;
  } else {
    if (rawFrom === null || rawTo === null) return errorPage(400, 'Both "from" and "to" are needed, as dates like 2026-11-23.', path);
    from = parseDayKey(rawFrom);
    to = parseDayKey(rawTo);
    if (from === undefined) return errorPage(400, `"from" is not a date like 2026-11-23: ${rawFrom}`, path);
    if (to === undefined) return errorPage(400, `"to" is not a date like 2026-11-23: ${rawTo}`, path);
    if (from > to) return errorPage(400, `"from" (${rawFrom}) is after "to" (${rawTo}).`, path);
    if (to - from + 1 > MEADOW_MAX_RANGE_DAYS) return errorPage(400, `The journal shows at most ${MEADOW_MAX_RANGE_DAYS} days at a time.`, path);
  }
  if (to < bounds.first || from > bounds.today) {
    return errorPage(404, `${r.name} has no journal for ${dayKeyOf(from)} to ${dayKeyOf(to)}.`, path);
  }

  const start = dayStartMs(from);
  const end = dayStartMs(to + 1);
  const notes = (index.notesNewestFirst.get(r.id) ?? []).filter((n) => n.careAt >= start && n.careAt < end);
  const older = from > bounds.first ? html`<a class="older" href="${journalHref(from - MEADOW_WINDOW_DAYS, from - 1)}">Older entries</a>` : '';
  const newer = to < bounds.today ? html`<a class="newer" href="${journalHref(to + 1, to + MEADOW_WINDOW_DAYS)}">Newer entries</a>` : '';
  const sep = older && newer ? ' | ' : '';

  return page(
    200,
    html`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en-GB">
<head><meta charset="utf-8"><title>Daily journal - Meadow Care Manager</title><style>${new SafeHtml(JOURNAL_STYLE)}</style></head>
<body>
<h2 class="j-title">Journal for <span class="j-person">${r.name}</span></h2>
<p class="j-range">${formatDmy(start)} to ${formatDmy(dayStartMs(to))}</p>
${notes.length === 0 ? html`<p class="j-empty">No entries for this period.</p>` : ''}
<dl class="journal">
${notes.map((n) => entry(index, n))}
</dl>
<p class="j-pager">${newer}${sep}${older}</p>
</body></html>`.html,
  );
}

export function meadowPlanPage(index: CareIndex, residentId: string): string | undefined {
  const r = index.residents.get(residentId);
  const plan = index.carePlans.get(residentId);
  if (!r || !plan) return undefined;
  const cards = plan.sections.map((s) => {
    // reviewDue is always the last review + the interval, so this is the last review's instant.
    const lastReviewed = s.reviewDue - STORY.carePlan.reviewIntervalDays * DAY_MS;
    return html`<section class="plan-card" data-section="${s.key}">
  <h4>${s.name}</h4>
  <p class="plan-meta">${formatMeadowPlanMeta(lastReviewed, s.reviewDue, s.lastUpdated)}</p>
  ${s.changeInNeed !== undefined ? html`<p class="plan-flag">Change in need reported ${formatDMonY(s.changeInNeed)} &ndash; plan not yet updated</p>` : ''}
</section>`;
  });
  return layout(
    `Care plan: ${r.name}`,
    html`${homeNav} &gt; <a href="/meadow/people/${r.id}">${r.name}</a> &gt; Care plan`,
    html`${banner(index, r)}
<p class="mdw-links"><a class="journal-link" href="/meadow/people/${r.id}">Daily journal</a> | <b>Care plan</b></p>
<h3>Care plan</h3>
${cards}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Routing

/** Answers every path under `/meadow/` (the server redirects `/meadow` itself). */
export function meadowRoute(index: CareIndex, url: URL): Reply {
  const path = url.pathname;
  if (path === '/meadow/') return page(200, meadowPeoplePage(index));
  const m = /^\/meadow\/people\/([^/]+)(\/journal|\/plan)?$/.exec(path);
  if (m) {
    let id: string;
    try {
      id = decodeURIComponent(m[1] ?? '');
    } catch {
      return errorPage(404, 'There is no such page.', path);
    }
    const missing = (): Reply => errorPage(404, `No person with the reference ${id}.`, path);
    if (m[2] === undefined) {
      const body = meadowPersonPage(index, id);
      return body ? page(200, body) : missing();
    }
    if (m[2] === '/journal') return meadowJournal(index, id, url.searchParams, path);
    const body = meadowPlanPage(index, id);
    return body ? page(200, body) : missing();
  }
  return errorPage(404, 'There is no such page.', path);
}
