import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The address of the tab the panel describes, followed as it navigates. The browser gives it only
 * on sites Record Lens has access to, so `url` undefined also means "a site it may not read".
 * `known` is false until the first answer, so the panel does not flash the wrong advice.
 */
export function useTabUrl(tabId: number | undefined): { known: boolean; url?: string } {
  const [state, setState] = useState<{ known: boolean; url?: string }>({ known: tabId === undefined });
  useEffect(() => {
    if (tabId === undefined) return setState({ known: true });
    const read = () =>
      void browser.tabs.get(tabId).then(
        (t) => setState({ known: true, ...(t.url ? { url: t.url } : {}) }),
        () => setState({ known: true }),
      );
    read();
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id === tabId && (change.url || change.status === 'complete')) read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  return state;
}
