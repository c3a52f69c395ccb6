import { useEffect, useState } from 'preact/hooks';
import { TimelinessRulesSchema, type TimelinessRules } from '@/src/measure/timeliness';
import { getDb } from '@/src/store/db';
import { readTimelinessRules, writeTimelinessRules } from '@/src/store/timeliness';
import { Control } from '../components/Control';

const toLines = (r: Record<string, number>) => Object.entries(r).map(([s, d]) => `${s} = ${d}`).join('\n');

/** "Medication = 14" per line → { Medication: 14 }; a line that is not like that is reported. */
function parseIntervals(text: string): { ok: true; value: Record<string, number> } | { ok: false; line: string } {
  const value: Record<string, number> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*=\s*(\d+)$/.exec(line);
    if (!m) return { ok: false, line };
    value[m[1]!] = Number(m[2]);
  }
  return { ok: true, value };
}

/**
 * The provider's care-plan rules: how often sections are reviewed (in general and per section
 * type), the target for updating a plan after a change in need, and when a section not seen is
 * "not seen since". Used wherever the page shows no review-due date of its own.
 */
export function CarePlanRules() {
  const [rules, setRules] = useState<TimelinessRules>();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => void readTimelinessRules(getDb()).then(setRules), []);
  if (!rules) return null;

  const save = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const num = (k: string) => (String(form.get(k) ?? '').trim() === '' ? NaN : Number(form.get(k)));
    const intervals = parseIntervals(String(form.get('sectionIntervalDays') ?? ''));
    if (!intervals.ok) {
      setSaved(false);
      return setErrors({ sectionIntervalDays: [`"${intervals.line}" should look like: Medication = 14`] });
    }
    const parsed = TimelinessRulesSchema.safeParse({
      reviewIntervalDays: num('reviewIntervalDays'),
      sectionIntervalDays: intervals.value,
      updateLagTargetDays: num('updateLagTargetDays'),
      staleAfterDays: num('staleAfterDays'),
    });
    if (!parsed.success) {
      setSaved(false);
      const out: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (out[String(i.path[0])] ??= []).push('Enter a whole number of days, 1 or more (0 or more for the target).');
      return setErrors(out);
    }
    setRules(await writeTimelinessRules(getDb(), parsed.data));
    setErrors({});
    setSaved(true);
  };

  const days = (name: 'reviewIntervalDays' | 'updateLagTargetDays' | 'staleAfterDays', label: string, hint: string) => (
    <Control
      name={name}
      label={label}
      hint={hint}
      errors={errors[name]}
      render={(a) => <input {...a} name={name} type="number" min={name === 'updateLagTargetDays' ? 0 : 1} step={1} value={rules[name]} style="width:6em" />}
    />
  );

  return (
    <section aria-labelledby="care-plan-rules-title" data-testid="care-plan-rules">
      <h2 id="care-plan-rules-title">Care-plan rules</h2>
      <form onSubmit={save} noValidate class="stack">
        {days('reviewIntervalDays', 'Review every (days)', 'Used when the care system shows no review-due date. A section is overdue the day after it is due.')}
        <Control
          name="sectionIntervalDays"
          label="Other intervals for some sections, one per line"
          hint="For example: Medication = 14"
          errors={errors.sectionIntervalDays}
          render={(a) => <textarea {...a} name="sectionIntervalDays" rows={3} spellcheck={false} value={toLines(rules.sectionIntervalDays)} />}
        />
        {days('updateLagTargetDays', 'Update the plan within (days) of a change in need', 'The target the update lag is measured against.')}
        {days('staleAfterDays', 'Not seen for (days)', 'A section not read for this long is listed apart: nobody can say it is fine.')}
        <button type="submit">Save care-plan rules</button>
        {saved && <p role="status">Saved. The backlog uses these rules from now on, for its whole history.</p>}
      </form>
    </section>
  );
}
