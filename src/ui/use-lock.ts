import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../store/db';
import { LOCK_KEY } from '../store/lock/lock-store';
import { noteUse, onSessionKeyChange, refreshLock } from '../store/lock/session-key';

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
    // A click or key here is use; a page left open and untouched locks itself (idle.ts) within a minute of the limit.
    const used = () => void noteUse();
    document.addEventListener('pointerdown', used, true);
    document.addEventListener('keydown', used, true);
    const tick = setInterval(() => void refresh(), 30_000);
    return () => {
      off();
      sub.unsubscribe();
      document.removeEventListener('pointerdown', used, true);
      document.removeEventListener('keydown', used, true);
      clearInterval(tick);
    };
  }, []);
  return { status, refresh };
}
