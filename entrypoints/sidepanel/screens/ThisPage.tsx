import { thisPageEmpty } from '@/src/help/this-page-empty';
import { RECIPE_HEALTH_HELP } from '@/src/help/recipe-health-help';
import { getDb } from '@/src/store/db';
import type { PageCapture } from '@/src/store/queries';
import { listRecipes } from '@/src/store/recipes';
import { Help } from '@/src/ui/Help';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { useCurrentTab } from '../use-current-tab';
import { useTabUrl } from '../use-tab-url';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What Record Lens read from the page in the current tab, and what it could not read. */
export function ThisPage({ page }: { page?: PageCapture }) {
  return (
    <section aria-labelledby="this-page-title" data-testid="this-page" data-url={page?.url}>
      <h2 id="this-page-title">This page</h2>
      {!page ? <NothingYet /> : <Captured page={page} />}
    </section>
  );
}

/** Nothing read from this tab: why (no recipe on, a site or page Record Lens does not know), and what to do. */
function NothingYet() {
  const tabId = useCurrentTab();
  const tab = useTabUrl(tabId);
  const { value: entries } = useLiveQuery(() => listRecipes(getDb()), []);
  if (!entries || !tab.known) return <p class="empty" aria-busy="true">Nothing captured from this tab yet.</p>;
  const { why, text } = thisPageEmpty(
    entries.filter((e) => e.enabled).map((e) => e.recipe),
    { ...(tabId === undefined ? {} : { id: tabId }), ...(tab.url ? { url: tab.url } : {}) },
  );
  return (
    <p class="empty" data-testid="this-page-empty" data-why={why}>
      {text}
    </p>
  );
}

function Captured({ page }: { page: PageCapture }) {
  return (
    <>
      {page.health?.status === 'degraded' && (
        <div role="alert" class="warning" data-testid="page-degraded">
          <strong>Not stored: this page did not read correctly.</strong> {page.health.reason} The
          care system may have changed its pages; check the recipe before relying on new figures.
          <Help parts={[RECIPE_HEALTH_HELP.degraded]} />
        </div>
      )}
      <p class="muted">
        {page.recipeId} · {page.pageId} · read at {new Date(page.capturedAt).toLocaleTimeString('en-GB')}
      </p>
      <dl class="counts">
        {page.matched.note !== undefined && (
          <>
            <dt>Notes on the page</dt>
            <dd data-testid="page-notes">{page.matched.note}</dd>
          </>
        )}
        {page.matched.carePlanSection !== undefined && (
          <>
            <dt>Care-plan sections</dt>
            <dd data-testid="page-sections">{page.matched.carePlanSection}</dd>
          </>
        )}
        <dt>New records stored</dt>
        <dd data-testid="page-added">{page.stored.added}</dd>
        <dt>Already known</dt>
        <dd data-testid="page-known">{page.stored.unchanged + page.stored.updated}</dd>
        <dt>Could not be read</dt>
        <dd data-testid="page-problems">{page.problems.length}</dd>
      </dl>
      {page.problems.length > 0 && (
        <details class="problems">
          <summary>{plural(page.problems.length, 'record')} kept aside, not stored</summary>
          <ul>
            {page.problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <strong>{p.reason}</strong> <span class="muted">{p.excerpt.slice(0, 80)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
