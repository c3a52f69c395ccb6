// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { RecipePage } from '../model/recipe';
import { RecipeSchema } from '../model/recipe';
import { harbourRecipe } from '../recipes/builtin/harbour';
import { willowRecipe } from '../recipes/builtin/willow';
import { extractPage } from './extract-page';

const CAPTURED_AT = Date.parse('2026-11-27T12:00:00Z');
const page = (recipe: unknown, id: string): RecipePage =>
  RecipeSchema.parse(recipe).pages.find((p) => p.id === id)!;
const dom = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

const harbourRow = (id: string, care: string, text: string, author = '<span class="author-name">Jane Smith</span> <span class="author-role">Senior Carer</span>') => `
  <tr class="note-row" data-note-id="${id}">
    <td class="col-care-time">${care}</td><td class="col-written">23/11/2026 14:20</td>
    <td class="col-author">${author}</td><td class="col-category">Personal care</td>
    <td class="col-unit">Oak</td><td class="col-text">${text}</td>
  </tr>`;
const harbour = (rows: string) => `
  <h1 class="resident-name" data-resident-id="R001">Margaret Ellis</h1><p class="resident-unit">Unit: Oak</p>
  <table class="notes-table"><tbody>${rows}</tbody></table>`;

describe('extraction: server-rendered table (Harbour shape)', () => {
  const notesPage = page(harbourRecipe, 'daily-notes');

  it('reads every field of every row, with UK dates in London time', () => {
    const out = extractPage(dom(harbour(harbourRow('N1', '23/11/2026 14:05', '  Helped   Margaret\n dress. '))), notesPage, CAPTURED_AT);
    expect(out.problems).toEqual([]);
    expect(out.matched).toEqual({ note: 1 });
    expect(out.notes).toEqual([
      {
        sourceId: 'N1',
        residentName: 'Margaret Ellis',
        residentId: 'R001',
        careAt: Date.parse('2026-11-23T14:05:00Z'),
        careAtPrecision: 'minute',
        writtenAt: Date.parse('2026-11-23T14:20:00Z'),
        writtenAtPrecision: 'minute',
        authorName: 'Jane Smith',
        authorRole: 'Senior Carer',
        category: 'Personal care',
        unit: 'Oak',
        text: 'Helped Margaret dress.',
      },
    ]);
  });

  it('reads summer-time dates as BST', () => {
    const out = extractPage(dom(harbour(harbourRow('N1', '01/07/2026 09:00', 'Walked.'))), notesPage, CAPTURED_AT);
    expect(out.notes[0]?.careAt).toBe(Date.parse('2026-07-01T08:00:00Z'));
  });

  it('keeps a record with an unreadable date aside with the reason, and stores the rest', () => {
    const html = harbour(harbourRow('N1', '31/02/2026 09:00', 'Walked.') + harbourRow('N2', '23/11/2026 10:00', 'Ate lunch.'));
    const out = extractPage(dom(html), notesPage, CAPTURED_AT);
    expect(out.notes.map((n) => n.sourceId)).toEqual(['N2']);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ recordType: 'note', index: 0, field: 'careAt' });
    expect(out.problems[0]?.reason).toMatch(/31\/02\/2026/);
    expect(out.problems[0]?.excerpt).toContain('Walked.');
  });

  it('keeps a record with no note text aside, but accepts a missing optional author', () => {
    const html = harbour(harbourRow('N1', '23/11/2026 09:00', '   ') + harbourRow('N2', '23/11/2026 10:00', 'Ate lunch.', ''));
    const out = extractPage(dom(html), notesPage, CAPTURED_AT);
    expect(out.problems.map((p) => [p.index, p.field])).toEqual([[0, 'text']]);
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]?.authorName).toBeUndefined();
  });

  it('reports every record when the resident heading has gone (a page that changed)', () => {
    const html = `<table class="notes-table"><tbody>${harbourRow('N1', '23/11/2026 09:00', 'x')}</tbody></table>`;
    const out = extractPage(dom(html), notesPage, CAPTURED_AT);
    expect(out.notes).toEqual([]);
    expect(out.problems[0]).toMatchObject({ field: 'residentName' });
    expect(out.problems[0]?.reason).toMatch(/No residentName found/);
  });

  it('matches nothing, without inventing records, when the table is gone', () => {
    const out = extractPage(dom('<h1 class="resident-name">A B</h1><p>Maintenance</p>'), notesPage, CAPTURED_AT);
    expect(out).toMatchObject({ notes: [], problems: [], matched: { note: 0 } });
  });

  it('reads care-plan sections, with a labelled date and an empty change-in-need', () => {
    const html = `<h1 class="resident-name" data-resident-id="R001">Margaret Ellis</h1><p class="resident-unit">Unit: Oak</p>
      <table class="care-plan"><tbody>
      <tr class="cp-section"><th class="cp-name">Mobility</th><td class="cp-updated">Last updated: 12/10/2026</td>
        <td class="cp-review">Review due: 09/11/2026</td><td class="cp-change">Change in need reported: 01/11/2026</td></tr>
      <tr class="cp-section"><th class="cp-name">Nutrition</th><td class="cp-updated">Last updated: 20/11/2026</td>
        <td class="cp-review">Review due: 18/12/2026</td><td class="cp-change"></td></tr>
      </tbody></table>`;
    const out = extractPage(dom(html), page(harbourRecipe, 'care-plan'), CAPTURED_AT);
    expect(out.problems).toEqual([]);
    expect(out.sections).toEqual([
      {
        residentName: 'Margaret Ellis', residentId: 'R001', unit: 'Oak', section: 'Mobility',
        lastUpdated: Date.parse('2026-10-11T23:00:00Z'), // 12 Oct 00:00 BST
        reviewDue: Date.parse('2026-11-09T00:00:00Z'),
        changeInNeed: Date.parse('2026-11-01T00:00:00Z'),
      },
      {
        residentName: 'Margaret Ellis', residentId: 'R001', unit: 'Oak', section: 'Nutrition',
        lastUpdated: Date.parse('2026-11-20T00:00:00Z'), reviewDue: Date.parse('2026-12-18T00:00:00Z'),
      },
    ]);
  });
});

describe('extraction: client-rendered card feed (Willow shape)', () => {
  const feed = page(willowRecipe, 'notes-feed');
  const card = (id: string, when: string, logged: string) => `
    <article class="wl-card" data-entry="${id}">
      <div class="wl-card__meta"><time class="wl-when">${when}</time> <span class="wl-logged">${logged}</span> <span class="wl-tag">Nutrition</span></div>
      <p class="wl-body">Ate <b>half</b> a bowl of porridge &lt;script&gt;</p>
      <footer class="wl-card__by"><div class="wl-person"><span class="wl-person__name">Sam Lee</span><small class="wl-person__role">Care Assistant</small></div></footer>
    </article>`;
  const shell = (cards: string) => `<main id="app"><header class="wl-resident"><h2 data-testid="resident-name" data-resident="R007">Tom Hardy</h2><span class="wl-unit-chip">Ash</span></header>
    <section class="wl-feed">${cards}</section></main>`;

  it('reads relative times against the capture time, and keeps their precision', () => {
    const out = extractPage(dom(shell(card('N1', 'Today 09:12', 'logged 2 hours ago') + card('N2', 'Yesterday at 21:40', 'logged 3 days ago'))), feed, CAPTURED_AT);
    expect(out.problems).toEqual([]);
    expect(out.notes.map((n) => [n.sourceId, n.careAt, n.writtenAtPrecision])).toEqual([
      ['N1', Date.parse('2026-11-27T09:12:00Z'), 'hour'],
      ['N2', Date.parse('2026-11-26T21:40:00Z'), 'day'],
    ]);
    expect(out.notes[0]).toMatchObject({ residentId: 'R007', residentName: 'Tom Hardy', unit: 'Ash', authorRole: 'Care Assistant', category: 'Nutrition' });
    // Page text is read as text: markup inside a note is never interpreted.
    expect(out.notes[0]?.text).toBe('Ate half a bowl of porridge <script>');
  });

  it('reads nothing before the feed has loaded (content appears later)', () => {
    const out = extractPage(dom('<main id="app"><p>Loading…</p></main>'), feed, CAPTURED_AT);
    expect(out.notes).toEqual([]);
    expect(out.matched.note).toBe(0);
  });
});

describe('extraction: a recipe with a broken selector', () => {
  it('reports the recipe problem instead of throwing', () => {
    const broken = structuredClone(page(harbourRecipe, 'daily-notes'));
    broken.note!.root = 'tr[[[';
    const out = extractPage(dom(harbour(harbourRow('N1', '23/11/2026 09:00', 'x'))), broken, CAPTURED_AT);
    expect(out.notes).toEqual([]);
    expect(out.problems[0]?.reason).toMatch(/not valid CSS/);
  });

  it('uses a fallback selector when the first one matches nothing', () => {
    const variant = structuredClone(page(harbourRecipe, 'daily-notes'));
    variant.note!.fields.text.selector = ['td.note-text-v2', 'td.col-text'];
    const out = extractPage(dom(harbour(harbourRow('N1', '23/11/2026 09:00', 'Chose tea.'))), variant, CAPTURED_AT);
    expect(out.notes[0]?.text).toBe('Chose tea.');
  });
});
