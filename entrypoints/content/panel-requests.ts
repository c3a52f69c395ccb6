import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parsePanelMessage, type PanelMessageName, type PanelResponse } from '@/src/messaging/panel-protocol';
import { isOurExtensionPage } from '@/src/messaging/sender-check';
import type { PageMarks } from './page-marks';

/**
 * Answers the side panel while a deputy samples this page: which notes are here, and which one
 * to ring. Only our own extension pages are heard (never the page, never another extension),
 * and only messages that parse exactly.
 */
export function answerPanel(ctx: ContentScriptContext, marks: PageMarks): void {
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<PanelResponse<PanelMessageName>> | undefined => {
    if (ctx.isInvalid || !isOurExtensionPage(sender, browser.runtime.id, ownOrigin)) return undefined;
    const m = parsePanelMessage(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'pageNotes':
        return Promise.resolve(marks.notesOnPage());
      case 'showSampleNote':
        return marks.spotlight(m.payload.key, m.payload.label).then((found) => ({ found }));
      case 'clearSampleNote':
        return marks.spotlight(undefined).then(() => ({ found: true }));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
