import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from './generator/index';
import { formatDmy, formatDmyHm } from './london-time';
import { startCareSystem, type CareSystem } from './server';
import { STORY } from './story';
import { TEST_NOW } from './test-fixtures';

const HOSTILE = `<img src=x onerror=alert(1)></td><script>alert("x")</script> & 'quotes'`;
const HOSTILE_NAME = `O'Brien <b>Bold</b> & Co`;

let system: CareSystem;
let hostileNote: Note;

const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');
const get = async (path: string) => {
  const res = await fetch(system.url + path, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
};
const newestFirst = (residentId: string): Note[] =>
  system.data.notes.filter((n) => n.residentId === residentId).sort((a, b) => b.careAt - a.careAt);

beforeAll(async () => {
  system = await startCareSystem({
    port: 0,
    now: TEST_NOW,
    apiDelayMs: { min: 0, max: 0 },
    mutate: (data) => {
      // Later tests inject hostile text; the pages must show it as text, never as markup.
      const r2 = data.notes.filter((n) => n.residentId === 'R002');
      const newest = r2[r2.length - 1] as Note;
      newest.text = HOSTILE;
      hostileNote = newest;
      (data.residents[2] as { name: string }).name = HOSTILE_NAME;
    },
  });
});
afterAll(async () => {
  await system.close();
  await window.happyDOM.close();
});

describe('care system server', () => {
  it('listens on a random loopback port and serves an index of both vendors', async () => {
    expect(system.port).toBeGreaterThan(0);
    expect(system.url).toBe(`http://127.0.0.1:${system.port}`);
    const { status, headers, body } = await get('/');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    const doc = parse(body);
    expect([...doc.querySelectorAll('a.vendor-link')].map((a) => a.getAttribute('href'))).toEqual(['/harbour/residents', '/willow/']);
  });

  it('answers unknown paths with a 404 page', async () => {
    for (const path of ['/nope', '/harbour/residents/R999/notes', '/harbour/residents/R999/care-plan', '/harbour/residents/R001/notes/extra', '/willow/missing.js']) {
      const { status, body } = await get(path);
      expect([path, status]).toEqual([path, 404]);
      expect(body).toContain('Not found');
    }
    const hostilePath = await get('/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(hostilePath.status).toBe(404);
    expect(hostilePath.body).not.toContain('<script>');
  });

  it('redirects the vendor roots', async () => {
    expect((await get('/harbour')).headers.get('location')).toBe('/harbour/residents');
    expect((await get('/willow')).headers.get('location')).toBe('/willow/');
  });
});

describe('Harbour', () => {
  it('lists residents with links to their notes and their unit', async () => {
    const doc = parse((await get('/harbour/residents')).body);
    const items = [...doc.querySelectorAll('ul.resident-list li')];
    expect(items).toHaveLength(STORY.residentCount);
    const first = items[0];
    expect(first?.querySelector('a.resident-link')?.getAttribute('href')).toBe('/harbour/residents/R001/notes');
    expect(first?.querySelector('a.resident-link')?.textContent).toBe(system.data.residents[0]?.name);
    expect(first?.querySelector('span.unit')?.textContent).toBe('Oak');
  });

  it('shows 50 notes a page, newest first, with the right page count and pager', async () => {
    const notes = newestFirst('R001');
    const pages = Math.ceil(notes.length / 50);
    const { status, body } = await get('/harbour/residents/R001/notes');
    expect(status).toBe(200);
    const doc = parse(body);
    expect(doc.querySelector('h1.resident-name')?.getAttribute('data-resident-id')).toBe('R001');
    expect(doc.querySelector('h1.resident-name')?.textContent).toBe(system.data.residents[0]?.name);
    expect(doc.querySelector('p.resident-unit')?.textContent).toBe('Unit: Oak');
    expect(doc.querySelector('a.care-plan-link')?.getAttribute('href')).toBe('/harbour/residents/R001/care-plan');
    expect([...doc.querySelectorAll('table#daily-notes.notes-table thead th')].map((th) => th.textContent)).toEqual([
      'Time of care', 'Written', 'Author', 'Category', 'Unit', 'Note',
    ]);

    const rows = [...doc.querySelectorAll('table.notes-table tbody tr.note-row')];
    expect(rows).toHaveLength(50);
    expect(rows.map((r) => r.getAttribute('data-note-id'))).toEqual(notes.slice(0, 50).map((n) => n.id));
    const staff = new Map(system.data.staff.map((s) => [s.id, s]));
    const first = notes[0] as Note;
    const row = rows[0];
    expect(row?.querySelector('td.col-care-time')?.textContent).toBe(formatDmyHm(first.careAt));
    expect(row?.querySelector('td.col-care-time')?.textContent).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(row?.querySelector('td.col-written')?.textContent).toBe(formatDmyHm(first.writtenAt));
    expect(row?.querySelector('.col-author .author-name')?.textContent).toBe(staff.get(first.authorId)?.name);
    expect(row?.querySelector('.col-author .author-role')?.textContent).toBe(staff.get(first.authorId)?.role);
    expect(row?.querySelector('td.col-category')?.textContent).toBe(first.category);
    expect(row?.querySelector('td.col-unit')?.textContent).toBe('Oak');
    expect(row?.querySelector('td.col-text')?.textContent).toBe(first.text);

    const pager = doc.querySelector('nav.pager[aria-label="Pages"]');
    expect(pager?.querySelector('.page-info')?.textContent).toBe(`Page 1 of ${pages}`);
    expect(pager?.querySelector('a[rel="prev"]')).toBeNull();
    expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('?page=2');
    expect(doc.querySelectorAll('nav.pager')).toHaveLength(1);
  });

  it('pages through to the last page, and 404s outside the range', async () => {
    const notes = newestFirst('R001');
    const pages = Math.ceil(notes.length / 50);
    const middle = parse((await get('/harbour/residents/R001/notes?page=2')).body);
    expect(middle.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('?page=1');
    expect(middle.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('?page=3');
    expect(middle.querySelector('tr.note-row')?.getAttribute('data-note-id')).toBe(notes[50]?.id);

    const last = parse((await get(`/harbour/residents/R001/notes?page=${pages}`)).body);
    expect(last.querySelectorAll('tr.note-row')).toHaveLength(notes.length - (pages - 1) * 50);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect(last.querySelector('.page-info')?.textContent).toBe(`Page ${pages} of ${pages}`);
    for (const bad of ['0', String(pages + 1), 'abc', '-1']) {
      expect((await get(`/harbour/residents/R001/notes?page=${bad}`)).status).toBe(404);
    }
  });

  it('escapes note text and names (hostile text stays text)', async () => {
    const { body } = await get('/harbour/residents/R002/notes');
    expect(body).not.toContain('<img src=x');
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    const doc = parse(body);
    const row = doc.querySelector(`tr.note-row[data-note-id="${hostileNote.id}"]`);
    expect(row?.querySelector('td.col-text')?.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll('img, main script')).toHaveLength(0);
    expect(row?.querySelectorAll('td')).toHaveLength(6);

    const named = parse((await get('/harbour/residents/R003/notes')).body);
    expect(named.querySelector('h1.resident-name')?.textContent).toBe(HOSTILE_NAME);
    expect(named.querySelectorAll('main b')).toHaveLength(0);
  });

  it('shows the care plan: 8 sections with updated, review-due and change-in-need dates', async () => {
    const plan = system.data.carePlans.find((p) => p.residentId === 'R001');
    const doc = parse((await get('/harbour/residents/R001/care-plan')).body);
    expect(doc.querySelector('h1.resident-name')?.getAttribute('data-resident-id')).toBe('R001');
    expect(doc.querySelector('p.resident-unit')?.textContent).toBe('Unit: Oak');
    const rows = [...doc.querySelectorAll('table.care-plan tbody tr.cp-section')];
    expect(rows.map((r) => r.getAttribute('data-section'))).toEqual(plan?.sections.map((s) => s.key));
    expect(rows.map((r) => r.querySelector('th.cp-name')?.textContent)).toEqual([...STORY.carePlan.sections]);
    plan?.sections.forEach((s, i) => {
      const row = rows[i];
      expect(row?.querySelector('td.cp-updated')?.textContent).toBe(`Last updated: ${formatDmy(s.lastUpdated)}`);
      expect(row?.querySelector('td.cp-review')?.textContent).toBe(`Review due: ${formatDmy(s.reviewDue)}`);
      expect(row?.querySelector('td.cp-change')?.textContent).toBe(
        s.changeInNeed === undefined ? '' : `Change in need reported: ${formatDmy(s.changeInNeed)}`,
      );
    });
  });

  it('shows a pending change in need somewhere in the home', async () => {
    const withChange = system.data.carePlans.find((p) => p.sections.some((s) => s.changeInNeed !== undefined));
    expect(withChange).toBeDefined();
    const doc = parse((await get(`/harbour/residents/${withChange?.residentId}/care-plan`)).body);
    const cells = [...doc.querySelectorAll('td.cp-change')].map((td) => td.textContent);
    expect(cells.some((t) => /^Change in need reported: \d{2}\/\d{2}\/\d{4}$/.test(t ?? ''))).toBe(true);
  });
});

describe('Willow', () => {
  it('serves the same SPA shell for every app route, and its static files', async () => {
    for (const path of ['/willow/', '/willow/residents/R001', '/willow/residents/R001/care-plan', '/willow/anything/else']) {
      const { status, headers, body } = await get(path);
      expect([path, status]).toEqual([path, 200]);
      expect(headers.get('content-type')).toContain('text/html');
      const doc = parse(body);
      expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/willow/app.js');
      expect(doc.querySelector('main#app')).not.toBeNull();
    }
    for (const [file, marker] of [['app.js', "from './render.js'"], ['render.js', 'export function renderNoteCard']]) {
      const { status, headers, body } = await get(`/willow/${file}`);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toContain('javascript');
      expect(body).toContain(marker);
    }
    expect((await get('/willow/style.css')).headers.get('content-type')).toContain('text/css');
  });

  it('has a JSON API for residents, notes (paged, newest first) and the care plan', async () => {
    const residents = JSON.parse((await get('/willow/api/residents')).body) as { id: string }[];
    expect(residents).toHaveLength(STORY.residentCount);

    const notes = newestFirst('R001');
    const page1 = JSON.parse((await get('/willow/api/residents/R001/notes?offset=0&limit=30')).body);
    expect(page1.total).toBe(notes.length);
    expect(page1.resident).toEqual({ id: 'R001', name: system.data.residents[0]?.name, unit: 'Oak' });
    expect(page1.notes.map((n: { id: string }) => n.id)).toEqual(notes.slice(0, 30).map((n) => n.id));
    expect(Object.keys(page1.notes[0]).sort()).toEqual(['author', 'careAt', 'category', 'id', 'text', 'unit', 'writtenAt']);
    const page2 = JSON.parse((await get('/willow/api/residents/R001/notes?offset=30&limit=30')).body);
    expect(page2.notes.map((n: { id: string }) => n.id)).toEqual(notes.slice(30, 60).map((n) => n.id));
    const defaults = JSON.parse((await get('/willow/api/residents/R001/notes')).body);
    expect(defaults.notes).toHaveLength(30);
    const tail = JSON.parse((await get(`/willow/api/residents/R001/notes?offset=${notes.length - 7}&limit=30`)).body);
    expect(tail.notes).toHaveLength(7);

    expect((await get('/willow/api/residents/R001/notes?limit=0')).status).toBe(400);
    expect((await get('/willow/api/residents/R001/notes?offset=-3')).status).toBe(400);
    expect((await get('/willow/api/residents/R999/notes')).status).toBe(404);
    expect((await get('/willow/api/nothing')).status).toBe(404);

    const plan = JSON.parse((await get('/willow/api/residents/R001/care-plan')).body);
    expect(plan.sections).toHaveLength(8);
    expect(plan.sections[0]).toMatchObject({ key: 'mobility', name: 'Mobility' });
  });

  it('delays API answers by default, so content appears after page load', async () => {
    const slow = await startCareSystem({ now: TEST_NOW });
    try {
      const t0 = performance.now();
      const res = await fetch(`${slow.url}/willow/api/residents`);
      await res.text();
      expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
    } finally {
      await slow.close();
    }
  });
});
