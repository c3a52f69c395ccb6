import { handleMessage, type Handlers } from '@/src/messaging/handle';
import { isOurContentScript } from '@/src/messaging/sender-check';
import { syncContentScripts } from '@/src/permissions/content-script-registration';
import { recipesForUrl } from '@/src/recipes/find-page';
import { getDb } from '@/src/store/db';
import { ingestCapture } from '@/src/store/ingest';
import { enabledRecipes } from '@/src/store/recipes';

export default defineBackground(() => {
  // Keep no state in globals: the service worker may be stopped between any two messages.
  const registration = {
    containsOrigin: (origin: string) => browser.permissions.contains({ origins: [origin] }),
    getRegistered: () => browser.scripting.getRegisteredContentScripts(),
    register: (s: Parameters<typeof browser.scripting.registerContentScripts>[0][number]) =>
      browser.scripting.registerContentScripts([s]),
    unregister: (ids: string[]) => browser.scripting.unregisterContentScripts({ ids }),
  };
  const sync = async () => syncContentScripts(registration, await enabledRecipes());
  const ready = sync();
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => undefined);

  const handlers: Handlers = {
    recipesForPage: async ({ url }) => ({ recipes: recipesForUrl(await enabledRecipes(), url) }),
    capture: async (batch, sender) => {
      try {
        return { ok: true, result: await ingestCapture(getDb(), batch, sender.tab?.id) };
      } catch (e) {
        return { ok: false, error: storeErrorMessage(e) };
      }
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return (async () => {
      await ready;
      const recipes = await enabledRecipes();
      const handled = await handleMessage(message, sender, handlers, () =>
        isOurContentScript(sender, browser.runtime.id, recipes),
      );
      return handled.ok ? handled.response : { ok: false, error: handled.error };
    })();
  });
});

/** Words a manager can act on, for the failures storage really has. */
function storeErrorMessage(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as Error)?.name;
  if (name === 'QuotaExceededError') return 'This device has run out of storage: capture is paused.';
  return `Could not store this capture: ${(e as Error)?.message ?? String(e)}`;
}
