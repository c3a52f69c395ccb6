import { useEffect, useState } from 'preact/hooks';
import { storageState, type StorageFacts } from '@/src/ui/storage-state';

/**
 * Where the records live and whether the browser will keep them. Asks once for persistent storage
 * (so the browser does not clear care records to free space), then shows the answer and the usage.
 */
export function StorageState() {
  const [facts, setFacts] = useState<StorageFacts>();
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage) return setFacts({ persisted: false });
    void (async () => {
      const persisted = (await storage.persisted?.().catch(() => false)) || (await storage.persist?.().catch(() => false)) || false;
      const { usage, quota }: StorageEstimate = (await storage.estimate?.().catch((): StorageEstimate => ({}))) ?? {};
      setFacts({ persisted, ...(usage !== undefined ? { usage } : {}), ...(quota !== undefined ? { quota } : {}) });
    })();
  }, []);
  if (!facts) return null;
  const { text, warning } = storageState(facts);
  return (
    <p class={warning ? 'warning small' : 'muted small'} data-testid="storage-state" data-persisted={String(facts.persisted)}>
      {text}
    </p>
  );
}
