import * as z from 'zod/mini';

/**
 * Messages the side panel sends to the capture script of its tab (sampling). Written with
 * zod/mini so the content script can check what it receives for a few kB, instead of taking in
 * all of zod.
 */
export const panelToContent = {
  /** The notes on the page now, by key, in page order: what a sample is drawn from. */
  pageNotes: {
    request: z.object({}),
    response: z.object({ system: z.string(), url: z.string(), keys: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(5000)) }),
  },
  /** Scroll to a sampled or audited record and ring it, with a label such as "Sampling: note 2 of 5". */
  showSampleNote: {
    request: z.object({ key: z.string().check(z.maxLength(2000)), label: z.string().check(z.maxLength(120)) }),
    response: z.object({ found: z.boolean() }),
  },
  /** Sampling ended: take the ring away. */
  clearSampleNote: { request: z.object({}), response: z.object({ found: z.boolean() }) },
} as const;

export type PanelMessageName = keyof typeof panelToContent;
export type PanelRequest<K extends PanelMessageName> = z.infer<(typeof panelToContent)[K]['request']>;
export type PanelResponse<K extends PanelMessageName> = z.infer<(typeof panelToContent)[K]['response']>;

export const PanelEnvelopeSchema = z.object({
  to: z.literal('record-lens-page'),
  type: z.enum(Object.keys(panelToContent) as [PanelMessageName, ...PanelMessageName[]]),
  payload: z.unknown(),
});

export type PanelMessage = { [K in PanelMessageName]: { type: K; payload: PanelRequest<K> } }[PanelMessageName];

/** Parses an incoming panel message; undefined for anything not exactly one of ours. */
export function parsePanelMessage(message: unknown): PanelMessage | undefined {
  const envelope = PanelEnvelopeSchema.safeParse(message);
  if (!envelope.success) return undefined;
  const payload = panelToContent[envelope.data.type].request.safeParse(envelope.data.payload);
  return payload.success ? ({ type: envelope.data.type, payload: payload.data } as PanelMessage) : undefined;
}
