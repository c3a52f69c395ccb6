// Willow (demo vendor): PURE render functions. Each takes a `document` and data and returns
// elements, touching no globals at import time, so a Node test (happy-dom) can import them and
// check the markup contract the Willow recipe (src/recipes/builtin/willow.ts) depends on.
// Text always goes in with textContent, never innerHTML: note text is free text.

const LONDON = 'Europe/London';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86400000;

/** @type {Intl.DateTimeFormat | undefined} */
let partsFormat;

/** London wall-clock parts of an instant (UK time with summer time, whatever the machine's TZ). */
export function londonParts(ms) {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p = {};
  for (const part of partsFormat.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

const pad = (n) => String(n).padStart(2, '0');
/** Days since 1970-01-01 of the London calendar day containing `ms`. */
const londonDayNumber = (ms) => {
  const p = londonParts(ms);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
};

/** Time of care: "Today 09:12", "Yesterday at 09:12", otherwise "12 Nov 2026 09:12". */
export function formatWhen(careAt, now) {
  const p = londonParts(careAt);
  const hm = `${pad(p.hour)}:${pad(p.minute)}`;
  const days = londonDayNumber(now) - londonDayNumber(careAt);
  if (days === 0) return `Today ${hm}`;
  if (days === 1) return `Yesterday at ${hm}`;
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year} ${hm}`;
}

/** Time written, relative to now: "logged just now", "logged 5 minutes ago", "logged 1 day ago". */
export function formatLogged(writtenAt, now) {
  const minutes = Math.floor((now - writtenAt) / 60000);
  const unit = (n, word) => `logged ${n} ${word}${n === 1 ? '' : 's'} ago`;
  if (minutes < 1) return 'logged just now';
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return unit(hours, 'hour');
  return unit(Math.floor(hours / 24), 'day');
}

/** Care-plan dates: "9 Nov 2026". */
export function formatPlanDate(ms) {
  const p = londonParts(ms);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** Create an element with a class and optional text (textContent only). */
function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function residentPath(id) {
  return `/willow/residents/${encodeURIComponent(id)}`;
}

/** The resident list: links `a.wl-resident-link`. */
export function renderResidentList(doc, residents) {
  const section = el(doc, 'section', 'wl-residents-view');
  section.append(el(doc, 'h1', 'wl-page-title', 'Residents'));
  const list = el(doc, 'ul', 'wl-residents');
  for (const r of residents) {
    const li = el(doc, 'li', 'wl-resident-item');
    const a = el(doc, 'a', 'wl-resident-link', r.name);
    a.setAttribute('href', residentPath(r.id));
    li.append(a, doc.createTextNode(' '), el(doc, 'span', 'wl-unit-chip', r.unit));
    list.append(li);
  }
  section.append(list);
  return section;
}

/** `<header class="wl-resident"><h2 data-testid="resident-name" data-resident="R001">...` */
export function renderResidentHeader(doc, resident) {
  const header = el(doc, 'header', 'wl-resident');
  const h2 = el(doc, 'h2', '', resident.name);
  h2.setAttribute('data-testid', 'resident-name');
  h2.setAttribute('data-resident', resident.id);
  header.append(h2, el(doc, 'span', 'wl-unit-chip', resident.unit));
  return header;
}

/** The Notes / Care plan tabs; `active` is 'notes' or 'care-plan'. */
export function renderTabs(doc, residentId, active) {
  const nav = el(doc, 'nav', 'wl-tabs');
  nav.setAttribute('role', 'tablist');
  const tabs = [
    ['notes', 'Notes', residentPath(residentId)],
    ['care-plan', 'Care plan', `${residentPath(residentId)}/care-plan`],
  ];
  for (const [key, label, href] of tabs) {
    const a = el(doc, 'a', '', label);
    a.setAttribute('role', 'tab');
    a.setAttribute('aria-selected', key === active ? 'true' : 'false');
    a.setAttribute('href', href);
    nav.append(a);
  }
  return nav;
}

/** One note card. `note`: { id, careAt, writtenAt, category, text, author: { name, role } }. */
export function renderNoteCard(doc, note, now) {
  const card = el(doc, 'article', 'wl-card');
  card.setAttribute('data-entry', note.id);

  const meta = el(doc, 'div', 'wl-card__meta');
  meta.append(
    el(doc, 'time', 'wl-when', formatWhen(note.careAt, now)),
    doc.createTextNode(' '),
    el(doc, 'span', 'wl-logged', formatLogged(note.writtenAt, now)),
    doc.createTextNode(' '),
    el(doc, 'span', 'wl-tag', note.category),
  );

  const by = el(doc, 'footer', 'wl-card__by');
  const person = el(doc, 'div', 'wl-person');
  person.append(el(doc, 'span', 'wl-person__name', note.author.name), el(doc, 'small', 'wl-person__role', note.author.role));
  by.append(person);

  card.append(meta, el(doc, 'p', 'wl-body', note.text), by);
  return card;
}

/** `<section class="wl-feed">` holding cards. */
export function renderFeed(doc, notes, now) {
  const feed = el(doc, 'section', 'wl-feed');
  for (const n of notes) feed.append(renderNoteCard(doc, n, now));
  return feed;
}

/** The infinite-scroll sentinel; `data-state` is 'idle', 'loading', 'done' or 'error'. */
export function renderSentinel(doc, state = 'idle') {
  const s = el(doc, 'div', 'wl-sentinel');
  s.setAttribute('data-state', state);
  return s;
}

/** The whole notes view (header, tabs, feed, sentinel), as the children of main#app. */
export function renderNotesView(doc, resident, notes, now, done = false) {
  const frag = doc.createDocumentFragment();
  frag.append(
    renderResidentHeader(doc, resident),
    renderTabs(doc, resident.id, 'notes'),
    renderFeed(doc, notes, now),
    renderSentinel(doc, done ? 'done' : 'idle'),
  );
  return frag;
}

/**
 * `<ul class="wl-plan">` of sections: { key, name, lastUpdated, changeInNeed? }. Willow shows no
 * review date and no history: the "only last updated" kind of care system.
 */
export function renderCarePlan(doc, sections) {
  const ul = el(doc, 'ul', 'wl-plan');
  for (const s of sections) {
    const li = el(doc, 'li', 'wl-plan-item');
    li.setAttribute('data-section', s.key);
    const dl = doc.createElement('dl');
    dl.append(el(doc, 'dt', '', 'Updated'), el(doc, 'dd', 'wl-updated', formatPlanDate(s.lastUpdated)));
    if (s.changeInNeed !== undefined && s.changeInNeed !== null) {
      dl.append(el(doc, 'dt', '', 'Change in need'), el(doc, 'dd', 'wl-change', formatPlanDate(s.changeInNeed)));
    }
    li.append(el(doc, 'h3', 'wl-plan-title', s.name), dl);
    ul.append(li);
  }
  return ul;
}

/** The whole care-plan tab (header, tabs, plan), as the children of main#app. */
export function renderCarePlanView(doc, resident, sections) {
  const frag = doc.createDocumentFragment();
  frag.append(renderResidentHeader(doc, resident), renderTabs(doc, resident.id, 'care-plan'), renderCarePlan(doc, sections));
  return frag;
}

/** A plain message ("Loading…", "Resident not found"). */
export function renderMessage(doc, text) {
  return el(doc, 'p', 'wl-message', text);
}
