import { RecipeSchema, type Recipe } from '../model/recipe';
import { describeIssue } from './recipe-issues';

/**
 * The shareable recipe file: one provider's several homes (or a group's quality team) pass
 * recipes around as a file, so a file holds any number of recipes. The wrapper names the format
 * and its version so a file from a newer Record Lens is refused with a clear reason rather than
 * half-read.
 */
export const RECIPE_FILE_FORMAT = 'record-lens-recipes';
export const RECIPE_FILE_VERSION = 1;
/** A real recipe file is a few kilobytes; anything this big is the wrong file (or a hostile one). */
export const MAX_RECIPE_FILE_BYTES = 1024 * 1024;
export const FILE_TOO_BIG = 'This file is larger than 1 MB, far bigger than any recipe file: check it is the right file.';
/** Enough to fix a file in one go without burying the first problem under thousands. */
const MAX_ERRORS = 50;

export type RecipeFileResult = { ok: true; recipes: Recipe[] } | { ok: false; errors: string[] };

/** Pretty JSON, two-space indented, recipes in the order given (the same input gives the same bytes). */
export function exportRecipeFile(recipes: readonly Recipe[], exportedAt: number): string {
  const file = {
    format: RECIPE_FILE_FORMAT,
    formatVersion: RECIPE_FILE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    // Parsed again so every recipe is written in the schema's key order with its defaults filled in.
    recipes: recipes.map((r) => RecipeSchema.parse(r)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (...errors: string[]): RecipeFileResult => ({ ok: false, errors });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const byteLength = (text: string) => (text.length > MAX_RECIPE_FILE_BYTES ? text.length : new TextEncoder().encode(text).length);

/** "Recipe 2 ("Oak House notes")" — the recipe's position in the file, and its name when it has one. */
function recipeHeading(index: number, candidate: unknown): string {
  const name = isObject(candidate) ? candidate.name : undefined;
  if (typeof name !== 'string' || !name.trim()) return `Recipe ${index + 1}`;
  const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return `Recipe ${index + 1} ("${short}")`;
}

/** Every mistake in one recipe, each a sentence that says where it is. */
function recipeErrors(index: number, candidate: unknown): { recipe?: Recipe; errors: string[] } {
  const parsed = RecipeSchema.safeParse(candidate);
  if (parsed.success) return { recipe: parsed.data, errors: [] };
  const heading = recipeHeading(index, candidate);
  const errors = parsed.error.issues.map((issue) => {
    const { where, text } = describeIssue(issue, candidate);
    const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
    return `${[heading, ...where].join(', ')}: ${sentence}`;
  });
  return { errors };
}

/** The recipes a file holds, before they are checked: a wrapped file, or one bare recipe. */
function candidatesIn(data: unknown): { candidates: unknown[] } | { error: string } {
  const notRecipes =
    'This is not a Record Lens recipe file: it should be a file exported from Record Lens, or one recipe on its own.';
  if (!isObject(data)) return { error: notRecipes };
  if (!('format' in data)) {
    // A bare recipe, as someone pasted it from "Show JSON": accepted for convenience.
    return 'pages' in data || 'schemaVersion' in data || 'origins' in data ? { candidates: [data] } : { error: notRecipes };
  }
  if (data.format !== RECIPE_FILE_FORMAT) return { error: notRecipes };
  if (data.formatVersion !== RECIPE_FILE_VERSION) {
    const v = typeof data.formatVersion === 'number' ? ` (file format ${data.formatVersion})` : '';
    return {
      error:
        typeof data.formatVersion === 'number' && data.formatVersion > RECIPE_FILE_VERSION
          ? `This file was made by a newer Record Lens${v}: update Record Lens, then import it again.`
          : `This file's format version is not one Record Lens knows${v}.`,
    };
  }
  if (!Array.isArray(data.recipes)) return { error: 'The file has no list of recipes in it.' };
  if (data.recipes.length === 0) return { error: 'The file holds no recipes.' };
  return { candidates: data.recipes };
}

/**
 * Ids a file may not use: the same id twice would make one recipe silently replace the other on
 * import, and a built-in recipe's id is reserved because built-in recipes change only with
 * Record Lens itself.
 */
function idErrors(candidates: readonly unknown[], reservedIds: readonly string[]): string[] {
  const firstAt = new Map<string, number>();
  const errors: string[] = [];
  candidates.forEach((c, i) => {
    const id = isObject(c) && typeof c.id === 'string' ? c.id : undefined;
    if (id === undefined) return;
    if (reservedIds.includes(id)) {
      errors.push(
        `${recipeHeading(i, c)}: the id "${id}" belongs to a built-in recipe, which cannot be replaced; give the recipe in the file its own id (for example ${id}-copy).`,
      );
    }
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else
      errors.push(
        `${recipeHeading(i, c)}: the id "${id}" is also used by recipe ${first + 1}; each recipe in a file needs its own id.`,
      );
  });
  return errors;
}

/**
 * Reads a recipe file. Never throws, whatever the text: every problem comes back as a sentence,
 * and a file with any problem gives no recipes at all, so an import is all or nothing.
 * `reservedIds` (the built-in recipes' ids, when importing) are reported like any other mistake,
 * so the person sees every problem in one go.
 */
export function parseRecipeFile(text: string, opts: { reservedIds?: readonly string[] } = {}): RecipeFileResult {
  try {
    if (typeof text !== 'string') return fail('Record Lens could not read this file.');
    if (byteLength(text) > MAX_RECIPE_FILE_BYTES) {
      return fail(FILE_TOO_BIG);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('This file is not readable JSON: it may be damaged, or not a recipe file at all.');
    }
    const found = candidatesIn(data);
    if ('error' in found) return fail(found.error);
    const checked = found.candidates.map((c, i) => recipeErrors(i, c));
    const errors = [...checked.flatMap((c) => c.errors), ...idErrors(found.candidates, opts.reservedIds ?? [])];
    if (errors.length > MAX_ERRORS) {
      return fail(...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems.`);
    }
    if (errors.length) return fail(...errors);
    return { ok: true, recipes: checked.map((c) => c.recipe!) };
  } catch {
    // Only a bug in Record Lens gets here; the person still gets a sentence, not a crash.
    return fail('Record Lens could not read this file.');
  }
}
