import { browser } from 'wxt/browser';
import { webUrl } from '@/src/ui/web-url';
import { sendToTab } from './send-to-tab';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Shows a stored record in the care system: opens the page it was read from in the tab (unless
 * the tab is already there), waits for Record Lens to read it, then rings the record. Resolves
 * false when the record is not on that page any more (the care system moved it), so the panel can
 * say so; the audit goes on beside the stored copy.
 */
export async function openRecordInTab(tabId: number, url: string, key: string, label: string, timeoutMs = 10_000): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || !webUrl(url)) return false;
  if (tab.url !== url) await browser.tabs.update(tabId, { url });
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const shown = await sendToTab(tabId, 'showSampleNote', { key, label });
    if (shown?.found) return true;
    await sleep(250);
  }
  return false;
}
