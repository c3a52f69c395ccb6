import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes a component to a Dexie query; it re-runs whenever the tables it read change,
 * including writes made by the background service worker.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value?: T; error?: Error } {
  const [state, setState] = useState<{ value?: T; error?: Error }>({});
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (error: Error) => setState({ error }),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
