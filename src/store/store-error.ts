/**
 * Words a manager can act on for the ways storage really fails. Dexie wraps the browser's
 * QuotaExceededError in an AbortError or OpenFailedError with the original as `.inner`.
 */
export function storeErrorMessage(e: unknown): string {
  const err = e as { name?: string; message?: string; inner?: { name?: string } } | undefined;
  const names = [err?.name, err?.inner?.name];
  if (names.includes('QuotaExceededError')) {
    return 'This device has run out of storage space, so capture is paused: it is tried again every minute. Nothing already stored was lost: free some disk space and capture carries on.';
  }
  // Locked between the check and the write (the key forgotten in another context): say so plainly.
  if (err?.name === 'LockedError' && err.message) return err.message;
  return `Could not store this capture: ${err?.message ?? String(e)}. Nothing from it was stored; it is tried again shortly.`;
}
