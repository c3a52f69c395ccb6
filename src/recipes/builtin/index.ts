import { RecipeSchema, type Recipe } from '../../model/recipe';
import { harbourRecipe } from './harbour';
import { willowRecipe } from './willow';

/** Built-in recipes, parsed once so a typo in one fails the build's tests, not a user's capture. */
export const builtinRecipes: readonly Recipe[] = [harbourRecipe, willowRecipe].map((r) =>
  RecipeSchema.parse(r),
);
