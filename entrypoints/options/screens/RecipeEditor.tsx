import { useEffect, useRef, useState } from 'preact/hooks';
import { blankPage, formToCandidate, recipeToForm, validateForm, type FormErrors, type PageForm, type RecipeForm } from '@/src/recipes/recipe-form';
import { getDb } from '@/src/store/db';
import { listRecipes, saveUserRecipe } from '@/src/store/recipes';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { Control } from '../components/Control';
import { ErrorSummary } from '../components/ErrorSummary';
import { syncRecipes } from '@/src/ui/sync-recipes';
import { PageEditor } from './PageEditor';

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/**
 * Edits one of the user's own recipes as a form over the recipe schema. Save checks the whole
 * recipe first and puts each mistake next to its control; a saved change gets the next version
 * number, so records read from then on say which version read them.
 */
export function RecipeEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { value: entries } = useLiveQuery(() => listRecipes(getDb()), []);
  const entry = entries?.find((e) => e.recipe.id === id);
  const [form, setForm] = useState<RecipeForm>();
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState('');
  const [leaving, setLeaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // The form is filled once from the stored recipe; later store changes must not wipe edits.
  useEffect(() => {
    if (entry && !form) setForm(recipeToForm(entry.recipe));
  }, [entry, form]);
  // Focus moves to the editor's heading once it shows, so a screen reader announces the new screen.
  const loaded = !!form;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  if (entries && (!entry || entry.origin !== 'user')) {
    return (
      <section aria-labelledby="editor-title">
        <h2 id="editor-title">Edit recipe</h2>
        <p class="empty">
          There is no recipe of your own called "{id}" to edit. Built-in recipes cannot be changed: duplicate one and edit the copy.
        </p>
        <button type="button" onClick={onClose}>
          Back to all recipes
        </button>
      </section>
    );
  }
  if (!form || !entry) return <p class="muted">Loading the recipe…</p>;

  const change = (next: RecipeForm) => {
    setForm(next);
    setStatus('');
  };
  const setPage = (i: number, page: PageForm) => change({ ...form, pages: form.pages.map((p, j) => (j === i ? page : p)) });

  const save = async (e: Event) => {
    e.preventDefault();
    const checked = validateForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus('');
      return;
    }
    setErrors({});
    const saved = await saveUserRecipe(getDb(), checked.recipe);
    const syncProblem = await syncRecipes();
    setForm({ ...form, version: saved.version });
    setStatus(
      saved.version === entry.recipe.version
        ? `Nothing changed: still version ${saved.version}.`
        : `Saved as version ${saved.version}.${syncProblem ? ` ${syncProblem}` : ''}`,
    );
  };

  const json = JSON.stringify(formToCandidate(form).candidate, null, 2);
  // Compared as recipes, not as typed text, so stray spaces or blank lines do not count as changes.
  const unsaved = json !== JSON.stringify(formToCandidate(recipeToForm(entry.recipe)).candidate, null, 2);
  const back = () => (unsaved && !leaving ? setLeaving(true) : onClose());
  return (
    <section aria-labelledby="editor-title" data-testid="recipe-editor">
      <button type="button" class="link" onClick={back}>
        ← Back to all recipes
      </button>
      {leaving && unsaved && (
        <div role="alert" class="confirm">
          <p>You have changes that are not saved. Leave them?</p>
          <button type="button" class="danger" onClick={onClose}>
            Leave without saving
          </button>
          <button type="button" class="secondary" onClick={() => setLeaving(false)}>
            Stay and keep editing
          </button>
        </div>
      )}
      <h2 id="editor-title" tabIndex={-1} ref={heading}>
        Edit recipe: {entry.recipe.name}
      </h2>
      <p>
        Id <code>{form.id}</code> (fixed: records read by this recipe keep it) · <span data-testid="editor-version">version {form.version}</span>
      </p>
      <form onSubmit={save} noValidate class="editor">
        <ErrorSummary errors={errors} />
        <h3>About the recipe</h3>
        <div class="grid">
          <Control
            name="name"
            label="Name"
            hint="The care system's name as your staff know it."
            errors={errors.name}
            render={(a) => <input {...a} type="text" maxLength={80} value={form.name} onInput={(e) => change({ ...form, name: valueOf(e) })} />}
          />
          <Control
            name="origins"
            label="Web addresses it may read, one per line"
            hint="Like https://care.example.com/* — Record Lens reads nothing anywhere else."
            errors={errors.origins}
            render={(a) => (
              <textarea {...a} rows={2} spellcheck={false} value={form.origins} onInput={(e) => change({ ...form, origins: valueOf(e) })} />
            )}
          />
        </div>
        <h3>Pages</h3>
        {errors.pages && <p class="error">{errors.pages.join(' ')}</p>}
        {form.pages.map((page, i) => (
          <PageEditor
            key={i}
            index={i}
            page={page}
            errors={errors}
            onChange={(p) => setPage(i, p)}
            onRemove={form.pages.length > 1 ? () => change({ ...form, pages: form.pages.filter((_, j) => j !== i) }) : undefined}
          />
        ))}
        <div class="row">
          <button type="button" class="secondary" onClick={() => change({ ...form, pages: [...form.pages, blankPage('note')] })}>
            Add a page
          </button>
          <button type="submit">Save</button>
        </div>
        <p role="status" data-testid="editor-status">
          {status}
        </p>
      </form>
      <details class="json">
        <summary>Show JSON</summary>
        <label for="recipe-json">The recipe as JSON (read only)</label>
        <textarea id="recipe-json" readOnly rows={20} spellcheck={false} value={json} />
      </details>
    </section>
  );
}
