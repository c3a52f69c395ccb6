import { useState } from 'preact/hooks';
import { getDb } from '../store/db';
import { unlock } from '../store/lock/lock-store';
import { saveSessionKey } from '../store/lock/session-key';

/**
 * The only thing a locked Record Lens shows: a passphrase field. A wrong passphrase is said in
 * words and changes nothing. The passphrase lives in this component's state only while typed.
 */
export function Unlock({ onUnlocked }: { onUnlocked: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('passphrase') as HTMLInputElement;
    setBusy(true);
    setError(undefined);
    const db = getDb();
    const result = await unlock(db, db.lock!, input.value);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      input.select();
      return;
    }
    input.value = '';
    if (result.keyBytes) await saveSessionKey(result.keyBytes);
    onUnlocked();
  };
  return (
    <section aria-labelledby="unlock-title" data-testid="unlock">
      <h2 id="unlock-title">Record Lens is locked</h2>
      <p>Records stay encrypted on this device until someone enters the passphrase. Capture is paused while it is locked.</p>
      <form onSubmit={(e) => void submit(e)}>
        <label for="unlock-passphrase">Passphrase</label>
        <input id="unlock-passphrase" name="passphrase" type="password" autoComplete="current-password" required aria-describedby={error ? 'unlock-error' : undefined} />
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Unlock'}
        </button>
      </form>
      {error && (
        <p id="unlock-error" role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
