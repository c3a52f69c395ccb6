import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The care-system tab the panel describes: the active tab of this window, followed as the user
 * switches tabs. `?tab=ID` pins it (used when the panel is opened as a page, as tests do).
 */
export function useCurrentTab(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  useEffect(() => {
    if (pinned) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTabId(t?.id));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, [pinned]);
  return tabId;
}
