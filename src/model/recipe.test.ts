import { describe, expect, it } from 'vitest';
import { harbourRecipe } from '../recipes/builtin/harbour';
import { RecipeSchema } from './recipe';

const paths = (input: unknown) => {
  const r = RecipeSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('recipe schema: a malformed recipe gets errors that point at the field', () => {
  it('accepts a good recipe', () => {
    expect(paths(harbourRecipe)).toEqual([]);
  });

  it('rejects a broken regular expression in a page match', () => {
    const bad = { ...harbourRecipe, pages: [{ ...harbourRecipe.pages[0], match: '^/notes/(' }] };
    expect(paths(bad)).toEqual(['pages.0.match: is not a valid regular expression']);
  });

  it('rejects an origin that is not a match pattern, and a bad id', () => {
    const bad = { ...harbourRecipe, id: 'Harbour Care!', origins: ['harbour.example'] };
    const p = paths(bad);
    expect(p).toContain('id: use lower-case letters, digits and dashes');
    expect(p).toContain('origins.0: must look like https://care.example.com/*');
  });

  it('rejects a page with no record types, and a missing required field', () => {
    const page = harbourRecipe.pages[0]!;
    expect(paths({ ...harbourRecipe, pages: [{ id: 'x', match: '^/' }] })).toEqual([
      'pages.0: A page must say which records it holds (notes, care-plan sections, care-plan history or audit answers).',
    ]);
    const noText = structuredClone(page);
    delete (noText.note!.fields as { text?: unknown }).text;
    expect(paths({ ...harbourRecipe, pages: [noText] })[0]).toMatch(/^pages\.0\.note\.fields\.text:/);
  });

  it('rejects an unknown date format hint and a future schema version', () => {
    const page = structuredClone(harbourRecipe.pages[0]!);
    (page.note!.fields.careAt as { format: string }).format = 'american';
    expect(paths({ ...harbourRecipe, pages: [page] })[0]).toMatch(/^pages\.0\.note\.fields\.careAt\.format:/);
    expect(paths({ ...harbourRecipe, schemaVersion: 2 })[0]).toMatch(/^schemaVersion:/);
  });
});
