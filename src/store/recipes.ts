import type { Recipe } from '../model/recipe';
import { builtinRecipes } from '../recipes/builtin';

/** Recipes in use. User recipes (issue 3) will join the built-in ones here. */
export async function enabledRecipes(): Promise<readonly Recipe[]> {
  return builtinRecipes;
}
