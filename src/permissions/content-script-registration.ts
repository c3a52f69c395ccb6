import type { Recipe } from '../model/recipe';

export const CONTENT_SCRIPT_ID = 'record-lens-capture';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/**
 * What the browser injects into granted pages: a few lines that ask for the capture script once
 * the page has loaded. The page's load event waits for whatever is injected before it, and the
 * capture script's size alone (parsing it) made a 50-note page load ~60% slower; the loader costs
 * about what no script does.
 */
export const LOADER_FILE = 'capture-loader.js';

/** The slice of the browser APIs registration needs; the background passes the real ones. */
export interface RegistrationApi {
  containsOrigin(origin: string): Promise<boolean>;
  getRegistered(): Promise<{ id: string }[]>;
  register(script: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; allFrames: boolean }): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/**
 * Registers the capture script for exactly the recipe origins the user has granted, and removes
 * it when access is revoked: no origin is read without its own permission (DESIGN.md).
 * Returns the origins now covered.
 */
export async function syncContentScripts(api: RegistrationApi, recipes: readonly Recipe[]): Promise<string[]> {
  const wanted = [...new Set(recipes.flatMap((r) => r.origins))];
  const granted: string[] = [];
  for (const origin of wanted) if (await api.containsOrigin(origin)) granted.push(origin);
  const registered = (await api.getRegistered()).some((s) => s.id === CONTENT_SCRIPT_ID);
  if (registered) await api.unregister([CONTENT_SCRIPT_ID]);
  if (granted.length) {
    await api.register({
      id: CONTENT_SCRIPT_ID,
      matches: granted,
      js: [LOADER_FILE],
      runAt: 'document_idle',
      allFrames: false,
    });
  }
  return granted;
}
