// Willow (demo vendor): the single-page app. Client-side routing with history.pushState, data
// from its own JSON API, and a notes feed that loads 30 cards at a time as you scroll (an
// IntersectionObserver on div.wl-sentinel). Like real SPAs, content appears after page load and
// the page changes without navigation, which is what Record Lens has to cope with.
import {
  renderCarePlanView,
  renderMessage,
  renderNoteCard,
  renderNotesView,
  renderResidentList,
} from './render.js';

const PAGE = 30;
const app = document.getElementById('app');
/** Bumped on every route change, so answers for a page the user has left are dropped. */
let generation = 0;
/** @type {IntersectionObserver | null} */
let observer = null;

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const err = new Error(`${res.status} ${path}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

function parseRoute(pathname) {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/willow' || path === '/willow/residents') return { view: 'residents' };
  let m = /^\/willow\/residents\/([^/]+)$/.exec(path);
  if (m) return { view: 'notes', id: decodeURIComponent(m[1]) };
  m = /^\/willow\/residents\/([^/]+)\/care-plan$/.exec(path);
  if (m) return { view: 'care-plan', id: decodeURIComponent(m[1]) };
  return { view: 'unknown' };
}

function replaceApp(...nodes) {
  app.replaceChildren(...nodes);
}

function showError(err) {
  replaceApp(renderMessage(document, err && err.status === 404 ? 'Resident not found.' : 'Something went wrong loading this page.'));
}

async function showResidents(gen) {
  const residents = await api('/willow/api/residents');
  if (gen !== generation) return;
  document.title = 'Residents - Willow Care';
  replaceApp(renderResidentList(document, residents));
}

async function showNotes(gen, id) {
  const first = await api(`/willow/api/residents/${encodeURIComponent(id)}/notes?offset=0&limit=${PAGE}`);
  if (gen !== generation) return;
  document.title = `${first.resident.name} - Notes - Willow Care`;
  let loaded = first.notes.length;
  const total = first.total;
  replaceApp(renderNotesView(document, first.resident, first.notes, Date.now(), loaded >= total));

  const feed = app.querySelector('.wl-feed');
  const sentinel = app.querySelector('.wl-sentinel');
  if (loaded >= total) return;

  let loading = false;
  observer = new IntersectionObserver(async (entries) => {
    if (!entries.some((e) => e.isIntersecting) || loading || loaded >= total) return;
    loading = true;
    sentinel.setAttribute('data-state', 'loading');
    feed.setAttribute('aria-busy', 'true');
    let more = null;
    try {
      more = await api(`/willow/api/residents/${encodeURIComponent(id)}/notes?offset=${loaded}&limit=${PAGE}`);
    } catch {
      more = null;
    } finally {
      loading = false;
    }
    if (gen !== generation) return;
    feed.removeAttribute('aria-busy');
    if (!more) {
      // Stop rather than retry in a tight loop; a reload starts again.
      sentinel.setAttribute('data-state', 'error');
      observer?.disconnect();
      return;
    }
    const now = Date.now();
    for (const n of more.notes) feed.append(renderNoteCard(document, n, now));
    loaded += more.notes.length;
    const done = loaded >= total;
    sentinel.setAttribute('data-state', done ? 'done' : 'idle');
    if (done) {
      observer?.disconnect();
    } else if (observer) {
      // Re-observe: if the sentinel is still on screen (a tall window), this fires again.
      observer.unobserve(sentinel);
      observer.observe(sentinel);
    }
  }, { rootMargin: '0px 0px 200px 0px' });
  observer.observe(sentinel);
}

async function showCarePlan(gen, id) {
  const plan = await api(`/willow/api/residents/${encodeURIComponent(id)}/care-plan`);
  if (gen !== generation) return;
  document.title = `${plan.resident.name} - Care plan - Willow Care`;
  replaceApp(renderCarePlanView(document, plan.resident, plan.sections));
}

async function show(pathname) {
  const gen = ++generation;
  observer?.disconnect();
  observer = null;
  app.setAttribute('aria-busy', 'true');
  const route = parseRoute(pathname);
  try {
    if (route.view === 'residents') await showResidents(gen);
    else if (route.view === 'notes') await showNotes(gen, route.id);
    else if (route.view === 'care-plan') await showCarePlan(gen, route.id);
    else replaceApp(renderMessage(document, 'Page not found.'));
  } catch (err) {
    if (gen === generation) showError(err);
  } finally {
    if (gen === generation) app.setAttribute('aria-busy', 'false');
  }
}

function navigate(href) {
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  show(location.pathname);
}

// Intercept same-app links so moving between views never reloads the page.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || a.target) return;
  const url = new URL(a.getAttribute('href'), location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/willow/') || url.pathname.startsWith('/willow/api/')) return;
  event.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => show(location.pathname));

show(location.pathname);
