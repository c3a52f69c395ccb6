import type { ComponentChildren } from 'preact';
import { Unlock } from './Unlock';
import { useLock } from './use-lock';

/**
 * Renders its children only when the store is not locked: while locked (or still checking) no
 * screen that reads records is even mounted, so nothing of them can show.
 */
export function LockGate({ children }: { children: ComponentChildren }) {
  const { status, refresh } = useLock();
  if (status === 'checking' || status === 'locked')
    return (
      <main>
        <h1>Record Lens</h1>
        {status === 'checking' ? <p class="muted">Opening Record Lens…</p> : <Unlock onUnlocked={() => void refresh()} />}
      </main>
    );
  return <>{children}</>;
}
