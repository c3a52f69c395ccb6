import { useState } from 'preact/hooks';
import { SettingsSchema } from '@/src/model/settings';
import { getDb } from '@/src/store/db';
import { setBaseline } from '@/src/store/baseline';
import { readSettings, writeSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';

/** Sets the baseline period and the interventions (one or more, each dated and described) every chart is read against. */
export function BaselineForm() {
  const { value: settings } = useLiveQuery(() => readSettings(getDb()), []);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  if (!settings) return null;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const form = new FormData(el);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const added = get('interventionDay') ? [{ day: get('interventionDay'), label: get('interventionLabel') || 'Intervention' }] : [];
    const interventions = [...settings.interventions, ...added]
      .filter((i, k, all) => all.findIndex((j) => j.day === i.day && j.label === i.label) === k)
      .sort((a, b) => a.day.localeCompare(b.day));
    const candidate = { ...settings, baseline: { start: get('baselineStart'), end: get('baselineEnd') }, interventions };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(' '));
      setSaved(false);
      return;
    }
    await setBaseline(getDb(), { baseline: parsed.data.baseline, interventions: parsed.data.interventions }, Date.now());
    setError(undefined);
    setSaved(true);
    // The new intervention is now in the list above: the fields are ready for the next one.
    el.querySelectorAll<HTMLInputElement>('input[name^="intervention"]').forEach((i) => (i.value = ''));
  };
  const refreeze = async () => {
    await setBaseline(getDb(), { baseline: settings.baseline, interventions: settings.interventions }, Date.now(), true);
    setSaved(true);
  };
  const remove = async (day: string, label: string) => {
    await writeSettings(getDb(), { interventions: settings.interventions.filter((i) => !(i.day === day && i.label === label)) });
  };

  return (
    <section aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline and intervention</h2>
      <form onSubmit={onSubmit} class="stack" data-testid="baseline-form">
        <fieldset>
          <legend>Baseline period (the "before")</legend>
          <label>
            Baseline starts <input type="date" name="baselineStart" required defaultValue={settings.baseline?.start} />
          </label>
          <label>
            Baseline ends <input type="date" name="baselineEnd" required defaultValue={settings.baseline?.end} />
          </label>
          {settings.baseline && !settings.baselineFigures && (
            <p class="small muted" data-testid="baseline-not-frozen">
              Not fixed yet: no records of this period were held when it was saved, so the charts use the records as they arrive. Once the period is read
              (History capture),{' '}
              <button type="button" class="link" onClick={() => void refreeze()}>
                fix its figures from the records held now
              </button>
              .
            </p>
          )}
          {settings.baseline && settings.baselineFigures && (
            <p class="small muted" data-testid="baseline-frozen">
              Figures frozen on {new Date(settings.baselineFigures.frozenAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })}{' '}
              from {settings.baselineFigures.figures['vague|all']?.denominator ?? 0} notes: later captures for this period do not move them.{' '}
              <button type="button" class="link" onClick={() => void refreeze()}>
                Freeze again from the records held now
              </button>
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Interventions (what changed, and when)</legend>
          {settings.interventions.length > 0 && (
            <ul class="interventions" data-testid="interventions">
              {settings.interventions.map((i) => (
                <li key={`${i.day}|${i.label}`}>
                  {i.day}: {i.label}{' '}
                  <button type="button" class="link" onClick={() => void remove(i.day, i.label)} aria-label={`Remove intervention ${i.day}: ${i.label}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label>
            Intervention date <input type="date" name="interventionDay" />
          </label>
          <label>
            What changed <input type="text" name="interventionLabel" maxLength={120} placeholder="e.g. coaching for night staff" />
          </label>
        </fieldset>
        <button type="submit">Save</button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {saved && !error && <p role="status">Saved.</p>}
      </form>
    </section>
  );
}
