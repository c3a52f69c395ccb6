import { useRef, useState } from 'preact/hooks';
import type { RecipeEntry } from '@/src/model/recipe-entry';
import { exportRecipeFile } from '@/src/recipes/recipe-file';
import { getDb } from '@/src/store/db';
import { deleteUserRecipe, duplicateRecipe, listRecipes, setRecipeEnabled } from '@/src/store/recipes';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { downloadText, fileDay } from '@/src/ui/download';
import { syncRecipes } from '../sync';
import { ImportRecipes } from './ImportRecipes';
import { RecipeRow, type RowActions } from './RecipeRow';

/**
 * Every recipe Record Lens knows: the built-in ones and the user's own (taught, imported or
 * duplicated), with switches and the actions on each. Anything that changes which recipes are on
 * tells the background, which then reads exactly the pages of the recipes now on.
 */
export function Recipes({ onEdit }: { onEdit: (id: string) => void }) {
  const { value: entries, error } = useLiveQuery(() => listRecipes(getDb()), []);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  /** Runs one change and says in the status line what happened, or why it did not. */
  const act = async (change: () => Promise<string>, sync = true) => {
    try {
      const said = await change();
      const syncProblem = sync ? await syncRecipes() : undefined;
      setStatus(syncProblem ? `${said} ${syncProblem}` : said);
    } catch (e) {
      setStatus(`That did not work: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const actionsFor = ({ recipe, origin }: RecipeEntry): RowActions => ({
    onToggle: (on) =>
      act(async () => {
        await setRecipeEnabled(getDb(), recipe.id, on);
        return on ? `${recipe.name} is on: it reads its care system's pages again.` : `${recipe.name} is off: it reads no pages until you switch it on.`;
      }),
    onDuplicate: () =>
      act(async () => {
        const copy = await duplicateRecipe(getDb(), recipe.id);
        // Both are on and cover the same pages; the one higher in the list reads them.
        return `Made "${copy.name}" (${copy.id}). Edit the copy to change it; while "${recipe.name}" is on, it is the one that reads these pages, so switch it off to use your copy.`;
      }),
    onEdit: () => onEdit(recipe.id),
    onExport: () =>
      act(async () => {
        downloadText(`${recipe.id}.recipe.json`, exportRecipeFile([recipe], Date.now()));
        return origin === 'builtin'
          ? `Exported ${recipe.name}. Built-in recipes come with Record Lens, so to share changes, duplicate it and export the copy.`
          : `Exported ${recipe.name} to ${recipe.id}.recipe.json.`;
      }, false),
    onDelete: () =>
      act(async () => {
        await deleteUserRecipe(getDb(), recipe.id);
        heading.current?.focus();
        return `Deleted ${recipe.name}. The records it read stay.`;
      }),
  });

  const own = entries?.filter((e) => e.origin === 'user') ?? [];
  const exportAll = () =>
    act(async () => {
      const name = `record-lens-recipes-${fileDay(Date.now())}.json`;
      downloadText(name, exportRecipeFile(own.map((e) => e.recipe), Date.now()));
      return `Exported ${own.length === 1 ? 'your recipe' : `your ${own.length} recipes`} to ${name}.`;
    }, false);

  return (
    <>
      <section aria-labelledby="recipes-title">
        <h2 id="recipes-title" tabIndex={-1} ref={heading}>
          Recipes
        </h2>
        <p>
          A recipe tells Record Lens how to read one care system's pages: where each note or care-plan section is, and where its
          author, dates and text are. Built-in recipes come with Record Lens and cannot be changed; duplicate one to make your own copy to
          edit.
        </p>
        {error && (
          <p role="alert" class="error">
            Record Lens could not read its list of recipes: {error.message}
          </p>
        )}
        <div class="scroll">
          <table class="recipes" data-testid="recipes-table">
            <caption class="visually-hidden">All recipes</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Version</th>
                <th scope="col">Web addresses</th>
                <th scope="col">Pages</th>
                <th scope="col">On or off</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {entries?.map((entry) => <RecipeRow key={entry.recipe.id} entry={entry} actions={actionsFor(entry)} />)}
            </tbody>
          </table>
        </div>
        <p role="status" data-testid="recipes-status">
          {status}
        </p>
        <div class="row">
          <button type="button" onClick={exportAll} disabled={own.length === 0}>
            Export all
          </button>
          <span class="muted small">
            {own.length ? 'Saves all your own recipes in one file, to keep as a backup or share with your other homes.' : 'Nothing to export yet: you have no recipes of your own.'}
          </span>
        </div>
      </section>
      <ImportRecipes />
    </>
  );
}
