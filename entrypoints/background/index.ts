import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { handleMessage, type Handlers } from '@/src/messaging/handle';
import { isPageMessage } from '@/src/messaging/protocol';
import { batchFitsSender, isOurContentScript, isOurExtensionPage } from '@/src/messaging/sender-check';
import { CONTENT_SCRIPT_FILE, grantedOriginsFor, grantedRecipeOrigins, injectIfGranted, injectIntoOpenTabs } from '@/src/permissions/capture-injection';
import { recipesForUrl } from '@/src/recipes/find-page';
import { getDb } from '@/src/store/db';
import { ingestCapture } from '@/src/store/ingest';
import { recordKeysOf } from '@/src/store/record-keys';
import { RULES } from '@/src/quality/engine';
import type { Note } from '@/src/model/note';
import { enabledRecipes } from '@/src/store/recipes';
import { storeErrorMessage } from '@/src/store/store-error';
import { retainQuietly } from '@/src/store/retention';
import { noteUse, refreshLock } from '@/src/store/lock/session-key';
import { LockedError } from '@/src/store/lock/middleware';
import { backlogBadges } from './backlog-badge';
import { historyRunner } from './history-runner';
import { toolbarOpensPanel, type PanelApis } from '@/src/browser/toolbar-opens-panel';
import { pickedNoteKey, type PickedNote } from '@/src/messaging/picked-note';

export default defineBackground(() => {
  // Keep no state in globals: the service worker may be stopped between any two messages.
  const injection = {
    containsOrigin: (origin: string) => browser.permissions.contains({ origins: [origin] }),
    inject: async (tabId: number) => void (await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] })),
  };
  // A care-system page that has finished loading gets the capture script: its load never waits for us.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void enabledRecipes(getDb()).then((recipes) => injectIfGranted(injection, recipes, { ...tab, id: tabId }));
  });
  // Access granted or a recipe switched on: the open pages it covers are read now, not at their next load.
  const sync = async () => {
    const recipes = await enabledRecipes(getDb());
    await injectIntoOpenTabs(injection, recipes, await browser.tabs.query({}));
    return grantedRecipeOrigins(injection, recipes);
  };
  const ready = historyRunner.resume();
  // Until the lock state is known the store refuses sensitive writes (db.ts); captures read it again.
  const lockKnown = refreshLock().catch(() => undefined);
  // Records older than the retention period go on start and after captures (at most once a day), never blocking a capture.
  void Promise.all([ready.catch(() => undefined), lockKnown]).then(() => retainQuietly(getDb()));
  browser.runtime.onInstalled.addListener((details) => {
    // After an update the old capture scripts are cut off: the open care-system pages get the new one.
    void sync();
    // Earlier builds registered a loader per origin, which the browser keeps across updates; capture is now injected after load.
    if (details.reason === 'update') void browser.scripting.unregisterContentScripts().catch(() => undefined);
    // The first minute: what Record Lens reads and keeps, the care system, the baseline.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Listening for start-up wakes the worker when the browser starts, so an interrupted history
  // capture resumes without the user doing anything.
  browser.runtime.onStartup.addListener(() => void ready);
  browser.permissions.onAdded.addListener(() => void sync());
  toolbarOpensPanel(browser as unknown as PanelApis);

  const badges = backlogBadges(getDb());
  const handlers: Handlers = {
    notePicked: async ({ key }, sender) => {
      const tabId = sender.tab?.id;
      // A key is about the care system of the page it was picked in (every key starts with its system).
      const systems = recipesForUrl(await enabledRecipes(getDb()), sender.url ?? '').map((r) => `${r.id}|`);
      if (tabId === undefined || !systems.some((p) => key.startsWith(p))) return { ok: false };
      const picked: PickedNote = { key, at: Date.now() };
      await browser.storage.session.set({ [pickedNoteKey(tabId)]: picked });
      return { ok: true };
    },
    recipesForPage: async ({ url }) => ({ recipes: recipesForUrl(await enabledRecipes(getDb()), url) }),
    capture: async (batch, sender) => {
      const recipes = await enabledRecipes(getDb());
      if (!batchFitsSender(batch, sender, recipes)) {
        return { ok: false, error: 'This capture does not match the page it came from, so it was not stored.' };
      }
      // Access taken back while the page stayed open: its script still runs until the page goes.
      if (!(await grantedOriginsFor(injection, recipes, sender.url!)).length) {
        return { ok: false, error: 'Record Lens no longer has access to this site, so nothing was stored.' };
      }
      // The key may have been set or forgotten in a page since the last message (session storage).
      const lock = await refreshLock();
      if (lock.status === 'locked') {
        const error = new LockedError().message;
        await badges.storeFailed(sender.tab?.id, error);
        return { ok: false, error };
      }
      // Someone is reading the care system: Record Lens is in use (it locks itself only when unused).
      if (lock.status === 'unlocked') void noteUse();
      const job = await historyRunner.jobForTab(sender.tab?.id);
      const toStore = job ? historyRunner.keepInRange(job, batch) : batch;
      try {
        const assessed: Note[] = [];
        const result = await ingestCapture(getDb(), toStore, sender.tab?.id, assessed);
        void retainQuietly(getDb());
        if (job) await historyRunner.stepped(job, batch, result);
        badges.afterCapture(sender.tab?.id, recipes.find((r) => r.id === batch.recipeId));
        if (result.degraded) return { ok: true, result };
        const quality = assessed.map(({ key, quality: q }) => ({
          key,
          score: q.score,
          flags: q.flags.map(({ rule, reason }) => ({ rule, reason, explanation: RULES.find((r) => r.id === rule)?.explanation })),
        }));
        return { ok: true, result, quality, keys: await recordKeysOf(getDb(), batch) };
      } catch (e) {
        const error = storeErrorMessage(e);
        await badges.storeFailed(sender.tab?.id, error);
        if (job) await historyRunner.stepped(job, batch, undefined, error);
        return { ok: false, error };
      }
    },
    syncRecipes: async () => ({ origins: await sync() }),
    historyStart: (req) => historyRunner.start(req),
    historyCancel: ({ jobId }) => historyRunner.cancel(jobId),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return (async () => {
      await ready;
      const recipes = await enabledRecipes(getDb());
      const ownOrigin = browser.runtime.getURL('/');
      const handled = await handleMessage(message, sender, handlers, (type) =>
        isPageMessage(type)
          ? isOurExtensionPage(sender, browser.runtime.id, ownOrigin)
          : isOurContentScript(sender, browser.runtime.id, recipes),
      );
      return handled.ok ? handled.response : { ok: false, error: handled.error };
    })();
  });
});
