import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../store/db';
import { LOCK_KEY } from '../store/lock/lock-store';
import { onSessionKeyChange, refreshLock } from '../store/lock/session-key';

export type LockStatus = 'checking' | 'open' | 'unlocked' | 'locked';

/**
 * This page's lock status, kept current when any context unlocks, locks now, or sets or removes
 * the passphrase. `checking` until the first answer: nothing with records may render before it.
 */
export function useLock(): { status: LockStatus; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<LockStatus>('checking');
  const refresh = async () => setStatus((await refreshLock()).status);
  useEffect(() => {
    const off = onSessionKeyChange(() => void refresh());
    const sub = liveQuery(() => getDb().settings.get(LOCK_KEY)).subscribe({ next: () => void refresh() });
    void refresh();
    return () => {
      off();
      sub.unsubscribe();
    };
  }, []);
  return { status, refresh };
}
