import type { Recipe, RecipePage } from '../model/recipe';
import { matchesPattern } from './match-pattern';

export interface RecipeMatch {
  recipe: Recipe;
  page: RecipePage;
}

/** The first recipe page whose origin and path pattern fit this URL, if any. */
export function findRecipePage(recipes: readonly Recipe[], url: string): RecipeMatch | undefined {
  let pathAndQuery: string;
  try {
    const u = new URL(url);
    pathAndQuery = u.pathname + u.search;
  } catch {
    return undefined;
  }
  for (const recipe of recipes) {
    if (!recipe.origins.some((o) => matchesPattern(o, url))) continue;
    const page = recipe.pages.find((p) => new RegExp(p.match).test(pathAndQuery));
    if (page) return { recipe, page };
  }
  return undefined;
}

/** Recipes that may run on this URL's origin at all (the content script asks for these once). */
export function recipesForUrl(recipes: readonly Recipe[], url: string): Recipe[] {
  return recipes.filter((r) => r.origins.some((o) => matchesPattern(o, url)));
}
