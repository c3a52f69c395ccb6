// @vitest-environment happy-dom
/**
 * The built-in demo recipes read the demo vendors' pages exactly: every field of every record,
 * compared with the generator's own data. Also: the first vague rule agrees with the generator's
 * labels on every note of the year.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract-page';
import { RecipeSchema, type Recipe } from '../../src/model/recipe';
import { isVague } from '../../src/quality/rules/vague';
import { harbourRecipe } from '../../src/recipes/builtin/harbour';
import { willowRecipe } from '../../src/recipes/builtin/willow';
import { indexCareData } from './care-index';
import { carePlanPage, notesPage } from './harbour';
import { TEST_NOW, testData } from './test-fixtures';
import { renderCarePlanView, renderNotesView } from './willow/render.js';

const data = testData();
const index = indexCareData(data);
const pageOf = (recipe: unknown, id: string) => (RecipeSchema.parse(recipe) as Recipe).pages.find((p) => p.id === id)!;
const londonMidnight = (ms: number) => {
  const day = new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const utc = Date.parse(`${day}T00:00:00Z`);
  const offset = new Date(utc).toLocaleString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hour12: false });
  return utc - Number(offset) * 3600_000;
};
const expectedNote = (n: (typeof data.notes)[number]) => {
  const author = index.staff.get(n.authorId)!;
  const resident = index.residents.get(n.residentId)!;
  return {
    sourceId: n.id, residentId: resident.id, residentName: resident.name, careAt: n.careAt,
    text: n.text, authorName: author.name, authorRole: author.role, category: n.category, unit: n.unit,
  };
};

describe('Harbour pages through the built-in recipe', () => {
  it('reads all 50 notes of a page, field for field', () => {
    document.documentElement.innerHTML = notesPage(index, 'R007', 3)!;
    const out = extractPage(document, pageOf(harbourRecipe, 'daily-notes'), TEST_NOW);
    expect(out.problems).toEqual([]);
    const expected = index.notesNewestFirst.get('R007')!.slice(100, 150);
    expect(out.notes.map(({ careAtPrecision, writtenAt, writtenAtPrecision, ...rest }) => rest)).toEqual(expected.map(expectedNote));
    // Harbour shows minutes, so written times are exact to the minute.
    out.notes.forEach((n, i) => expect(n.writtenAt).toBe(Math.floor(expected[i]!.writtenAt / 60_000) * 60_000));
  });

  it('reads the care plan: 8 sections with their dates as London days', () => {
    document.documentElement.innerHTML = carePlanPage(index, 'R007')!;
    const out = extractPage(document, pageOf(harbourRecipe, 'care-plan'), TEST_NOW);
    expect(out.problems).toEqual([]);
    const plan = index.carePlans.get('R007')!;
    expect(out.sections.map((s) => [s.section, s.lastUpdated, s.reviewDue, s.changeInNeed])).toEqual(
      plan.sections.map((s) => [s.name, londonMidnight(s.lastUpdated), londonMidnight(s.reviewDue), s.changeInNeed && londonMidnight(s.changeInNeed)]),
    );
  });

  it('reads the care plan history table: every update, review and change in need, to the minute', () => {
    document.documentElement.innerHTML = carePlanPage(index, 'R007')!;
    const out = extractPage(document, pageOf(harbourRecipe, 'care-plan'), TEST_NOW);
    expect(out.problems).toEqual([]);
    const plan = index.carePlans.get('R007')!;
    const key = (e: { section: string; type: string; at: number }) => `${e.section}|${e.type}|${e.at}`;
    const expected = plan.sections.flatMap((s) => s.events.map((e) => key({ section: s.name, type: e.type, at: Math.floor(e.at / 60_000) * 60_000 })));
    expect(out.events.map(key).sort()).toEqual(expected.sort());
    expect(new Set(out.events.map((e) => e.type))).toEqual(new Set(['update', 'review', 'change-in-need']));
    expect(out.events.every((e) => e.residentId === 'R007' && e.unit === index.residents.get('R007')!.unit)).toBe(true);
  });

  it('keeps a history row whose kind of event it does not know aside, with the words it found', () => {
    document.documentElement.innerHTML = carePlanPage(index, 'R007')!;
    document.querySelector('table.cp-history td.ev-what')!.textContent = 'Archived';
    const out = extractPage(document, pageOf(harbourRecipe, 'care-plan'), TEST_NOW);
    expect(out.problems).toEqual([expect.objectContaining({ recordType: 'carePlanEvent', index: 0, field: 'type', reason: expect.stringContaining('"Archived" is not one of') })]);
    expect(out.events.length).toBe(document.querySelectorAll('tr.cp-event').length - 1);
  });
});

describe('Willow views through the built-in recipe', () => {
  const resident = index.residents.get('R033')!;
  const willowNotes = index.notesNewestFirst.get('R033')!.slice(0, 90).map((n) => {
    const author = index.staff.get(n.authorId)!;
    return { id: n.id, careAt: n.careAt, writtenAt: n.writtenAt, category: n.category, unit: n.unit, text: n.text, author: { name: author.name, role: author.role } };
  });

  it('reads relative times ("Today 09:12", "logged 3 hours ago") against the capture time', () => {
    document.body.innerHTML = '<main id="app"></main>';
    document.getElementById('app')!.append(renderNotesView(document, resident, willowNotes, TEST_NOW));
    const out = extractPage(document, pageOf(willowRecipe, 'notes-feed'), TEST_NOW);
    expect(out.problems).toEqual([]);
    const expected = index.notesNewestFirst.get('R033')!.slice(0, 90);
    expect(out.notes.map(({ careAtPrecision, writtenAt, writtenAtPrecision, ...rest }) => rest)).toEqual(expected.map(expectedNote));
    // "logged N hours ago" is only as precise as it says: within its unit of the truth.
    const unitMs = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5 } as const;
    out.notes.forEach((n, i) => {
      expect(Math.abs(n.writtenAt! - expected[i]!.writtenAt)).toBeLessThanOrEqual(unitMs[n.writtenAtPrecision!]);
    });
  });

  it('reads the care-plan tab', () => {
    document.body.innerHTML = '<main id="app"></main>';
    const plan = index.carePlans.get('R033')!;
    document.getElementById('app')!.append(renderCarePlanView(document, resident, plan.sections));
    const out = extractPage(document, pageOf(willowRecipe, 'care-plan-tab'), TEST_NOW);
    expect(out.problems).toEqual([]);
    expect(out.sections.map((s) => [s.section, s.lastUpdated, s.changeInNeed])).toEqual(
      plan.sections.map((s) => [s.name, londonMidnight(s.lastUpdated), s.changeInNeed && londonMidnight(s.changeInNeed)]),
    );
  });
});

describe('the first vague rule against the story', () => {
  it('agrees with the generator on every note of the year', () => {
    const disagree = data.notes.filter((n) => isVague(n.text) !== n.truth.vague);
    expect(disagree.map((n) => n.text).slice(0, 5)).toEqual([]);
  });
});

describe("Harbour's own audit module through the built-in recipe", () => {
  it('reads every answer of the monthly notes audit, with its unit, date and the answer in our words', async () => {
    const { auditsPage } = await import('./harbour');
    const { generateAuditForms } = await import('./generator/audit-forms');
    const { storyDates } = await import('./story');
    document.documentElement.innerHTML = auditsPage(index);
    const out = extractPage(document, pageOf(harbourRecipe, 'audits'), TEST_NOW);
    expect(out.problems).toEqual([]);
    const forms = generateAuditForms(data.seed, storyDates(data.now));
    expect(out.audits).toHaveLength(forms.length);
    const words = { Met: 'yes', 'Partly met': 'partly', 'Not met': 'no', 'N/A': 'na' } as const;
    const key = (a: { unit?: string; criterion?: string; question?: string; answer: string; at: number }) => `${a.unit}|${a.criterion ?? a.question}|${a.answer}|${a.at}`;
    expect(out.audits.map(key).sort()).toEqual(forms.map((f) => key({ ...f, answer: words[f.answer], at: londonMidnight(f.at) })).sort());
    expect(out.audits.every((a) => a.form === 'Monthly notes audit' && a.auditorRole === 'Deputy manager')).toBe(true);
  });
});
