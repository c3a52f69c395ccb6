import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RECORD_KINDS } from '@/src/extract/record-kinds';
import { sendToBackground } from '@/src/messaging/send';
import type { RecordType } from '@/src/model/extraction-problem';
import { fieldLabel } from '@/src/model/field-labels';
import { AuditAnswerFieldsSchema, CarePlanEventFieldsSchema, CarePlanSectionFieldsSchema, NoteFieldsSchema } from '@/src/model/recipe';
import { originOf } from '@/src/recipes/match-pattern';
import { recipeIdFor, taughtRecipe } from '@/src/recipes/taught-recipe';
import { getDb } from '@/src/store/db';
import { listRecipes, saveUserRecipe } from '@/src/store/recipes';
import { useBuilder } from '../use-builder';

const FIELDS: Record<RecordType, string[]> = {
  note: Object.keys(NoteFieldsSchema.shape),
  carePlanSection: Object.keys(CarePlanSectionFieldsSchema.shape),
  // Taught in the options page's form: its words for each kind of event cannot be pointed at.
  carePlanEvent: Object.keys(CarePlanEventFieldsSchema.shape),
  auditAnswer: Object.keys(AuditAnswerFieldsSchema.shape),
};

/**
 * "Teach this page": the user points at one record and its fields in the care system; the panel
 * shows what would be read from the whole page, then saves it as a recipe and starts capture.
 */
export function Teach({ tabId }: { tabId?: number }) {
  const builder = useBuilder(tabId);
  const [recordType, setRecordType] = useState<RecordType>('note');
  const [saved, setSaved] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const state = builder.state;

  const save = async (e: Event) => {
    e.preventDefault();
    if (!state) return;
    const name = String(new FormData(e.currentTarget as HTMLFormElement).get('name') ?? '');
    const origin = originOf(state.url);
    // Asked here, in the click, for this one site only.
    if (!origin || !(await browser.permissions.request({ origins: [origin] }))) {
      return setSaveError('Record Lens needs access to this site to read it. Nothing was saved.');
    }
    const existing = (await listRecipes(getDb())).find((r) => r.origin === 'user' && r.recipe.id === recipeIdFor(name))?.recipe;
    const recipe = taughtRecipe(name, state, existing);
    if (!recipe.success) return setSaveError(recipe.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`).join(' '));
    try {
      const stored = await saveUserRecipe(getDb(), recipe.data);
      await sendToBackground('syncRecipes', {});
      builder.close();
      // Start reading this page now rather than at its next load.
      await browser.scripting.executeScript({ target: { tabId: tabId! }, files: ['/content-scripts/content.js'] });
      setSaveError(undefined);
      setSaved(`Saved "${stored.name}" (version ${stored.version}). Record Lens now reads these pages.`);
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby="teach-title" data-testid="teach">
      <h2 id="teach-title">Teach this page</h2>
      {!state ? (
        <div class="stack">
          <p class="muted">Show Record Lens where the records are on a page it does not know yet, by pointing.</p>
          <fieldset>
            <legend>What does this page show?</legend>
            {(['note', 'carePlanSection'] as const).map((t) => (
              <label key={t} class="inline">
                <input type="radio" name="recordType" checked={recordType === t} onChange={() => setRecordType(t)} />{' '}
                {t === 'note' ? 'Daily notes' : 'Care-plan sections'}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => void builder.send({ command: 'start', recordType })} disabled={tabId === undefined}>
            Start pointing
          </button>
          {builder.error && <p role="alert" class="error">{builder.error}</p>}
          {saved && <p role="status">{saved}</p>}
        </div>
      ) : (
        <div class="stack">
          <p role="status" data-testid="teach-status">
            {state.recordSelector
              ? `${state.matchCount} ${state.recordType === 'note' ? 'notes' : 'sections'} highlighted${state.excluded ? `, ${state.excluded} left out` : ''}.`
              : 'Click one record on the page.'}
            {state.message && ` ${state.message}`}
          </p>
          <div class="row">
            <button type="button" onClick={() => void builder.send({ command: 'pickRecords' })}>Adjust records</button>
            <button type="button" onClick={() => void builder.send({ command: 'widen' })} disabled={!state.recordSelector}>
              Whole record (wider)
            </button>
          </div>
          <table class="figures" data-testid="teach-fields">
            <caption>Fields (* needed)</caption>
            <tbody>
              {FIELDS[state.recordType].map((f) => (
                <tr key={f}>
                  <th scope="row">
                    {fieldLabel(f)}
                    {RECORD_KINDS[state.recordType].required.includes(f) && ' *'}
                  </th>
                  <td data-field={f}>{state.samples[f] ?? ''}</td>
                  <td>
                    <button type="button" disabled={!state.recordSelector} aria-label={`Pick ${fieldLabel(f)}`}
                      onClick={() => void builder.send({ command: 'pickField', field: f })}>
                      {state.mode === 'field' && state.field === f ? 'Click it in the page…' : 'Pick'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Preview state={state} />
          <form onSubmit={save} class="row">
            <label>
              Name for this care system <input name="name" required maxLength={80} defaultValue={new URL(state.url).hostname} />
            </label>
            <button type="submit" disabled={!state.preview.rows.length}>Save recipe</button>
            <button type="button" onClick={builder.close}>Cancel</button>
          </form>
          {saveError && <p role="alert" class="error">{saveError}</p>}
        </div>
      )}
    </section>
  );
}

function Preview({ state }: { state: NonNullable<ReturnType<typeof useBuilder>['state']> }) {
  const columns = FIELDS[state.recordType].filter((f) => state.fields[f]);
  return (
    <details open>
      <summary>
        Preview: {state.preview.rows.length} of {state.preview.matched} would be read
        {state.preview.problems.length > 0 && `, ${state.preview.problems.length} could not`}
      </summary>
      {state.preview.problems.length > 0 && (
        <ul data-testid="teach-problems">
          {state.preview.problems.slice(0, 5).map((p, i) => (
            <li key={i}>{p.reason}</li>
          ))}
        </ul>
      )}
      <div class="scroll">
        <table class="figures" data-testid="teach-preview">
          <thead>
            <tr>{columns.map((c) => <th scope="col" key={c}>{fieldLabel(c)}</th>)}</tr>
          </thead>
          <tbody>
            {state.preview.rows.slice(0, 10).map((row, i) => (
              <tr key={i}>{columns.map((c) => <td key={c}>{row[c] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
