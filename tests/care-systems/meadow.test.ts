/**
 * Vendor "Meadow" (no built-in recipe): the markup contract a point-and-click recipe will rely on,
 * checked against the generator's data with formats restated independently of meadow.ts (Intl for
 * the London calendar, a hand-written ordinal table).
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from './generator/index';
import { formatDMonY, formatDmyHm } from './london-time';
import { formatClock12, formatMeadowCareTime, meadowDefaultRange, ordinal, syntheticNhsNumber } from './meadow';
import { startCareSystem, type CareSystem } from './server';
import { STORY } from './story';
import { TEST_NOW } from './test-fixtures';

const HOSTILE = `<img src=x onerror=alert(1)></dd></dl><script>alert("x")</script> & 'quotes'`;
const HOSTILE_NAME = `O'Brien <b>Bold</b> & Co`;
/** R004's notes moved to 10 Nov 2026 (GMT) at 00:30 and at exactly noon. */
const MIDNIGHT_HOUR = Date.UTC(2026, 10, 10, 0, 30);
const NOON = Date.UTC(2026, 10, 10, 12, 0);

let system: CareSystem;
let hostileNote: Note;

const window = new Window();
const parse = (body: string) => new window.DOMParser().parseFromString(body, 'text/html');
const get = async (path: string) => {
  const res = await fetch(system.url + path, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
};

// --- Independent restatement of the formats -------------------------------------------------
const LONDON = 'Europe/London';
/** London calendar day "YYYY-MM-DD" of an instant. */
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });
const dayKey = (ms: number) => dayKeyFormat.format(ms);
const SUFFIX = 'st nd rd th th th th th th th th th th th th th th th th th st nd rd th th th th th th th st'.split(' ');
const careFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h12',
});
/** "Mon 23rd November 2026, 2:05pm" */
const expectedStamp = (ms: number): string => {
  const p = Object.fromEntries(careFormat.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const day = Number(p.day);
  return `${p.weekday} ${day}${SUFFIX[day - 1]} ${p.month} ${p.year}, ${p.hour}:${p.minute}${String(p.dayPeriod).toLowerCase()}`;
};
const addDays = (key: string, n: number) => new Date(Date.parse(`${key}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const byResident = new Map<string, Note[]>();
/** The generator's notes of a resident, newest first (data is fixed once the server started). */
const newestFirst = (residentId: string): Note[] => {
  let list = byResident.get(residentId);
  if (!list) {
    list = system.data.notes.filter((n) => n.residentId === residentId).sort((a, b) => b.careAt - a.careAt || (a.id < b.id ? 1 : -1));
    byResident.set(residentId, list);
  }
  return list;
};
const inRange = (residentId: string, from: string, to: string): Note[] =>
  newestFirst(residentId).filter((n) => dayKey(n.careAt) >= from && dayKey(n.careAt) <= to);

beforeAll(async () => {
  system = await startCareSystem({
    port: 0,
    now: TEST_NOW,
    apiDelayMs: { min: 0, max: 0 },
    mutate: (data) => {
      const r2 = data.notes.filter((n) => n.residentId === 'R002');
      hostileNote = r2[r2.length - 1] as Note;
      hostileNote.text = HOSTILE;
      (data.residents[2] as { name: string }).name = HOSTILE_NAME;
      const r4 = data.notes.filter((n) => n.residentId === 'R004' && dayKey(n.careAt) === '2026-11-10');
      (r4[0] as Note).careAt = MIDNIGHT_HOUR;
      (r4[2] as Note).careAt = NOON;
    },
  });
});
afterAll(async () => {
  await system.close();
  await window.happyDOM.close();
});

describe('Meadow date formats', () => {
  it('writes ordinals for every kind of day', () => {
    const cases: [number, string][] = [
      [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
      [14, '14th'], [20, '20th'], [21, '21st'], [22, '22nd'], [23, '23rd'], [24, '24th'], [30, '30th'], [31, '31st'],
    ];
    for (const [n, want] of cases) expect(ordinal(n)).toBe(want);
  });

  it('uses a 12-hour clock: noon is 12:00pm, the hour after midnight is 12:xxam', () => {
    expect(formatClock12(0, 0)).toBe('12:00am');
    expect(formatClock12(0, 30)).toBe('12:30am');
    expect(formatClock12(9, 5)).toBe('9:05am');
    expect(formatClock12(11, 59)).toBe('11:59am');
    expect(formatClock12(12, 0)).toBe('12:00pm');
    expect(formatClock12(12, 59)).toBe('12:59pm');
    expect(formatClock12(14, 5)).toBe('2:05pm');
    expect(formatClock12(23, 59)).toBe('11:59pm');
  });

  it('writes the time of care in London time, across both clock changes', () => {
    const cases: [number, string][] = [
      [Date.UTC(2026, 10, 23, 14, 5), 'Mon 23rd November 2026, 2:05pm'],
      [Date.UTC(2026, 10, 1, 12, 0), 'Sun 1st November 2026, 12:00pm'],
      [Date.UTC(2026, 10, 2, 8, 0), 'Mon 2nd November 2026, 8:00am'],
      [Date.UTC(2026, 10, 3, 0, 30), 'Tue 3rd November 2026, 12:30am'],
      [Date.UTC(2026, 10, 4, 23, 59), 'Wed 4th November 2026, 11:59pm'],
      [Date.UTC(2026, 10, 11, 10, 0), 'Wed 11th November 2026, 10:00am'],
      [Date.UTC(2026, 10, 12, 13, 1), 'Thu 12th November 2026, 1:01pm'],
      [Date.UTC(2026, 10, 13, 7, 45), 'Fri 13th November 2026, 7:45am'],
      [Date.UTC(2026, 10, 21, 21, 0), 'Sat 21st November 2026, 9:00pm'],
      [Date.UTC(2026, 10, 22, 6, 10), 'Sun 22nd November 2026, 6:10am'],
      // British Summer Time: 23:30 UTC on 21 July is 00:30 on the 22nd in London.
      [Date.UTC(2026, 6, 21, 23, 30), 'Wed 22nd July 2026, 12:30am'],
      [Date.UTC(2026, 6, 22, 11, 0), 'Wed 22nd July 2026, 12:00pm'],
    ];
    for (const [ms, want] of cases) {
      expect(formatMeadowCareTime(ms)).toBe(want);
      expect(expectedStamp(ms)).toBe(want); // the test's own restatement agrees
    }
  });

  it('defaults the journal to the last 7 London days, today included', () => {
    expect(meadowDefaultRange(TEST_NOW)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    // 00:30 BST on 1 July is still 30 June in UTC.
    expect(meadowDefaultRange(Date.UTC(2026, 5, 30, 23, 30))).toEqual({ from: '2026-06-25', to: '2026-07-01' });
    expect(meadowDefaultRange(Date.UTC(2026, 2, 3, 10, 0))).toEqual({ from: '2026-02-25', to: '2026-03-03' });
  });

  it('makes synthetic NHS-style numbers in the never-issued 999 range with a valid check digit', () => {
    const seen = new Set<string>();
    for (let i = 1; i <= STORY.residentCount; i++) {
      const nhs = syntheticNhsNumber(`R${String(i).padStart(3, '0')}`);
      expect(nhs).toMatch(/^999 \d{3} \d{4}$/);
      const digits = nhs.replace(/ /g, '');
      const sum = [...digits.slice(0, 9)].reduce((acc, c, k) => acc + Number(c) * (10 - k), 0);
      expect((11 - (sum % 11)) % 11).toBe(Number(digits[9]));
      seen.add(nhs);
    }
    expect(seen.size).toBe(STORY.residentCount);
  });
});

describe('Meadow pages', () => {
  it('is linked from the index (apart from the recipe vendors) and redirects /meadow', async () => {
    const doc = parse((await get('/')).body);
    const link = doc.querySelector('a.untaught-vendor-link[data-vendor="meadow"]');
    expect(link?.getAttribute('href')).toBe('/meadow/');
    expect(link?.textContent).toBe('Meadow Care Manager');
    const redirect = await get('/meadow');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/meadow/');
  });

  it('lists people with links, unit and room', async () => {
    const { status, headers, body } = await get('/meadow/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    const doc = parse(body);
    expect(doc.querySelector('#mdw-head')?.textContent).toContain('Meadow Care Manager');
    const links = [...doc.querySelectorAll('table.people a.person-link')];
    expect(links).toHaveLength(STORY.residentCount);
    expect(links[0]?.getAttribute('href')).toBe('/meadow/people/R001');
    expect(links.map((a) => a.textContent)).toEqual(system.data.residents.map((r) => r.name));
    const firstRow = links[0]?.closest('tr');
    expect(firstRow?.querySelector('td.ward')?.textContent).toBe('Oak');
    expect(firstRow?.querySelector('td.room')?.textContent).toBe('101');
  });

  it('shows the banner and an iframe on the last 7 London days', async () => {
    const doc = parse((await get('/meadow/people/R001')).body);
    const banner = doc.querySelector('.banner');
    expect(banner?.querySelector('.res-name')?.textContent).toBe(system.data.residents[0]?.name);
    expect(banner?.querySelector('span.ward')?.textContent).toBe('Oak');
    expect(banner?.querySelector('.room')?.textContent).toBe('101');
    expect(banner?.querySelector('.nhs-no')?.textContent).toBe(syntheticNhsNumber('R001'));
    const frame = doc.querySelector('iframe#journal-frame');
    expect(frame?.getAttribute('title')).toBe('Daily journal');
    expect(frame?.getAttribute('src')).toBe('/meadow/people/R001/journal?from=2026-11-17&to=2026-11-23');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('a.plan-link')?.getAttribute('href')).toBe('/meadow/people/R001/plan');
    expect(doc.querySelector('a.plan-link')?.textContent).toBe('Care plan');
    // The notes are only in the frame, never in the outer page.
    expect(doc.querySelector('.entry, dl.journal')).toBeNull();
  });

  it('renders the journal for a range: exactly that London range, newest first, every field', async () => {
    const from = '2026-10-22';
    const to = '2026-10-28'; // across the end of British Summer Time (25 Oct)
    const { status, body } = await get(`/meadow/people/R005/journal?from=${from}&to=${to}`);
    expect(status).toBe(200);
    const doc = parse(body);
    const resident = system.data.residents[4];
    expect(doc.querySelector('h2.j-title')?.textContent).toBe(`Journal for ${resident?.name}`);
    expect(doc.querySelector('h2.j-title .j-person')?.textContent).toBe(resident?.name);
    expect(doc.querySelector('.ward')).toBeNull(); // the unit is only in the outer banner

    const expected = inRange('R005', from, to);
    expect(expected.length).toBeGreaterThan(35);
    const entries = [...doc.querySelectorAll('dl.journal > div.entry')];
    expect(entries.map((e) => e.id)).toEqual(expected.map((n) => `e-${n.id}`));
    const staff = new Map(system.data.staff.map((s) => [s.id, s]));
    entries.forEach((e, i) => {
      const n = expected[i] as Note;
      const author = staff.get(n.authorId);
      expect(e.querySelector('dt > span.stamp')?.textContent).toBe(expectedStamp(n.careAt));
      expect(e.querySelector('dt > span.kind')?.textContent).toBe(n.category);
      expect(e.querySelector('dt')?.textContent).toBe(`${expectedStamp(n.careAt)} · ${n.category}`);
      expect(e.querySelector('dd.what')?.textContent).toBe(n.text);
      expect(e.querySelector('dd.who')?.textContent).toBe(`${author?.name} (${author?.role})`);
      expect(e.querySelector('dd.who em')?.textContent).toBe(`(${author?.role})`);
      expect(e.querySelector('dd.entered')?.textContent).toBe(`Entered ${formatDmyHm(n.writtenAt)}`);
      expect(e.querySelector('dd.entered')?.textContent).toMatch(/^Entered \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(e.querySelectorAll('dt')).toHaveLength(1);
      expect(e.querySelectorAll('dd')).toHaveLength(3);
    });
    expect(doc.querySelector('a.older')?.getAttribute('href')).toBe('journal?from=2026-10-15&to=2026-10-21');
    expect(doc.querySelector('a.newer')?.getAttribute('href')).toBe('journal?from=2026-10-29&to=2026-11-04');
  });

  it('shows noon and the hour after midnight on the 12-hour clock', async () => {
    const doc = parse((await get('/meadow/people/R004/journal?from=2026-11-10&to=2026-11-10')).body);
    const stamps = [...doc.querySelectorAll('span.stamp')].map((s) => s.textContent);
    expect(stamps).toContain('Tue 10th November 2026, 12:30am');
    expect(stamps).toContain('Tue 10th November 2026, 12:00pm');
    expect(stamps[stamps.length - 1]).toBe('Tue 10th November 2026, 12:30am'); // oldest, so last
    expect(stamps).toEqual(inRange('R004', '2026-11-10', '2026-11-10').map((n) => expectedStamp(n.careAt)));
  });

  it('chains older/newer windows back to the first note with no gaps or overlaps', async () => {
    const all = newestFirst('R001');
    const firstDay = dayKey((all[all.length - 1] as Note).careAt);
    let url = new URL(system.url + '/meadow/people/R001/journal?from=2026-11-17&to=2026-11-23');
    const windows: string[] = [];
    const seen: string[] = [];
    const stamps = new Set<string>();
    for (;;) {
      const { status, body } = await get(url.pathname + url.search);
      expect([url.search, status]).toEqual([url.search, 200]);
      const doc = parse(body);
      const from = url.searchParams.get('from') as string;
      const to = url.searchParams.get('to') as string;
      const ids = [...doc.querySelectorAll('dl.journal > .entry')].map((e) => e.id.replace(/^e-/, ''));
      expect(ids).toEqual(inRange('R001', from, to).map((n) => n.id));
      seen.push(...ids);
      for (const s of doc.querySelectorAll('span.stamp')) stamps.add(s.textContent ?? '');

      const newer = doc.querySelector('a.newer')?.getAttribute('href');
      if (windows.length === 0) expect(newer).toBeUndefined();
      else expect(new URL(newer as string, url).href).toBe(windows[windows.length - 1]);
      windows.push(url.href);

      expect(addDays(from, 6)).toBe(to); // every window is 7 London days
      const older = doc.querySelector('a.older')?.getAttribute('href');
      if (!older) {
        expect(from <= firstDay && firstDay <= to).toBe(true);
        break;
      }
      expect(older).toMatch(/^journal\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
      const next = new URL(older, url);
      expect(next.pathname).toBe('/meadow/people/R001/journal');
      expect(next.searchParams.get('to')).toBe(addDays(from, -1));
      url = next;
      expect(windows.length).toBeLessThan(60);
    }
    expect(windows.length).toBe(53);
    expect(seen).toEqual(all.map((n) => n.id));
    expect(new Set(seen).size).toBe(seen.length);
    // A year of notes covers every ordinal and both halves of the 12-hour clock.
    const suffixes = new Set([...stamps].map((s) => /^\w{3} (\d+(?:st|nd|rd|th)) /.exec(s)?.[1]));
    for (const d of ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st']) expect(suffixes).toContain(d);
    expect([...stamps].some((s) => / 12:\d{2}pm$/.test(s))).toBe(true);
    expect([...stamps].some((s) => / 1:\d{2}pm$/.test(s))).toBe(true);
  }, 30_000);

  it('escapes hostile note text and names everywhere', async () => {
    const journal = await get(`/meadow/people/R002/journal?from=${dayKey(hostileNote.careAt)}&to=${dayKey(hostileNote.careAt)}`);
    expect(journal.body).not.toContain('<img src=x');
    expect(journal.body).not.toContain('<script>alert');
    expect(journal.body).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/dd&gt;&lt;/dl&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    const doc = parse(journal.body);
    expect(doc.querySelector(`#e-${hostileNote.id} dd.what`)?.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelectorAll('dl.journal')).toHaveLength(1);
    expect(doc.querySelector('dl.journal > .entry')?.id).toBe(`e-${hostileNote.id}`);

    for (const path of ['/meadow/people/R003', '/meadow/people/R003/journal', '/meadow/people/R003/plan', '/meadow/']) {
      const { status, body } = await get(path);
      expect([path, status]).toEqual([path, 200]);
      expect(body).not.toContain('<b>Bold</b>');
      expect(body).toContain('O&#39;Brien &lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    }
    const page = parse((await get('/meadow/people/R003')).body);
    expect(page.querySelector('.banner .res-name')?.textContent).toBe(HOSTILE_NAME);
    expect(parse((await get('/meadow/people/R003/journal')).body).querySelector('.j-person')?.textContent).toBe(HOSTILE_NAME);

    const hostilePath = await get('/meadow/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(hostilePath.status).toBe(404);
    expect(hostilePath.body).not.toContain('<script>');
  });

  it('answers unknown people, paths and ranges with 404', async () => {
    for (const path of [
      '/meadow/nope',
      '/meadow/people',
      '/meadow/people/R999',
      '/meadow/people/R999/journal?from=2026-11-17&to=2026-11-23',
      '/meadow/people/R999/plan',
      '/meadow/people/R001/extra',
      '/meadow/people/R001/journal/more',
      '/meadow/people/%E0%A4%A/plan',
      '/meadow/people/R001/journal?from=2020-01-01&to=2020-01-07', // before the first note
      '/meadow/people/R001/journal?from=2026-11-24&to=2026-11-30', // after today
    ]) {
      const { status, body } = await get(path);
      expect([path, status]).toEqual([path, 404]);
      expect(parse(body).querySelector('h1')?.textContent).toBe('Not found');
    }
  });

  it('answers malformed ranges with 400 and a message', async () => {
    const cases: [string, RegExp][] = [
      ['from=2026-11-17', /Both "from" and "to"/],
      ['to=2026-11-17', /Both "from" and "to"/],
      ['from=&to=2026-11-17', /"from" is not a date/],
      ['from=17/11/2026&to=2026-11-23', /"from" is not a date/],
      ['from=2026-02-30&to=2026-03-02', /"from" is not a date/],
      ['from=2026-11-17&to=2026-13-01', /"to" is not a date/],
      ['from=2026-11-17&to=2026-11-7', /"to" is not a date/],
      ['from=2026-11-23&to=2026-11-17', /is after "to"/],
      ['from=2026-10-01&to=2026-11-01', /at most 31 days/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await get(`/meadow/people/R001/journal?${query}`);
      expect([query, status]).toEqual([query, 400]);
      const doc = parse(body);
      expect(doc.querySelector('h1')?.textContent).toBe('Bad request');
      expect(doc.querySelector('.mdw-message')?.textContent).toMatch(message);
    }
    // 31 days is allowed, as is a range that runs past today (no newer link then).
    expect((await get('/meadow/people/R001/journal?from=2026-10-01&to=2026-10-31')).status).toBe(200);
    const edge = parse((await get('/meadow/people/R001/journal?from=2026-11-20&to=2026-11-26')).body);
    expect(edge.querySelector('a.newer')).toBeNull();
    expect(edge.querySelectorAll('.entry')).toHaveLength(inRange('R001', '2026-11-20', '2026-11-26').length);
    // No range at all means the default window.
    const bare = parse((await get('/meadow/people/R001/journal')).body);
    expect([...bare.querySelectorAll('.entry')].map((e) => e.id)).toEqual(inRange('R001', '2026-11-17', '2026-11-23').map((n) => `e-${n.id}`));
  });

  it('shows the care plan as one card per section with reviewed / next review / updated dates', async () => {
    for (const plan of system.data.carePlans.slice(0, 12)) {
      const { status, body } = await get(`/meadow/people/${plan.residentId}/plan`);
      expect(status).toBe(200);
      const doc = parse(body);
      expect(doc.querySelector('iframe')).toBeNull();
      expect(doc.querySelector('.banner')?.getAttribute('data-person')).toBe(plan.residentId);
      expect(doc.querySelector('a.journal-link')?.getAttribute('href')).toBe(`/meadow/people/${plan.residentId}`);
      const cards = [...doc.querySelectorAll('section.plan-card')];
      expect(cards.map((c) => c.getAttribute('data-section'))).toEqual(plan.sections.map((s) => s.key));
      expect(cards.map((c) => c.querySelector('h4')?.textContent)).toEqual([...STORY.carePlan.sections]);
      plan.sections.forEach((s, i) => {
        const card = cards[i];
        const lastReview = s.events.findLast((e) => e.type === 'review')?.at as number;
        expect(card?.querySelector('p.plan-meta')?.textContent).toBe(
          `Reviewed ${formatDMonY(lastReview)} · next review ${formatDMonY(s.reviewDue)} · updated ${formatDMonY(s.lastUpdated)}`,
        );
        expect(card?.querySelector('p.plan-meta')?.textContent).toMatch(
          /^Reviewed \d{1,2} [A-Z][a-z]{2} \d{4} · next review \d{1,2} [A-Z][a-z]{2} \d{4} · updated \d{1,2} [A-Z][a-z]{2} \d{4}$/,
        );
        expect(card?.querySelector('p.plan-flag')?.textContent).toBe(
          s.changeInNeed === undefined ? undefined : `Change in need reported ${formatDMonY(s.changeInNeed)} – plan not yet updated`,
        );
      });
    }
    const flagged = system.data.carePlans.find((p) => p.sections.some((s) => s.changeInNeed !== undefined));
    const doc = parse((await get(`/meadow/people/${flagged?.residentId}/plan`)).body);
    expect(doc.querySelectorAll('p.plan-flag').length).toBeGreaterThan(0);
  });
});
