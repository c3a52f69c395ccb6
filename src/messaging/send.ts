import { browser } from 'wxt/browser';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

/**
 * Typed send from a content script. Only types are imported from the protocol, so zod stays
 * out of the content-script bundle; the background parses everything it receives.
 */
export async function sendToBackground<K extends MessageName>(
  type: K,
  payload: RequestOf<K>,
  send: (m: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<ResponseOf<K>> {
  return (await send({ type, payload })) as ResponseOf<K>;
}
