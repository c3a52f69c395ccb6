import { useState } from 'preact/hooks';
import { SettingsSchema } from '@/src/model/settings';
import { getDb } from '@/src/store/db';
import { readSettings, writeSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';

/** Sets the baseline period and the intervention every chart is read against. */
export function BaselineForm() {
  const { value: settings } = useLiveQuery(() => readSettings(getDb()), []);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  const intervention = settings.interventions[0];

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const candidate = {
      baseline: { start: get('baselineStart'), end: get('baselineEnd') },
      interventions: get('interventionDay')
        ? [{ day: get('interventionDay'), label: get('interventionLabel') || 'Intervention' }]
        : [],
    };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(' '));
      setSaved(false);
      return;
    }
    await writeSettings(getDb(), parsed.data);
    setError(undefined);
    setSaved(true);
  };

  return (
    <section aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline and intervention</h2>
      <form onSubmit={onSubmit} class="stack" data-testid="baseline-form">
        <fieldset>
          <legend>Baseline period (the "before")</legend>
          <label>
            Baseline starts <input type="date" name="baselineStart" required value={settings.baseline?.start} />
          </label>
          <label>
            Baseline ends <input type="date" name="baselineEnd" required value={settings.baseline?.end} />
          </label>
        </fieldset>
        <fieldset>
          <legend>Intervention (what changed, and when)</legend>
          <label>
            Intervention date <input type="date" name="interventionDay" value={intervention?.day} />
          </label>
          <label>
            What changed{' '}
            <input type="text" name="interventionLabel" maxLength={120} value={intervention?.label} />
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
