import { browser } from 'wxt/browser';
import type { MessageName, RequestIn, ResponseOf } from './protocol';

/**
 * Typed send to the background, from a content script or an extension page. Only types are
 * imported from the protocol, so zod stays out of the content-script bundle; the background
 * parses everything it receives.
 */
export async function sendToBackground<K extends MessageName>(
  type: K,
  payload: RequestIn<K>,
  send: (m: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<ResponseOf<K>> {
  return (await send({ type, payload })) as ResponseOf<K>;
}
