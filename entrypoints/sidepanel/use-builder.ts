import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUILDER_PORT, BuilderStateSchema, type BuilderCommand, type BuilderState } from '@/src/messaging/builder-protocol';

type Port = ReturnType<typeof browser.tabs.connect>;

/**
 * Connects the side panel to the recipe builder in a tab: injects it on demand, sends commands,
 * and keeps the latest state it reports (parsed: it comes from a page's context).
 */
export function useBuilder(tabId: number | undefined) {
  const port = useRef<Port | undefined>(undefined);
  const [state, setState] = useState<BuilderState>();
  const [error, setError] = useState<string>();

  useEffect(() => () => port.current?.disconnect(), [tabId]);

  const connect = async (): Promise<Port | undefined> => {
    if (port.current) return port.current;
    if (tabId === undefined) return undefined;
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/builder.js'] });
    } catch {
      setError('Record Lens cannot reach this page. Click the Record Lens button in the toolbar while the page is open, then try again.');
      return undefined;
    }
    const p = browser.tabs.connect(tabId, { name: BUILDER_PORT });
    p.onMessage.addListener((raw: unknown) => {
      const parsed = BuilderStateSchema.safeParse(raw);
      if (parsed.success) setState(parsed.data);
    });
    p.onDisconnect.addListener(() => {
      port.current = undefined;
      setState(undefined);
    });
    port.current = p;
    setError(undefined);
    return p;
  };

  const send = async (command: BuilderCommand) => (await connect())?.postMessage(command);
  const close = () => {
    port.current?.disconnect();
    port.current = undefined;
    setState(undefined);
  };
  return { state, error, send, close };
}
