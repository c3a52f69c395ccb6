import type { BuilderState } from '../messaging/builder-protocol';
import { RecipeSchema, type Recipe } from '../model/recipe';
import { originOf } from './match-pattern';
import { urlPatternFor } from './url-pattern';

/** A recipe id from the name a quality lead gives it: "Meadow Care Manager" → "meadow-care-manager". */
export const recipeIdFor = (name: string) =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'taught-recipe';

/**
 * The recipe a teaching session describes, added to the user's existing recipe of that name if
 * there is one (a notes page taught today, its care-plan page tomorrow). Returns zod's issues
 * when something required is still missing.
 */
export function taughtRecipe(name: string, state: BuilderState, existing?: Recipe) {
  const origin = originOf(state.url);
  const page = {
    id: state.recordType === 'note' ? 'daily-notes' : 'care-plan',
    match: urlPatternFor(state.url),
    [state.recordType]: { root: state.recordSelector ?? '', fields: state.fields },
  };
  const pages = [...(existing?.pages ?? []).filter((p) => p.id !== page.id), page];
  return RecipeSchema.safeParse({
    schemaVersion: 1,
    id: existing?.id ?? recipeIdFor(name),
    version: existing?.version ?? 1,
    name: name.trim() || 'Taught recipe',
    origins: [...new Set([...(existing?.origins ?? []), ...(origin ? [origin] : [])])],
    pages,
  });
}
