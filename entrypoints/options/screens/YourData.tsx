import { useEffect, useRef, useState } from 'preact/hooks';
import { SettingsSchema } from '@/src/model/settings';
import { getDb } from '@/src/store/db';
import { previewPurge, purge, type PurgeCounts } from '@/src/store/purge';
import { storedResidents, storedSystems } from '@/src/store/purge-choices';
import { PurgeScopeSchema, type PurgeScope } from '@/src/store/purge-scope';
import { nothingMatched, purgeWords } from '@/src/store/purge-words';
import { readSettings, writeSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { Control } from '../components/Control';

type Kind = PurgeScope['kind'];
const KINDS: [Kind, string][] = [
  ['resident', 'One resident'],
  ['range', 'A span of days'],
  ['system', 'One care system'],
  ['everything', 'Everything'],
];
/** Typed out in full, so everything is never deleted by a slip of the mouse or the Enter key. */
const TYPED = 'DELETE EVERYTHING';
const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * "Your data": how long records are kept, and deleting one resident, a span of days, a care system
 * or everything. Every deletion is previewed first (the store counts exactly what would go) and
 * confirmed; "everything" must be typed. Names come from the store and are shown as text only.
 */
export function YourData() {
  return (
    <section aria-labelledby="your-data-title" data-testid="your-data">
      <h2 id="your-data-title">Your data</h2>
      <p class="muted">Everything Record Lens reads stays on this device. Here you decide how long it is kept, and delete what you no longer need.</p>
      <Retention />
      <Purge />
    </section>
  );
}

function Retention() {
  const settings = useLiveQuery(() => readSettings(getDb()), []).value;
  const [errors, setErrors] = useState<string[]>();
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  const save = async (e: Event) => {
    e.preventDefault();
    const raw = String(new FormData(e.currentTarget as HTMLFormElement).get('retentionMonths') ?? '').trim();
    const months = Number(raw);
    setSaved(false);
    if (raw === '' || !Number.isInteger(months)) return setErrors(['Enter a whole number of months, from 1 to 120.']);
    const parsed = SettingsSchema.shape.retentionMonths.safeParse(months);
    if (!parsed.success) return setErrors(parsed.error.issues.map((i) => i.message));
    await writeSettings(getDb(), { retentionMonths: parsed.data, retentionRanAt: undefined });
    setErrors(undefined);
    setSaved(true);
  };
  return (
    <form onSubmit={save} noValidate class="stack" data-testid="retention">
      <h3>How long records are kept</h3>
      <Control
        name="retentionMonths"
        label="Keep records for (months)"
        hint="Records whose care is older than this are deleted automatically, once a day. 24 months unless you change it."
        errors={errors}
        render={(a) => <input {...a} name="retentionMonths" type="number" min={1} max={120} step={1} value={settings.retentionMonths} style="width:6em" />}
      />
      <button type="submit">Save retention period</button>
      {saved && <p role="status">Saved. Records older than {settings.retentionMonths} months are deleted the next time Record Lens stores a capture or starts.</p>}
      {settings.retentionRanAt !== undefined && (
        <p class="muted small">Last checked for old records: {new Date(settings.retentionRanAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}.</p>
      )}
    </form>
  );
}

interface Pending {
  scope: PurgeScope;
  what: string;
  counts: PurgeCounts;
}

function Purge() {
  const residents = useLiveQuery(() => storedResidents(getDb()), []).value ?? [];
  const systems = useLiveQuery(() => storedSystems(getDb()), []).value ?? [];
  const [kind, setKind] = useState<Kind>('resident');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState<Pending>();
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState<string>();
  const confirmBox = useRef<HTMLDivElement>(null);
  useEffect(() => confirmBox.current?.focus(), [pending]);

  const review = async (e: Event) => {
    e.preventDefault();
    setDone(undefined);
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '');
    const need: Record<string, string[]> = {};
    let scope: unknown = { kind };
    let what = 'everything Record Lens has stored on this device';
    if (kind === 'resident') {
      const r = residents.find((x) => x.residentKey === get('resident'));
      if (!r) need.resident = ['Choose a resident.'];
      else {
        scope = { kind, residentKey: r.residentKey };
        what = `everything stored about ${r.name}${r.id ? ` (${r.id})` : ''} from ${r.systemName}`;
      }
    } else if (kind === 'range') {
      if (!get('from')) need.from = ['Choose the first day.'];
      if (!get('to')) need.to = ['Choose the last day.'];
      scope = { kind, from: get('from'), to: get('to') };
      what = `every record dated ${get('from') && longDate(get('from'))} to ${get('to') && longDate(get('to'))}: notes by the time of care, care-plan sections by when they were last read, events and audit answers by their date, and records of pages read on those days`;
    } else if (kind === 'system') {
      const s = systems.find((x) => x.system === get('system'));
      if (!s) need.system = ['Choose a care system.'];
      else {
        scope = { kind, system: s.system };
        what = `everything captured from ${s.name}`;
      }
    }
    if (Object.keys(need).length) return setErrors(need);
    const parsed = PurgeScopeSchema.safeParse(scope);
    if (!parsed.success) return setErrors({ [kind === 'range' ? 'to' : kind]: parsed.error.issues.map((i) => i.message) });
    const preview = await previewPurge(getDb(), parsed.data);
    if (!preview.ok) return setErrors({ [kind]: preview.problems });
    setErrors({});
    setTyped('');
    setPending({ scope: parsed.data, what, counts: preview.counts });
  };

  const confirm = async () => {
    if (!pending) return;
    const result = await purge(getDb(), pending.scope);
    setPending(undefined);
    if (!result.ok) return setErrors({ [pending.scope.kind]: result.problems });
    const words = purgeWords(result.counts);
    setDone(`Deleted ${pending.what}: ${words.deleted.join(', ') || 'nothing was stored'}.${words.changed.length ? ` Also taken out of ${words.changed.join(', ')}.` : ''}`);
  };

  const choose = (k: Kind) => {
    setKind(k);
    setPending(undefined);
    setErrors({});
  };

  return (
    <form onSubmit={review} noValidate class="stack" data-testid="purge">
      <h3>Delete records</h3>
      <fieldset>
        <legend>What to delete</legend>
        {KINDS.map(([k, label]) => (
          <label class="switch" key={k} style="margin-right:16px">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => choose(k)} /> {label}
          </label>
        ))}
      </fieldset>
      {kind === 'resident' &&
        (residents.length ? (
          <Control name="resident" label="Resident" errors={errors.resident} render={(a) => (
            <select {...a} name="resident" onChange={() => setPending(undefined)}>
              <option value="">Choose a resident</option>
              {residents.map((r) => (
                <option key={r.residentKey} value={r.residentKey}>{`${r.name}${r.id ? ` (${r.id})` : ''} – ${r.systemName}`}</option>
              ))}
            </select>
          )} />
        ) : (
          <p class="empty">Nothing is stored about any resident, so there is nothing to delete. Residents appear here once Record Lens has read their notes or care plan.</p>
        ))}
      {kind === 'range' && (
        <div class="row">
          <Control name="from" label="First day" errors={errors.from} render={(a) => <input {...a} name="from" type="date" onChange={() => setPending(undefined)} />} />
          <Control name="to" label="Last day" errors={errors.to} render={(a) => <input {...a} name="to" type="date" onChange={() => setPending(undefined)} />} />
        </div>
      )}
      {kind === 'system' &&
        (systems.length ? (
          <Control name="system" label="Care system" errors={errors.system} render={(a) => (
            <select {...a} name="system" onChange={() => setPending(undefined)}>
              <option value="">Choose a care system</option>
              {systems.map((s) => (
                <option key={s.system} value={s.system}>{s.name}</option>
              ))}
            </select>
          )} />
        ) : (
          <p class="empty">Nothing has been captured from any care system, so there is nothing to delete. Switch your care system's recipe on above to start.</p>
        ))}
      {kind === 'everything' && errors.everything && <p class="error">{errors.everything.join(' ')}</p>}
      <button type="submit" class="danger-text secondary">Review what will be deleted</button>
      {pending && <Confirm pending={pending} typed={typed} setTyped={setTyped} box={confirmBox} onConfirm={confirm} onCancel={() => setPending(undefined)} />}
      {done && <p role="status" data-testid="purge-done">{done}</p>}
    </form>
  );
}

interface ConfirmProps {
  pending: Pending;
  typed: string;
  setTyped: (s: string) => void;
  box: { current: HTMLDivElement | null };
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says exactly what will go (counted by the store) and that it cannot be undone. */
function Confirm({ pending, typed, setTyped, box, onConfirm, onCancel }: ConfirmProps) {
  const words = purgeWords(pending.counts);
  const everything = pending.scope.kind === 'everything';
  if (nothingMatched(pending.counts)) {
    return <p class="empty" role="status" data-testid="purge-confirm">Nothing stored matches {pending.what}, so there is nothing to delete.</p>;
  }
  return (
    <div class="confirm" role="group" aria-labelledby="purge-confirm-title" tabIndex={-1} ref={box} data-testid="purge-confirm">
      <p id="purge-confirm-title"><strong>Delete {pending.what}?</strong></p>
      <p>This deletes: {words.deleted.join(', ')}.</p>
      {words.changed.length > 0 && <p>It also takes them out of {words.changed.join(', ')}, which are kept for everything else.</p>}
      <p>This cannot be undone: Record Lens keeps no copy.</p>
      {everything && (
        <Control name="typed" label={`Type ${TYPED} to confirm`} render={(a) => (
          <input {...a} type="text" autocomplete="off" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
        )} />
      )}
      <button type="button" class="danger" disabled={everything && typed.trim() !== TYPED} onClick={onConfirm}>Delete permanently</button>
      <button type="button" class="secondary" onClick={onCancel}>Cancel</button>
    </div>
  );
}
