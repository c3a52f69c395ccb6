import { useEffect, useRef, useState } from 'preact/hooks';
import { londonDayKey } from '@/src/extract/dates/london-time';
import { FOLLOW_UP_DEFAULT } from '@/src/model/coaching';
import { RULE_IDS, RULE_LABELS, type RuleId } from '@/src/model/quality-flag';
import { getDb } from '@/src/store/db';
import { recordCoaching } from '@/src/store/coaching';

/** What another part of the panel can fill in before the form opens (a flagged note, a staff row). */
export interface CoachingDraft {
  authorName?: string;
  focus?: RuleId[];
}

interface Props {
  draft?: CoachingDraft;
  /** Names, roles and units seen in recent notes, offered as suggestions. */
  authors: readonly string[];
  roles: readonly string[];
  units: readonly string[];
  onDone: (saved: boolean) => void;
}

/**
 * Records a coaching or supervision session: the day, who (one member of staff or a group by role,
 * unit and shift), what it was about (one or more quality rules), a short note, and how many of
 * their next notes to check. Refused saves keep what was typed and say why.
 */
export function CoachingForm({ draft, authors, roles, units, onDone }: Props) {
  const [kind, setKind] = useState<'author' | 'group'>('author');
  const [focus, setFocus] = useState<RuleId[]>(draft?.focus ?? []);
  const [error, setError] = useState<string>();
  const first = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const optional = (k: string) => get(k) || undefined;
    const coached =
      kind === 'author' ? { kind, authorName: get('authorName') } : { kind, role: optional('role'), unit: optional('unit'), shift: optional('shift') };
    try {
      await recordCoaching(getDb(), { day: get('day'), coached, focus, note: optional('note'), followUpSize: Number(get('followUpSize')) }, Date.now());
      onDone(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form class="stack" data-testid="coaching-form" onSubmit={(e) => void onSubmit(e)}>
      {error && (
        <p role="alert" class="error" tabIndex={-1} ref={alert}>
          {error}
        </p>
      )}
      <label class="block">
        Day of the session
        <input ref={first} type="date" name="day" required defaultValue={londonDayKey(Date.now())} />
      </label>
      <fieldset>
        <legend>Who was coached</legend>
        <label class="inline">
          <input type="radio" name="kind" checked={kind === 'author'} onChange={() => setKind('author')} /> One member of staff
        </label>
        <label class="inline">
          <input type="radio" name="kind" checked={kind === 'group'} onChange={() => setKind('group')} /> A group
        </label>
        {kind === 'author' ? (
          <label class="block">
            Name, as the care system shows it on notes
            <input name="authorName" list="coaching-authors" defaultValue={draft?.authorName ?? ''} autoComplete="off" />
            <datalist id="coaching-authors">{authors.map((a) => <option key={a} value={a} />)}</datalist>
          </label>
        ) : (
          <div class="row">
            <label>
              Role
              <input name="role" list="coaching-roles" autoComplete="off" />
              <datalist id="coaching-roles">{roles.map((r) => <option key={r} value={r} />)}</datalist>
            </label>
            <label>
              Unit
              <input name="unit" list="coaching-units" autoComplete="off" />
              <datalist id="coaching-units">{units.map((u) => <option key={u} value={u} />)}</datalist>
            </label>
            <label>
              Shift
              <select name="shift">
                <option value="">Any</option>
                <option value="day">Day</option>
                <option value="night">Night</option>
              </select>
            </label>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>What it was about</legend>
        {RULE_IDS.map((r) => (
          <label key={r} class="inline">
            <input
              type="checkbox"
              name="focus"
              value={r}
              checked={focus.includes(r)}
              onChange={(e) => setFocus((e.currentTarget as HTMLInputElement).checked ? [...focus, r] : focus.filter((x) => x !== r))}
            />
            {RULE_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <label class="block">
        Note (optional; kept on this device, locked with your passphrase if you set one)
        <textarea name="note" rows={2} maxLength={500} />
      </label>
      <label class="block">
        Check their next
        <input type="number" name="followUpSize" min={1} max={50} defaultValue={String(FOLLOW_UP_DEFAULT)} class="narrow" /> notes
      </label>
      <div class="row">
        <button type="submit">Record the session</button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
