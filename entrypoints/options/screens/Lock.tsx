import { useState } from 'preact/hooks';
import { getDb } from '@/src/store/db';
import { IDLE_CHOICES, idleWords } from '@/src/store/lock/idle';
import { changePassphrase, disableLock, enableLock, idleMinutesOf, MIN_PASSPHRASE, readLockRow, setIdleMinutes, type LockResult } from '@/src/store/lock/lock-store';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { clearSessionKey, saveSessionKey } from '@/src/store/lock/session-key';
import { useLock } from '@/src/ui/use-lock';

const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

/**
 * The optional lock: set, change or remove a passphrase, and lock now. Says plainly what the lock
 * protects against and what not (README, Threat model), and that a forgotten passphrase is the end
 * of the records it locks.
 */
export function Lock() {
  const { status, refresh } = useLock();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const run = async (e: Event, act: (form: HTMLFormElement) => Promise<LockResult | string>, done: string) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await act(form);
      if (typeof result === 'string') return setMessage({ ok: false, text: result });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      if (result.keyBytes) await saveSessionKey(result.keyBytes);
      else await clearSessionKey();
      form.reset();
      setMessage({ ok: true, text: done });
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: `Nothing was changed: ${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  const db = getDb();
  const holder = db.lock!;
  const idle = idleMinutesOf(useLiveQuery(() => readLockRow(db), []).value);
  const confirmNew = (form: HTMLFormElement, name: string) =>
    field(form, name) === field(form, `${name}-again`) ? undefined : 'The two passphrases are not the same. Nothing was changed.';
  return (
    <section aria-labelledby="lock-title" data-testid="lock-settings">
      <h2 id="lock-title">Passphrase lock</h2>
      <p>
        {status === 'unlocked'
          ? `Record Lens is locked with a passphrase, and open now. It locks ${idleWords(idle)}, when you lock it, or when the browser closes.`
          : 'No passphrase is set: anyone who can use this browser profile can read the records.'}
      </p>
      <details>
        <summary>What the lock protects against, and what not</summary>
        <p>
          With a passphrase, the words of every note, every name, and comments are stored encrypted (AES-GCM, with a key made from the passphrase by 600,000 rounds of
          PBKDF2). Someone who copies the browser profile or the disk, or opens the browser while Record Lens is locked, sees dates, units, roles, scores and
          counts, and resident ids where the care system shows them, but not what was written or about whom.
        </p>
        <p>
          Residents the care system shows without an id are known by a code made from their name with a secret that the passphrase also locks, never by the
          name itself.
        </p>
        <p>
          It does not protect against: someone using the browser while Record Lens is open (it locks itself after the minutes you choose below without use, or
          when you lock it or close the browser); software already running on this computer; a weak passphrase (anyone with a copy can try guesses at their
          leisure); the care system itself, which still has everything.
        </p>
      </details>
      {status === 'open' && (
        <form onSubmit={(e) => void run(e, async (f) => confirmNew(f, 'new-passphrase') ?? enableLock(db, holder, field(f, 'new-passphrase')), 'The passphrase is set. Every record is now encrypted.')}>
          <p class="warning">
            <strong>If the passphrase is forgotten, the records cannot be recovered by anyone.</strong> Keep it where your service keeps its other passwords.
          </p>
          <label for="new-passphrase">New passphrase (at least {MIN_PASSPHRASE} characters)</label>
          <input id="new-passphrase" name="new-passphrase" type="password" autoComplete="new-password" required minLength={MIN_PASSPHRASE} />
          <label for="new-passphrase-again">The same passphrase again</label>
          <input id="new-passphrase-again" name="new-passphrase-again" type="password" autoComplete="new-password" required />
          <button type="submit" disabled={busy}>
            {busy ? 'Encrypting…' : 'Set passphrase'}
          </button>
        </form>
      )}
      {status === 'unlocked' && (
        <>
          <button type="button" onClick={() => void clearSessionKey()} data-testid="lock-now-options">
            Lock now
          </button>
          <label for="idle-minutes">Lock by itself</label>
          <select id="idle-minutes" value={idle} onChange={(e) => void setIdleMinutes(db, Number((e.currentTarget as HTMLSelectElement).value))} aria-describedby="idle-help">
            {IDLE_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'Never (only Lock now or closing the browser)' : `After ${m} minutes without use`}
              </option>
            ))}
          </select>
          <p id="idle-help" class="hint">
            Use is a click or key in Record Lens, or a care-system page it reads. On a computer others share, keep this short.
          </p>
          <form onSubmit={(e) => void run(e, async (f) => confirmNew(f, 'changed-passphrase') ?? changePassphrase(db, holder, field(f, 'current-passphrase'), field(f, 'changed-passphrase')), 'The passphrase is changed.')}>
            <h3>Change the passphrase</h3>
            <label for="current-passphrase">Current passphrase</label>
            <input id="current-passphrase" name="current-passphrase" type="password" autoComplete="current-password" required />
            <label for="changed-passphrase">New passphrase</label>
            <input id="changed-passphrase" name="changed-passphrase" type="password" autoComplete="new-password" required minLength={MIN_PASSPHRASE} />
            <label for="changed-passphrase-again">The same new passphrase again</label>
            <input id="changed-passphrase-again" name="changed-passphrase-again" type="password" autoComplete="new-password" required />
            <button type="submit" disabled={busy}>
              Change passphrase
            </button>
          </form>
          <form onSubmit={(e) => void run(e, (f) => disableLock(db, holder, field(f, 'remove-passphrase')), 'The lock is removed. Records are stored unencrypted again.')}>
            <h3>Remove the lock</h3>
            <label for="remove-passphrase">Passphrase</label>
            <input id="remove-passphrase" name="remove-passphrase" type="password" autoComplete="current-password" required />
            <button type="submit" disabled={busy}>
              Remove the lock
            </button>
          </form>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? undefined : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
