import type { PageCapture } from '@/src/store/queries';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What Record Lens read from the page in the current tab, and what it could not read. */
export function ThisPage({ page }: { page?: PageCapture }) {
  return (
    <section aria-labelledby="this-page-title" data-testid="this-page" data-url={page?.url}>
      <h2 id="this-page-title">This page</h2>
      {!page ? (
        <p class="empty">
          Nothing captured from this tab yet. Open a resident's daily notes or care plan in your care
          system and Record Lens reads them here.
        </p>
      ) : (
        <>
          {page.health?.status === 'degraded' && (
            <div role="alert" class="warning" data-testid="page-degraded">
              <strong>Not stored: this page did not read correctly.</strong> {page.health.reason} The
              care system may have changed its pages; check the recipe before relying on new figures.
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
      )}
    </section>
  );
}
