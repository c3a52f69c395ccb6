import { useState } from 'preact/hooks';
import { londonDayKey } from '@/src/extract/dates/london-time';
import type { AuditTemplate } from '@/src/model/audit';
import type { Reviewer } from '@/src/model/sample';
import { newSeed } from '@/src/sampling/seeded-random';
import { beginCycle } from '@/src/store/audits';
import { getDb } from '@/src/store/db';
import { DEFAULT_SHIFTS, ShiftBoundariesSchema } from '@/src/model/shifts';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';

const DAY = 86_400_000;

/** Starts an audit cycle: template, period covered, sample size, scheduled or not. */
export function AuditStart({ templates, auditor }: { templates: readonly AuditTemplate[]; auditor?: Reviewer }) {
  const [error, setError] = useState<string>();
  // The provider's shift hours (options page) are offered; an audit may still use its own.
  const shiftHours = useLiveQuery(() => readSettings(getDb()).then((s) => s.shifts), []).value ?? DEFAULT_SHIFTS;
  const today = Date.now();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const template = templates.find((t) => `${t.id}@${t.version}` === get('template'));
    const size = Number(get('size'));
    if (!template) return setError('Choose an audit template.');
    if (!get('from') || !get('to') || get('from') > get('to')) return setError('Choose the period the audit covers: a start on or before its end.');
    if (!Number.isInteger(size) || size < 1 || size > 200) return setError('Choose a sample of 1 to 200 records.');
    if (!get('role')) return setError('Say your role, e.g. Quality lead.');
    const hours = ShiftBoundariesSchema.safeParse({ dayStartsAt: Number(get('dayStartsAt')), nightStartsAt: Number(get('nightStartsAt')) });
    if (!hours.success) return setError(`Shift hours: ${hours.error.issues[0]!.message}`);
    const shifts = hours.data;
    try {
      await beginCycle(getDb(), {
        template,
        periodStart: get('from'),
        periodEnd: get('to'),
        sampleSize: size,
        scheduled: form.get('scheduled') === 'on',
        isBaseline: form.get('baseline') === 'on',
        auditor: { role: get('role') },
        shifts,
        seed: newSeed(),
        now: Date.now(),
      });
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="stack" onSubmit={onSubmit} noValidate data-testid="audit-start">
      <div class="row">
        <label>
          Template
          <select name="template">
            {templates.map((t) => (
              <option key={`${t.id}@${t.version}`} value={`${t.id}@${t.version}`}>
                {t.name} (v{t.version})
              </option>
            ))}
          </select>
        </label>
        <label>
          Period from <input type="date" name="from" defaultValue={londonDayKey(today - 28 * DAY)} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={londonDayKey(today)} />
        </label>
        <label>
          Records to sample <input type="number" name="size" min={1} max={200} defaultValue="20" style="width:5em" />
        </label>
        <label>
          Your role <input type="text" name="role" maxLength={80} defaultValue={auditor?.role ?? 'Quality lead'} key={auditor?.role ?? ''} />
        </label>
        <label>
          Day shift starts at (hour) <input type="number" name="dayStartsAt" min={0} max={23} defaultValue={String(shiftHours.dayStartsAt)} key={`d${shiftHours.dayStartsAt}`} style="width:4em" />
        </label>
        <label>
          Night shift starts at (hour) <input type="number" name="nightStartsAt" min={0} max={23} defaultValue={String(shiftHours.nightStartsAt)} key={`n${shiftHours.nightStartsAt}`} style="width:4em" />
        </label>
      </div>
      <label class="inline">
        <input type="checkbox" name="scheduled" defaultChecked /> Scheduled (on the audit rota)
      </label>
      <label class="inline">
        <input type="checkbox" name="baseline" /> This is the baseline cycle (the "before" later cycles are compared with)
      </label>
      <button type="submit">Start audit cycle</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
