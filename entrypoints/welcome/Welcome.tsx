import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/src/store/db';
import { listRecipes, setRecipeEnabled } from '@/src/store/recipes';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { syncRecipes } from '@/src/ui/sync-recipes';
import { BaselineStep } from './BaselineStep';

const TEACH = 'teach';

/**
 * The first minute after install: what Record Lens reads and where it keeps it, the user's care
 * system (a known recipe, given access to its one origin, or how to teach a new one), and the
 * baseline period. Every step can be done later from the settings; nothing here is required.
 */
export function Welcome() {
  const { value: entries } = useLiveQuery(() => listRecipes(getDb()), []);
  const [chosen, setChosen] = useState<string>();
  const [access, setAccess] = useState<{ ok: boolean; text: string }>();
  const picked = entries?.find((e) => e.recipe.id === chosen);

  const grant = async () => {
    if (!picked) return;
    const { recipe } = picked;
    // Asked at once, while the click still counts as the user's: the browser shows its own prompt.
    const granted = await browser.permissions.request({ origins: recipe.origins }).catch(() => false);
    if (!granted) {
      setAccess({ ok: false, text: `The browser did not give access to ${recipe.origins.join(', ')}, so Record Lens reads nothing there. You can grant it later in Settings, Recipes.` });
      return;
    }
    await setRecipeEnabled(getDb(), recipe.id, true);
    const problem = await syncRecipes();
    setAccess({
      ok: !problem,
      text: problem ?? `Record Lens may now read ${recipe.origins.join(', ')}, and nothing else. Open a resident's daily notes there: the side panel shows what it reads.`,
    });
  };

  return (
    <main>
      <h1>Welcome to Record Lens</h1>
      <section aria-labelledby="what-title">
        <h2 id="what-title">What it does with your records</h2>
        <ul data-testid="welcome-promises">
          <li>
            <strong>It reads</strong> the pages of your care system that you open: daily notes, care-plan review dates and audit answers, through a
            recipe that says where each one is on the page.
          </li>
          <li>
            <strong>It keeps them on this computer only</strong>, in this browser's own storage, for as long as you choose (24 months unless you change
            it). You can delete one resident, a span of days or everything at any time.
          </li>
          <li>
            <strong>It never</strong> sends anything anywhere, changes anything in your care system, or shows records to anyone who cannot already use
            this browser. Reports you export use codes instead of residents' names unless you choose names.
          </li>
          <li>
            <strong>It asks</strong> the browser for access to your care system's web address only, when you say so below; no other website.
          </li>
        </ul>
      </section>

      <section aria-labelledby="system-title">
        <h2 id="system-title">Your care system</h2>
        {entries && (
          <fieldset>
            <legend>Which care system do you use?</legend>
            {entries.map(({ recipe }) => (
              <label key={recipe.id} class="choice">
                <input type="radio" name="system" value={recipe.id} checked={chosen === recipe.id} onChange={() => (setChosen(recipe.id), setAccess(undefined))} />{' '}
                {recipe.name} <span class="muted small">({recipe.origins.join(', ')})</span>
              </label>
            ))}
            <label class="choice">
              <input type="radio" name="system" value={TEACH} checked={chosen === TEACH} onChange={() => (setChosen(TEACH), setAccess(undefined))} /> Mine is not in
              this list
            </label>
          </fieldset>
        )}
        {picked && (
          <p>
            <button type="button" onClick={() => void grant()}>
              Let Record Lens read {picked.recipe.name}
            </button>{' '}
            <span class="muted small">The browser will ask you to allow {picked.recipe.origins.join(', ')}.</span>
          </p>
        )}
        {chosen === TEACH && (
          <div data-testid="welcome-teach">
            <p>Record Lens can learn a care system it does not know, in a few minutes, by pointing:</p>
            <ol>
              <li>Open your care system and go to one resident's daily notes.</li>
              <li>Click the Record Lens icon in the browser's toolbar to open its side panel.</li>
              <li>Choose <strong>Teach this page</strong>, then click a note's text, its time, its author and the resident's name when asked.</li>
              <li>Save: Record Lens asks the browser for access to that care system's address only, and starts reading.</li>
            </ol>
          </div>
        )}
        {access && (
          <p role={access.ok ? 'status' : 'alert'} class={access.ok ? undefined : 'error'} data-testid="welcome-access">
            {access.text}
          </p>
        )}
      </section>

      <BaselineStep />

      <section aria-labelledby="next-title">
        <h2 id="next-title">When you want to change anything</h2>
        <p>
          Shift times, review intervals, targets, how long records are kept, the rules, recipes, a passphrase lock and deleting records are all in{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Record Lens settings
          </button>
          . You can close this page.
        </p>
      </section>
    </main>
  );
}
