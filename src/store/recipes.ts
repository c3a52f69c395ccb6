import type { Recipe } from '../model/recipe';
import { RecipeSchema } from '../model/recipe';
import type { RecipeEntry, RecipeRow } from '../model/recipe-entry';
import { builtinRecipes } from '../recipes/builtin';
import type { RecordLensDb } from './db';

/** Built-in recipes with their switches, then the user's own, in a stable order. */
export async function listRecipes(db: RecordLensDb): Promise<RecipeEntry[]> {
  const rows = await db.recipes.toArray();
  const switches = new Map(rows.map((r) => [r.id, r]));
  const builtins = builtinRecipes.map((recipe) => ({
    recipe,
    origin: 'builtin' as const,
    enabled: switches.get(recipe.id)?.enabled ?? true,
  }));
  const users = rows
    .flatMap((r) => (r.origin === 'user' ? [{ recipe: r.recipe, origin: 'user' as const, enabled: r.enabled }] : []))
    .sort((a, b) => a.recipe.name.localeCompare(b.recipe.name));
  return [...builtins, ...users];
}

/** The recipes that may read pages now. */
export async function enabledRecipes(db: RecordLensDb): Promise<Recipe[]> {
  return (await listRecipes(db)).filter((e) => e.enabled).map((e) => e.recipe);
}

export async function setRecipeEnabled(db: RecordLensDb, id: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.recipes, async () => {
    const row = await db.recipes.get(id);
    if (row) return void (await db.recipes.put({ ...row, enabled, updatedAt: Date.now() }));
    if (!builtinRecipes.some((r) => r.id === id)) throw new Error(`No recipe called ${id}.`);
    await db.recipes.put({ id, origin: 'builtin', enabled, updatedAt: Date.now() });
  });
}

const sameContent = (a: Recipe, b: Recipe) =>
  JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });

/**
 * Saves a user recipe. A changed recipe gets the next version number, so the records it reads
 * from now on say which version read them; saving the same content again changes nothing.
 */
export async function saveUserRecipe(db: RecordLensDb, input: unknown): Promise<Recipe> {
  const recipe = RecipeSchema.parse(input);
  if (builtinRecipes.some((r) => r.id === recipe.id)) {
    throw new Error(`"${recipe.id}" is the name of a built-in recipe: duplicate it to change it.`);
  }
  return db.transaction('rw', db.recipes, async () => {
    const old = await db.recipes.get(recipe.id);
    const previous = old?.origin === 'user' ? old.recipe : undefined;
    if (previous && sameContent(previous, recipe)) return previous;
    const version = previous ? Math.max(previous.version + 1, recipe.version) : recipe.version;
    const saved = { ...recipe, version };
    const row: RecipeRow = { id: recipe.id, origin: 'user', enabled: old?.enabled ?? true, updatedAt: Date.now(), recipe: saved };
    await db.recipes.put(row);
    return saved;
  });
}

/** A user copy of any recipe, ready to edit: a new id, "Copy of" its name, version 1. */
export async function duplicateRecipe(db: RecordLensDb, id: string): Promise<Recipe> {
  const source = (await listRecipes(db)).find((e) => e.recipe.id === id)?.recipe;
  if (!source) throw new Error(`No recipe called ${id}.`);
  const taken = new Set((await listRecipes(db)).map((e) => e.recipe.id));
  let copyId = `${id}-copy`;
  for (let n = 2; taken.has(copyId); n++) copyId = `${id}-copy-${n}`;
  return saveUserRecipe(db, { ...source, id: copyId, name: `Copy of ${source.name}`.slice(0, 80), version: 1 });
}

export async function deleteUserRecipe(db: RecordLensDb, id: string): Promise<void> {
  const row = await db.recipes.get(id);
  if (row?.origin !== 'user') throw new Error(`Only your own recipes can be deleted; "${id}" is built in.`);
  await db.recipes.delete(id);
}
