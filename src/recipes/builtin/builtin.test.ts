import { describe, expect, it } from 'vitest';
import { findRecipePage, recipesForUrl } from '../find-page';
import { builtinRecipes } from './index';

describe('built-in recipes', () => {
  it('parse against the recipe schema and have unique ids', () => {
    const ids = builtinRecipes.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['http://127.0.0.1:4810/harbour/residents/R001/notes?page=2', 'harbour-demo', 'daily-notes'],
    ['http://127.0.0.1:4810/harbour/residents/R001/care-plan', 'harbour-demo', 'care-plan'],
    ['http://127.0.0.1:4810/willow/residents/R007', 'willow-demo', 'notes-feed'],
    ['http://localhost:4810/willow/residents/R007/care-plan', 'willow-demo', 'care-plan-tab'],
  ])('%s is read by %s / %s', (url, recipe, page) => {
    const m = findRecipePage(builtinRecipes, url);
    expect([m?.recipe.id, m?.page.id]).toEqual([recipe, page]);
  });

  it('read nothing on pages they do not know', () => {
    expect(findRecipePage(builtinRecipes, 'http://127.0.0.1:4810/harbour/residents')).toBeUndefined();
    expect(recipesForUrl(builtinRecipes, 'https://bank.example/')).toEqual([]);
  });
});
