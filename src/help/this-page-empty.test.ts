import { describe, expect, it } from 'vitest';
import { builtinRecipes } from '../recipes/builtin';
import { thisPageEmpty } from './this-page-empty';

describe('an empty "This page" says why and what to do next', () => {
  const recipes = [...builtinRecipes];
  const harbour = recipes.find((r) => r.pages.some((p) => p.match.startsWith('^/harbour/')))!;

  it('names each reason, and every message starts with the same words', () => {
    const cases = [
      thisPageEmpty(recipes, {}),
      thisPageEmpty([], { id: 1, url: 'http://127.0.0.1:4810/harbour/residents/R001/notes' }),
      thisPageEmpty(recipes, { id: 1 }),
      thisPageEmpty(recipes, { id: 1, url: 'https://example.org/' }),
    ];
    expect(cases.map((c) => c.why)).toEqual(['no-tab', 'no-recipe-on', 'site-not-read', 'site-not-read']);
    for (const c of cases) expect(c.text).toMatch(/^Nothing captured from this tab yet[.:] /);
    expect(cases[1]!.text).toContain('Record Lens settings');
    expect(cases[2]!.text).toContain('teach this page');
  });

  it('tells a page its recipe does not know from a page it knows but has not read yet', () => {
    const unknown = thisPageEmpty([harbour], { id: 1, url: 'http://127.0.0.1:4810/meadow/residents' });
    expect(unknown.why).toBe('page-not-known');
    expect(unknown.text).toContain("Open a resident's daily notes or care plan");
    const known = thisPageEmpty([harbour], { id: 1, url: 'http://127.0.0.1:4810/harbour/residents/R001/notes' });
    expect(known.why).toBe('not-read-yet');
    expect(known.text).toContain('reload the page');
  });
});
