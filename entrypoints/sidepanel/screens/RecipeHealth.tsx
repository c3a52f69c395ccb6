import { RECIPE_HEALTH_HELP } from '@/src/help/recipe-health-help';
import { fieldLabel } from '@/src/model/field-labels';
import { getDb } from '@/src/store/db';
import { degradedPages } from '@/src/store/queries';
import { Help } from '@/src/ui/Help';
import { useLiveQuery } from '@/src/ui/use-live-query';

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'unknown');

/** Recipes that stopped reading well: which page, which field broke, and since when. */
export function RecipeHealth() {
  const { value: broken } = useLiveQuery(() => degradedPages(getDb()), []);
  if (!broken?.length) return null;
  return (
    <section aria-labelledby="health-title" class="warning" data-testid="recipe-health">
      <h2 id="health-title">Recipes that need attention</h2>
      <p>Record Lens has stopped storing from these pages, so no wrong records reach your figures.</p>
      <ul>
        {broken.map((h) => (
          <li key={h.key} data-testid="degraded-page">
            <strong>
              {h.recipeId} · {h.pageId}
            </strong>
            {h.brokenField && <> — the {fieldLabel(h.brokenField)} broke</>}, since {when(h.since)}. {h.reason}
            {h.lastGoodAt && <span class="muted"> Last read correctly {when(h.lastGoodAt)}.</span>}
          </li>
        ))}
      </ul>
      <Help label="What this means and what to do" parts={[RECIPE_HEALTH_HELP.degraded]} />
    </section>
  );
}
