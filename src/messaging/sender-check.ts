import type { Recipe } from '../model/recipe';
import { recipesForUrl } from '../recipes/find-page';

/** The parts of runtime.MessageSender we rely on (so tests pass plain objects). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * A capture is accepted only from our own content script in a tab whose frame URL is on an
 * origin an enabled recipe covers. A hostile page cannot reach this handler at all (no
 * externally_connectable), and another extension has another id.
 */
export function isOurContentScript(sender: SenderLike, ownId: string, recipes: readonly Recipe[]): boolean {
  if (sender.id !== ownId || !sender.tab || !sender.url) return false;
  return recipesForUrl(recipes, sender.url).length > 0;
}

/**
 * Privileged requests come only from our own extension pages (side panel, options, onboarding).
 * The browser sets `sender.url`; a content script's is the care-system page's URL, so it can
 * never pass. (An extension page may sit in a tab, e.g. options opened in a tab, so `sender.tab`
 * alone decides nothing.)
 */
export function isOurExtensionPage(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && !!sender.url?.startsWith(ownOrigin);
}

/**
 * A capture must be about the page it came from: its URL on the sender frame's origin and its
 * recipe one that covers that frame. Otherwise a confused or compromised script could file records
 * under another care system or another page.
 */
export function batchFitsSender(batch: { url: string; recipeId: string }, sender: SenderLike, recipes: readonly Recipe[]): boolean {
  if (!sender.url) return false;
  try {
    if (new URL(batch.url).origin !== new URL(sender.url).origin) return false;
  } catch {
    return false;
  }
  return recipesForUrl(recipes, sender.url).some((r) => r.id === batch.recipeId);
}
