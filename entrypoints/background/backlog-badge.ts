import { browser } from 'wxt/browser';
import { backlogBadge, backlogNow } from '@/src/measure/timeliness';
import type { Recipe } from '@/src/model/recipe';
import type { RecordLensDb } from '@/src/store/db';
import { loadTimelines, readTimelinessRules } from '@/src/store/timeliness';

/** A burst of captures (a feed, a history walk) redraws the badge once. */
const SETTLE_MS = 400;

/**
 * Keeps the toolbar badge of each care-system tab at that system's overdue count. Recomputed
 * after a capture from the tab; the timers are only an optimisation (a stopped worker loses
 * them, and the next capture sets the badge again).
 */
export function backlogBadges(db: RecordLensDb) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const update = async (tabId: number, recipe: Pick<Recipe, 'id' | 'name'>) => {
    const timelines = await loadTimelines(db, recipe.id);
    const now = backlogNow(timelines, await readTimelinessRules(db), Date.now());
    const badge = backlogBadge(now.overdue.length, now.stale.length, recipe.name);
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#d5281b' });
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setTitle({ tabId, title: badge.title });
  };
  return {
    /** A capture the store could not take: the badge says so until a capture is stored again. */
    async storeFailed(tabId: number | undefined, message: string): Promise<void> {
      if (tabId === undefined) return;
      clearTimeout(timers.get(tabId));
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#d5281b' }).catch(() => undefined);
      await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
      await browser.action.setTitle({ tabId, title: `Record Lens: ${message}` }).catch(() => undefined);
    },
    afterCapture(tabId: number | undefined, recipe: Pick<Recipe, 'id' | 'name'> | undefined): void {
      if (tabId === undefined || !recipe) return;
      clearTimeout(timers.get(tabId));
      timers.set(
        tabId,
        setTimeout(() => {
          timers.delete(tabId);
          // The tab may have closed meanwhile; a badge for a closed tab is nothing to report.
          update(tabId, recipe).catch(() => undefined);
        }, SETTLE_MS),
      );
    },
  };
}
