import { browser } from 'wxt/browser';
import { panelToContent, type PanelMessageName, type PanelRequest, type PanelResponse } from '@/src/messaging/panel-protocol';

/**
 * Asks the capture script in the tab's top frame; undefined when it is not there (the page is
 * not a care-system page, or was opened before Record Lens could read it) or answers oddly.
 */
export async function sendToTab<K extends PanelMessageName>(tabId: number, type: K, payload: PanelRequest<K>): Promise<PanelResponse<K> | undefined> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { to: 'record-lens-page', type, payload }, { frameId: 0 });
    const parsed = panelToContent[type].response.safeParse(reply);
    return parsed.success ? (parsed.data as PanelResponse<K>) : undefined;
  } catch {
    return undefined;
  }
}
