import {
  backgroundProtocol,
  EnvelopeSchema,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import type { SenderLike } from './sender-check';

export type Handlers = {
  [K in MessageName]: (payload: RequestOf<K>, sender: SenderLike) => Promise<ResponseOf<K>>;
};

export type Handled = { ok: true; response: unknown } | { ok: false; error: string };

/**
 * Parses an incoming message against the protocol and routes it. Anything that is not exactly
 * a known message with a valid payload is rejected with a reason; nothing half-parsed runs.
 */
export async function handleMessage(
  message: unknown,
  sender: SenderLike,
  handlers: Handlers,
  allowed: (type: MessageName, sender: SenderLike) => boolean,
): Promise<Handled> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'Unknown message.' };
  const { type } = envelope.data;
  if (!allowed(type, sender)) return { ok: false, error: `Message ${type} not allowed from this sender.` };
  const payload = backgroundProtocol[type].request.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { ok: false, error: `Invalid ${type}: ${payload.error.issues[0]?.message ?? 'bad payload'}` };
  }
  const handler = handlers[type] as (p: unknown, s: SenderLike) => Promise<unknown>;
  return { ok: true, response: await handler(payload.data, sender) };
}
