import { clearSessionKey } from '../store/lock/session-key';
import { useLock } from './use-lock';

/** "Lock now": forgets the key in every context at once; shown only while a lock is set and open. */
export function LockNow() {
  const { status } = useLock();
  if (status !== 'unlocked') return null;
  return (
    <button type="button" class="link" data-testid="lock-now" onClick={() => void clearSessionKey()}>
      Lock now
    </button>
  );
}
