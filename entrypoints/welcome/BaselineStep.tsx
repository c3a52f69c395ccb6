import { useState } from 'preact/hooks';
import { BaselineSchema } from '@/src/model/settings';
import { setBaseline } from '@/src/store/baseline';
import { getDb } from '@/src/store/db';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { suggestedBaseline } from '@/src/onboarding/suggested-baseline';

/**
 * The "before" every chart is read against. Offered here because it is the first thing an
 * inspector's question needs; the dates are checked by the same schema as the side panel's form.
 */
export function BaselineStep() {
  const { value: settings } = useLiveQuery(() => readSettings(getDb()), []);
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  if (!settings) return null;
  const shown = settings.baseline ?? suggestedBaseline(Date.now());

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const baseline = { start: String(form.get('start') ?? ''), end: String(form.get('end') ?? '') };
    const parsed = BaselineSchema.safeParse(baseline);
    if (!parsed.success) return setSaid({ ok: false, text: parsed.error.issues.map((i) => i.message).join(' ') });
    const saved = await setBaseline(getDb(), { baseline: parsed.data, interventions: settings.interventions }, Date.now());
    setSaid({
      ok: true,
      text: saved.baselineFigures
        ? `Baseline saved: ${parsed.data.start} to ${parsed.data.end}.`
        : `Baseline saved: ${parsed.data.start} to ${parsed.data.end}. No records of that period are held yet: read them with History capture in the side panel, and its figures are fixed from them.`,
    });
  };

  return (
    <section aria-labelledby="baseline-step-title">
      <h2 id="baseline-step-title">Your baseline (the "before")</h2>
      <p>
        Pick a period before your records improved, usually the weeks around the inspection that found them weak. Every chart compares with it. You can
        leave this for later: it is in the side panel too.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} class="stack" data-testid="welcome-baseline">
        <label>
          Baseline starts <input type="date" name="start" required defaultValue={shown.start} />
        </label>
        <label>
          Baseline ends <input type="date" name="end" required defaultValue={shown.end} />
        </label>
        <button type="submit">Save the baseline</button>
      </form>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} class={said.ok ? undefined : 'error'}>
          {said.text}
        </p>
      )}
    </section>
  );
}
