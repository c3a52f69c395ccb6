import { useState } from 'preact/hooks';
import type { Recipe } from '@/src/model/recipe';
import { builtinRecipes } from '@/src/recipes/builtin';
import { FILE_TOO_BIG, MAX_RECIPE_FILE_BYTES, parseRecipeFile } from '@/src/recipes/recipe-file';
import { getDb } from '@/src/store/db';
import { saveUserRecipe } from '@/src/store/recipes';
import { syncRecipes } from '@/src/ui/sync-recipes';

/** Saves every recipe of a checked file in one transaction: all of them, or (on a failure) none. */
async function saveAll(recipes: readonly Recipe[]): Promise<string[]> {
  const db = getDb();
  return db.transaction('rw', db.recipes, async () => {
    const said: string[] = [];
    for (const recipe of recipes) {
      const before = await db.recipes.get(recipe.id);
      const saved = await saveUserRecipe(db, recipe);
      const prior = before?.origin === 'user' ? before.recipe.version : undefined;
      said.push(
        prior === undefined
          ? `${saved.name} (new)`
          : prior === saved.version
            ? `${saved.name} (already up to date, version ${saved.version})`
            : `${saved.name} (replaced your copy, now version ${saved.version})`,
      );
    }
    return said;
  });
}

/**
 * "Import recipes": a file another home or the provider's quality team exported. A file with any
 * problem imports nothing and lists every problem, so the person fixes the file once, not once
 * per mistake.
 */
export function ImportRecipes() {
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const onChoose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setErrors([]);
    setStatus('');
    if (!file) return;
    try {
      // Not even read into memory: a huge file is the wrong file.
      if (file.size > MAX_RECIPE_FILE_BYTES) return setErrors([FILE_TOO_BIG]);
      const parsed = parseRecipeFile(await file.text(), { reservedIds: builtinRecipes.map((r) => r.id) });
      if (!parsed.ok) return setErrors(parsed.errors);
      const said = await saveAll(parsed.recipes);
      const syncProblem = await syncRecipes();
      setStatus(`Imported ${said.length === 1 ? '1 recipe' : `${said.length} recipes`} from ${file.name}: ${said.join('; ')}.${syncProblem ? ` ${syncProblem}` : ''}`);
    } catch {
      setErrors(['Record Lens could not save the recipes from this file; nothing was imported. Try again, or restart the browser.']);
    } finally {
      // Lets the same file be chosen again after it has been fixed.
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import recipes</h2>
      <p>
        Choose a recipe file exported from Record Lens (for example by another of your homes). A recipe of your own with the same id is
        replaced; a file with any problem imports nothing.
      </p>
      <label for="import-file">Recipe file to import (.json)</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={onChoose} />
      {errors.length > 0 && (
        <div role="alert" class="error-summary" data-testid="import-errors">
          <h3>Nothing was imported: fix {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} in the file</h3>
          <ul>
            {errors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}
