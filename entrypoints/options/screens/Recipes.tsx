import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { accessOf, originsToRelease, releaseAccess, type AccessState } from '@/src/permissions/site-access';
import type { RecipeEntry } from '@/src/model/recipe-entry';
import { exportRecipeFile } from '@/src/recipes/recipe-file';
import { getDb } from '@/src/store/db';
import { deleteUserRecipe, duplicateRecipe, listRecipes, setRecipeEnabled } from '@/src/store/recipes';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { downloadText, fileDay } from '@/src/ui/download';
import { syncRecipes } from '@/src/ui/sync-recipes';
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
  const [access, setAccess] = useState<Record<string, AccessState>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  // Which recipes may read their pages, kept current when access is granted or taken back anywhere.
  useEffect(() => {
    if (!entries) return;
    const refresh = async () =>
      setAccess(Object.fromEntries(await Promise.all(entries.map(async (e) => [e.recipe.id, await accessOf(browser.permissions, e.recipe)] as const))));
    void refresh();
    const listener = () => void refresh();
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  }, [entries]);
  const stillOn = (id: string) => (entries ?? []).filter((e) => e.enabled && e.recipe.id !== id).map((e) => e.recipe);

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
        // Asked first, while the click still counts as the user's: the browser shows its own prompt.
        const granted = on ? await browser.permissions.request({ origins: recipe.origins }).catch(() => false) : false;
        await setRecipeEnabled(getDb(), recipe.id, on);
        if (!on) {
          const release = originsToRelease(recipe, stillOn(recipe.id));
          await releaseAccess(browser.permissions, release);
          const released = release.length > 0 && (await accessOf(browser.permissions, { origins: release })) === 'none';
          return `${recipe.name} is off: it reads no pages until you switch it on${released ? ', and Record Lens gave back its access to them' : ''}.`;
        }
        return granted
          ? `${recipe.name} is on: it reads its care system's pages again.`
          : `${recipe.name} is on, but the browser did not give access to its pages: use "Grant access" to read them.`;
      }),
    onGrant: () =>
      act(async () =>
        (await browser.permissions.request({ origins: recipe.origins }).catch(() => false))
          ? `${recipe.name} may now read ${recipe.origins.join(', ')}.`
          : `The browser did not give access to ${recipe.origins.join(', ')}: ${recipe.name} reads nothing there.`,
      ),
    onRevoke: () =>
      act(async () => {
        await releaseAccess(browser.permissions, recipe.origins);
        const left = await accessOf(browser.permissions, recipe);
        return left === 'none'
          ? `Access to ${recipe.origins.join(', ')} taken back: ${recipe.name} reads nothing until you grant it again.`
          : `Some access stays: the browser keeps access it gave when Record Lens was installed.`;
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
        await releaseAccess(browser.permissions, originsToRelease(recipe, stillOn(recipe.id)));
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
                <th scope="col">Site access</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {entries?.map((entry) => <RecipeRow key={entry.recipe.id} entry={entry} access={access[entry.recipe.id]} actions={actionsFor(entry)} />)}
            </tbody>
          </table>
        </div>
        {entries && !entries.some((e) => e.enabled) && (
          <p class="empty" data-testid="recipes-none-on">
            No recipe is on, so Record Lens reads nothing. Switch on the one for your care system (the browser asks for its web address), or teach
            yours: open a page of daily notes in your care system, open the Record Lens side panel and choose Teach this page.
          </p>
        )}
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
