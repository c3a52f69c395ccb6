import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateFormatHintSchema } from '../model/date-format-hint';
import type { Recipe } from '../model/recipe';
import { builtinRecipes } from './builtin';
import { exportRecipeFile, parseRecipeFile } from './recipe-file';

const AT = Date.UTC(2026, 10, 23, 14, 5);
const copy = (r: Recipe, id: string, name: string): Recipe => ({ ...structuredClone(r), id, name });
const harbour = () => copy(builtinRecipes[0]!, 'harbour-copy', 'Harbour copy');
const wrap = (recipes: unknown[], extra: object = {}) =>
  JSON.stringify({ format: 'record-lens-recipes', formatVersion: 1, exportedAt: 'x', recipes, ...extra });
const errorsOf = (text: string) => {
  const r = parseRecipeFile(text);
  return r.ok ? [] : r.errors;
};

describe('exportRecipeFile / parseRecipeFile: the shareable recipe file', () => {
  it('writes the wrapper with an ISO time, and round-trips the built-in recipes byte for byte', () => {
    const text = exportRecipeFile(builtinRecipes, AT);
    expect(JSON.parse(text)).toMatchObject({ format: 'record-lens-recipes', formatVersion: 1, exportedAt: '2026-11-23T14:05:00.000Z' });
    const parsed = parseRecipeFile(text);
    expect(parsed).toEqual({ ok: true, recipes: builtinRecipes });
    if (parsed.ok) expect(exportRecipeFile(parsed.recipes, AT)).toBe(text);
  });

  it('accepts one bare recipe, as copied from "Show JSON"', () => {
    expect(parseRecipeFile(JSON.stringify(harbour()))).toEqual({ ok: true, recipes: [harbour()] });
  });

  it('refuses what is not a recipe file, a damaged file, a newer format and a huge file, one sentence each', () => {
    expect(errorsOf('{"format": "record-lens-rec')[0]).toMatch(/not readable JSON/);
    expect(errorsOf('[1, 2]')[0]).toMatch(/^This is not a Record Lens recipe file/);
    expect(errorsOf('{"format": "something-else", "recipes": []}')[0]).toMatch(/^This is not a Record Lens recipe file/);
    expect(errorsOf(wrap([harbour()], { formatVersion: 2 }))).toEqual([
      'This file was made by a newer Record Lens (file format 2): update Record Lens, then import it again.',
    ]);
    expect(errorsOf(wrap([]))).toEqual(['The file holds no recipes.']);
    expect(errorsOf(wrap([harbour()], { recipes: 'none' }))).toEqual(['The file has no list of recipes in it.']);
    const huge = wrap([{ ...harbour(), name: 'x'.repeat(1024 * 1024) }]);
    expect(errorsOf(huge)).toEqual(['This file is larger than 1 MB, far bigger than any recipe file: check it is the right file.']);
  });

  it('names where each mistake is, in words', () => {
    const meadow = harbour() as unknown as { name: string; origins: string[]; pages: Array<Record<string, any>> };
    meadow.name = 'Meadow';
    meadow.pages[0]!.note.fields.careAt.format = 'american';
    meadow.pages[0]!.note.root = '';
    delete meadow.pages[0]!.note.fields.residentName;
    meadow.pages[1]!.match = '^/care-plan/(';
    const bad = { ...harbour(), id: 'Harbour Copy!', origins: ['harbour.example'], version: 0, schemaVersion: 2 };
    expect(errorsOf(wrap([harbour(), meadow, bad]))).toEqual([
      'Recipe 2 ("Meadow"), page 1: the note record selector must not be empty.',
      'Recipe 2 ("Meadow"), page 1, note fields, time of care: the date format must be one of auto, numeric-dmy, month-name, relative, iso.',
      `Recipe 2 ("Meadow"), page 1, note fields: the resident's name is missing.`,
      'Recipe 2 ("Meadow"), page 2: the URL pattern is not a valid regular expression.',
      'Recipe 3 ("Harbour copy"): the recipe format version must be 1; this recipe comes from a newer Record Lens.',
      'Recipe 3 ("Harbour copy"): the id "Harbour Copy!" may use only lower-case letters, digits and dashes (for example oak-house-notes).',
      'Recipe 3 ("Harbour copy"): the version number must be a whole number of at least 1.',
      'Recipe 3 ("Harbour copy"): the origin "harbour.example" must look like https://care.example.com/*.',
      // The same id twice would make one recipe silently replace the other.
      'Recipe 2 ("Meadow"): the id "harbour-copy" is also used by recipe 1; each recipe in a file needs its own id.',
    ]);
  });

  it('explains wrong kinds of value, missing parts, fallbacks and whole-page rules', () => {
    const r = harbour() as unknown as Record<string, any>;
    r.pages[0].note.fields.text.selector = ['td.col-text', ''];
    r.pages[0].note.fields.unit.selector = 7;
    r.pages[0].history = {};
    r.pages[1] = { id: 'care-plan', match: '^/' };
    r.origins = [];
    r.name = '';
    expect(errorsOf(JSON.stringify(r))).toEqual([
      'Recipe 1: the name must not be empty.',
      'Recipe 1: the list of origins must have at least one entry.',
      'Recipe 1, page 1, history capture: Say how to reach older pages: a next-page link or a URL template.',
      'Recipe 1, page 1, note fields, note text: selector 2 must not be empty.',
      'Recipe 1, page 1, note fields, unit: the selector should be one selector in quotes, or a list of selectors in [ ].',
      'Recipe 1, page 2: A page must say which records it holds (notes, care-plan sections, care-plan history or audit answers).',
    ]);
    expect(errorsOf(wrap([7, {}])).slice(0, 3)).toEqual([
      'Recipe 1: the recipe should be a group of settings in { }, not a whole number.',
      'Recipe 2: the recipe format version is missing (it must be 1).',
      'Recipe 2: the id is missing.',
    ]);
  });

  it('stops listing after 50 problems', () => {
    const errors = errorsOf(wrap(Array.from({ length: 30 }, () => ({}))));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toMatch(/^…and \d+ more problems\.$/);
  });

  it('reports an import that would replace a built-in recipe, alongside other mistakes', () => {
    const bad = { ...harbour(), id: 'other', origins: ['harbour.example'] };
    const text = wrap([harbour(), builtinRecipes[1], bad]);
    expect(errorsOf(text)).toHaveLength(1);
    const r = parseRecipeFile(text, { reservedIds: builtinRecipes.map((b) => b.id) });
    expect(r.ok ? [] : r.errors).toEqual([
      'Recipe 3 ("Harbour copy"): the origin "harbour.example" must look like https://care.example.com/*.',
      'Recipe 2 ("Willow Care (demo)"): the id "willow-demo" belongs to a built-in recipe, which cannot be replaced; give the recipe in the file its own id (for example willow-demo-copy).',
    ]);
  });
});

describe('recipe file properties', () => {
  const verdict = (text: string) => {
    const r = parseRecipeFile(text);
    return r.ok ? Array.isArray(r.recipes) : r.errors.length > 0 && r.errors.every((e) => typeof e === 'string' && e.length > 0);
  };

  it('never throws on random text or random JSON, and always answers', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => verdict(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (v) => verdict(JSON.stringify(v))), { numRuns: 300 });
    // Random values in the right places reach the schema checks, not just the wrapper checks.
    const shaped = fc.record({ format: fc.constant('record-lens-recipes'), formatVersion: fc.constant(1), recipes: fc.array(fc.jsonValue(), { maxLength: 3 }) });
    fc.assert(fc.property(shaped, (v) => verdict(JSON.stringify(v))), { numRuns: 300 });
  });

  const selector = fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }),
  );
  const mutation = fc.record({
    base: fc.constantFrom(...builtinRecipes),
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    version: fc.integer({ min: 1, max: 10_000 }),
    name: fc.string({ minLength: 1, maxLength: 80 }),
    origins: fc.array(fc.constantFrom('https://care.example.com/*', 'https://*.example-care.co.uk/*', '*://records.example/*'), { minLength: 1, maxLength: 3 }),
    root: selector,
    text: selector,
    format: fc.option(fc.constantFrom(...DateFormatHintSchema.options), { nil: undefined }),
    pattern: fc.option(fc.constantFrom('Unit:\\s*(.+)', '(\\d+)', '^\\s*(.*?)\\s*$'), { nil: undefined }),
    ownText: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('valid recipes made by changing the built-in ones round-trip exactly', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const r = structuredClone(m.base) as Recipe;
        Object.assign(r, { id: m.id, version: m.version, name: m.name, origins: m.origins });
        const page = r.pages[0]!;
        const records = (page.note ?? page.carePlanSection)!;
        records.root = m.root;
        const first = Object.values(records.fields)[0]!;
        Object.assign(first, { selector: m.text, format: m.format, pattern: m.pattern, ownText: m.ownText });
        const text = exportRecipeFile([r], AT);
        const parsed = parseRecipeFile(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(JSON.parse(JSON.stringify(parsed.recipes))).toEqual(JSON.parse(JSON.stringify([r])));
        expect(exportRecipeFile(parsed.recipes, AT)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
