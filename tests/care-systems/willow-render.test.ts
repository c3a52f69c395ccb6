// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatLogged,
  formatPlanDate,
  formatWhen,
  renderCarePlan,
  renderCarePlanView,
  renderNoteCard,
  renderNotesView,
  renderResidentList,
  type WillowNote,
} from './willow/render.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const resident = { id: 'R001', name: 'Margaret Ellis', unit: 'Oak' };
// Monday 23 Nov 2026 15:00 GMT.
const NOW = Date.UTC(2026, 10, 23, 15, 0);
const note = (over: Partial<WillowNote> = {}): WillowNote => ({
  id: 'N0000123',
  careAt: Date.UTC(2026, 10, 23, 9, 12),
  writtenAt: NOW - 3 * HOUR,
  category: 'Nutrition',
  text: 'Margaret ate half of her porridge at 09:12.',
  author: { name: 'Jane Smith', role: 'Care Assistant' },
  ...over,
});

describe('Willow date formats (London calendar)', () => {
  it('says Today / Yesterday at / d MMM yyyy for the time of care', () => {
    expect(formatWhen(Date.UTC(2026, 10, 23, 9, 12), NOW)).toBe('Today 09:12');
    expect(formatWhen(Date.UTC(2026, 10, 23, 0, 0), NOW)).toBe('Today 00:00');
    expect(formatWhen(Date.UTC(2026, 10, 22, 23, 59), NOW)).toBe('Yesterday at 23:59');
    expect(formatWhen(Date.UTC(2026, 10, 22, 0, 5), NOW)).toBe('Yesterday at 00:05');
    expect(formatWhen(Date.UTC(2026, 10, 21, 23, 59), NOW)).toBe('21 Nov 2026 23:59');
    expect(formatWhen(Date.UTC(2026, 10, 12, 9, 12), NOW)).toBe('12 Nov 2026 09:12');
    expect(formatWhen(Date.UTC(2026, 10, 9, 9, 2), NOW)).toBe('9 Nov 2026 09:02');
    expect(formatWhen(Date.UTC(2026, 8, 9, 8, 0), NOW)).toBe('9 Sep 2026 09:00'); // BST, and "Sep" not "Sept"
  });

  it('uses summer time and the London day, not UTC', () => {
    const justAfterMidnightBst = Date.UTC(2026, 5, 30, 23, 30); // 00:30 on 1 July in London
    expect(formatWhen(Date.UTC(2026, 5, 30, 23, 10), justAfterMidnightBst)).toBe('Today 00:10');
    expect(formatWhen(Date.UTC(2026, 5, 30, 22, 45), justAfterMidnightBst)).toBe('Yesterday at 23:45');
    // Across the spring clock change (29 March 2026, 01:00 GMT -> 02:00 BST).
    expect(formatWhen(Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 30, 9, 0))).toBe('Yesterday at 00:30');
    expect(formatWhen(Date.UTC(2026, 2, 29, 2, 30), Date.UTC(2026, 2, 29, 12, 0))).toBe('Today 03:30');
  });

  it('says how long ago a note was logged', () => {
    expect(formatLogged(NOW - 30_000, NOW)).toBe('logged just now');
    expect(formatLogged(NOW + 5 * MIN, NOW)).toBe('logged just now');
    expect(formatLogged(NOW - MIN, NOW)).toBe('logged 1 minute ago');
    expect(formatLogged(NOW - 59 * MIN - 59_000, NOW)).toBe('logged 59 minutes ago');
    expect(formatLogged(NOW - HOUR, NOW)).toBe('logged 1 hour ago');
    expect(formatLogged(NOW - 3 * HOUR - 20 * MIN, NOW)).toBe('logged 3 hours ago');
    expect(formatLogged(NOW - DAY + MIN, NOW)).toBe('logged 23 hours ago');
    expect(formatLogged(NOW - DAY, NOW)).toBe('logged 1 day ago');
    expect(formatLogged(NOW - 49 * HOUR, NOW)).toBe('logged 2 days ago');
  });

  it('formats care-plan dates as d MMM yyyy', () => {
    expect(formatPlanDate(Date.UTC(2026, 10, 9, 10, 0))).toBe('9 Nov 2026');
    expect(formatPlanDate(Date.UTC(2026, 9, 11, 23, 30))).toBe('12 Oct 2026'); // 00:30 BST next day
  });
});

describe('Willow render functions: the markup contract', () => {
  it('renders a note card', () => {
    const card = renderNoteCard(document, note(), NOW);
    expect(card.outerHTML).toBe(
      '<article class="wl-card" data-entry="N0000123">' +
        '<div class="wl-card__meta"><time class="wl-when">Today 09:12</time> <span class="wl-logged">logged 3 hours ago</span> <span class="wl-tag">Nutrition</span></div>' +
        '<p class="wl-body">Margaret ate half of her porridge at 09:12.</p>' +
        '<footer class="wl-card__by"><div class="wl-person"><span class="wl-person__name">Jane Smith</span><small class="wl-person__role">Care Assistant</small></div></footer>' +
        '</article>',
    );
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const card = renderNoteCard(document, note({ text: hostile, author: { name: '<b>x</b>', role: 'Nurse' } }), NOW);
    expect(card.querySelector('p.wl-body')?.textContent).toBe(hostile);
    expect(card.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(card.querySelector('.wl-person__name')?.textContent).toBe('<b>x</b>');
  });

  it('renders the notes view into main#app: header, tabs, feed, sentinel', () => {
    const app = document.createElement('main');
    app.id = 'app';
    app.append(renderNotesView(document, resident, [note(), note({ id: 'N0000122', careAt: NOW - 2 * DAY })], NOW));
    expect([...app.children].map((c) => c.tagName.toLowerCase() + '.' + c.className)).toEqual([
      'header.wl-resident',
      'nav.wl-tabs',
      'section.wl-feed',
      'div.wl-sentinel',
    ]);
    const h2 = app.querySelector('header.wl-resident h2[data-testid="resident-name"]');
    expect(h2?.getAttribute('data-resident')).toBe('R001');
    expect(h2?.textContent).toBe('Margaret Ellis');
    expect(app.querySelector('header.wl-resident .wl-unit-chip')?.textContent).toBe('Oak');
    const tabs = [...app.querySelectorAll('nav[role="tablist"].wl-tabs a[role="tab"]')];
    expect(tabs.map((a) => [a.getAttribute('href'), a.getAttribute('aria-selected'), a.textContent])).toEqual([
      ['/willow/residents/R001', 'true', 'Notes'],
      ['/willow/residents/R001/care-plan', 'false', 'Care plan'],
    ]);
    expect([...app.querySelectorAll('section.wl-feed article.wl-card')].map((c) => c.getAttribute('data-entry'))).toEqual([
      'N0000123',
      'N0000122',
    ]);
    expect(app.querySelectorAll('time.wl-when')[1]?.textContent).toBe('21 Nov 2026 15:00');
    expect(app.querySelector('.wl-sentinel')?.getAttribute('data-state')).toBe('idle');
  });

  it('renders the care-plan tab, omitting the change in need when there is none', () => {
    const sections = [
      { key: 'mobility', name: 'Mobility', lastUpdated: Date.UTC(2026, 9, 12, 10), reviewDue: Date.UTC(2026, 10, 9, 10), changeInNeed: Date.UTC(2026, 10, 1, 11) },
      { key: 'continence', name: 'Continence', lastUpdated: Date.UTC(2026, 9, 2, 10), reviewDue: Date.UTC(2026, 11, 1, 10) },
    ];
    const plan = renderCarePlan(document, sections);
    expect(plan.outerHTML).toBe(
      '<ul class="wl-plan">' +
        '<li class="wl-plan-item" data-section="mobility"><h3 class="wl-plan-title">Mobility</h3><dl><dt>Updated</dt><dd class="wl-updated">12 Oct 2026</dd><dt>Change in need</dt><dd class="wl-change">1 Nov 2026</dd></dl></li>' +
        '<li class="wl-plan-item" data-section="continence"><h3 class="wl-plan-title">Continence</h3><dl><dt>Updated</dt><dd class="wl-updated">2 Oct 2026</dd></dl></li>' +
        '</ul>',
    );
    const view = document.createElement('main');
    view.append(renderCarePlanView(document, resident, sections));
    expect(view.querySelector('[data-testid="resident-name"]')?.getAttribute('data-resident')).toBe('R001');
    expect(view.querySelector('a[role="tab"][aria-selected="true"]')?.textContent).toBe('Care plan');
  });

  it('renders the resident list with a.wl-resident-link', () => {
    const list = renderResidentList(document, [resident, { id: 'R002', name: 'Arthur Hughes', unit: 'Ash' }]);
    expect([...list.querySelectorAll('a.wl-resident-link')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['/willow/residents/R001', 'Margaret Ellis'],
      ['/willow/residents/R002', 'Arthur Hughes'],
    ]);
  });

  it('touches no browser globals at import time and never uses innerHTML', () => {
    // (A path, not a URL: in this environment URL is happy-dom's.)
    const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'willow', 'render.js'), 'utf8');
    expect(source).not.toMatch(/\b(window|document|globalThis)\./);
    const app = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'willow', 'app.js'), 'utf8');
    for (const code of [source, app]) expect(code).not.toMatch(/\.innerHTML|insertAdjacentHTML|\.outerHTML\s*=|document\.write/);
  });
});
