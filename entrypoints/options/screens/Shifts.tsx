import { useState } from 'preact/hooks';
import { getDb } from '@/src/store/db';
import { readSettings } from '@/src/store/settings';
import { setShifts } from '@/src/store/shifts';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { Control } from '../components/Control';

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** When the day and night shifts start: what "nights are behind" means depends on it. */
export function Shifts() {
  const { value: settings } = useLiveQuery(() => readSettings(getDb()), []);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [said, setSaid] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!settings) return null;
  const { dayStartsAt, nightStartsAt } = settings.shifts;

  const save = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const hour = (k: string) => (String(form.get(k) ?? '').trim() === '' ? NaN : Number(form.get(k)));
    setBusy(true);
    setSaid(undefined);
    try {
      const result = await setShifts(getDb(), { dayStartsAt: hour('dayStartsAt'), nightStartsAt: hour('nightStartsAt') });
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      const s = (await readSettings(getDb())).shifts;
      setSaid(`Saved: day ${hh(s.dayStartsAt)} to ${hh(s.nightStartsAt)}, night ${hh(s.nightStartsAt)} to ${hh(s.dayStartsAt)}.${result.notes ? ` The daily totals of ${result.notes.toLocaleString('en-GB')} notes were counted again with these hours.` : ''}`);
    } finally {
      setBusy(false);
    }
  };

  const hourField = (name: 'dayStartsAt' | 'nightStartsAt', label: string, value: number) => (
    <Control
      name={name}
      label={label}
      hint="An hour from 0 to 23, London time."
      errors={errors[name]}
      render={(a) => <input {...a} name={name} type="number" min={0} max={23} step={1} defaultValue={String(value)} key={`${name}${value}`} style="width:5em" />}
    />
  );

  return (
    <section aria-labelledby="shifts-title" data-testid="shift-settings">
      <h2 id="shifts-title">Shifts</h2>
      <p class="muted small">
        Every note counts in the shift its care was given in: the spread table's nights and days, and the audit sample's, depend on these hours. Changing
        them counts every stored note again.
      </p>
      <form onSubmit={(e) => void save(e)} noValidate class="stack">
        {hourField('dayStartsAt', 'The day shift starts at (hour)', dayStartsAt)}
        {hourField('nightStartsAt', 'The night shift starts at (hour)', nightStartsAt)}
        <button type="submit" disabled={busy}>
          {busy ? 'Counting again…' : 'Save shifts'}
        </button>
        {said && <p role="status">{said}</p>}
      </form>
    </section>
  );
}
