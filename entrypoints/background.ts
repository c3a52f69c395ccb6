import { handleMessage, type Handlers } from '@/src/messaging/handle';
import { isOurContentScript } from '@/src/messaging/sender-check';
import { syncContentScripts } from '@/src/permissions/content-script-registration';
import { recipesForUrl } from '@/src/recipes/find-page';
import { getDb } from '@/src/store/db';
import { ingestCapture } from '@/src/store/ingest';
import { enabledRecipes } from '@/src/store/recipes';
import { storeErrorMessage } from '@/src/store/store-error';

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

