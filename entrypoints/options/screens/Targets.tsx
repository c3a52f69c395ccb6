import { useState } from 'preact/hooks';
import { MEASURES } from '@/src/measure/registry';
import { readTarget, shownTarget, targetUnit } from '@/src/measure/target-entry';
import { getDb } from '@/src/store/db';
import { currentMeasures } from '@/src/store/measure-inputs';
import { writeSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { Control } from '../components/Control';

/** Set where they belong: one setting each, so two screens never disagree. */
const ELSEWHERE: Record<string, string> = { 'update-lag': 'Set in Care-plan rules above.' };

/**
 * The target of every measure: the line each chart draws and the spread table and evidence pack
 * judge against. Each says what it measures and which way is better, so a target is set knowingly.
 */
export function Targets() {
  const { value: loaded } = useLiveQuery(() => currentMeasures(getDb()), []);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  if (!loaded) return null;
  const editable = loaded.filter((m) => !ELSEWHERE[m.id]);

  const save = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const out: Record<string, string[]> = {};
    const targets: Record<string, number> = {};
    for (const m of editable) {
      const r = readTarget(m, String(form.get(m.id) ?? ''));
      if (r.ok) targets[m.id] = r.target;
      else out[m.id] = [r.error];
    }
    setErrors(out);
    if (Object.keys(out).length) return setSaved(false);
    const { 'audit-score': auditTarget, ...measureTargets } = targets;
    await writeSettings(getDb(), { measureTargets, ...(auditTarget === undefined ? {} : { auditTarget }) });
    setSaved(true);
  };

  return (
    <section aria-labelledby="targets-title" data-testid="targets">
      <h2 id="targets-title">Targets</h2>
      <p class="muted small">The line on each chart, and what the spread table and the evidence pack judge against. Defaults follow common practice.</p>
      <form onSubmit={(e) => void save(e)} noValidate class="stack">
        {editable.map((m) => (
          <Control
            key={m.id}
            name={m.id}
            label={`${m.name} (${targetUnit(m)})`}
            hint={`${m.definition} ${m.direction === 'higher-is-better' ? 'Higher is better.' : 'Lower is better.'}`}
            errors={errors[m.id]}
            render={(a) => <input {...a} name={m.id} type="number" min={0} step="any" defaultValue={String(shownTarget(m))} style="width:7em" />}
          />
        ))}
        {Object.entries(ELSEWHERE).map(([id, where]) => (
          <p key={id} class="small muted">
            {MEASURES.find((m) => m.id === id)?.name}: {where}
          </p>
        ))}
        <button type="submit">Save targets</button>
        {saved && <p role="status">Saved. Charts, the spread table and the evidence pack use these targets from now on.</p>}
      </form>
    </section>
  );
}
