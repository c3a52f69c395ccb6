import type { Recipe } from '../model/recipe';
import { matchesPattern } from '../recipes/match-pattern';

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The slice of the browser APIs injection needs; the background passes the real ones. */
export interface InjectionApi {
  containsOrigin(origin: string): Promise<boolean>;
  /** Runs the capture script in the tab's top frame (it ignores a second run in the same page). */
  inject(tabId: number): Promise<void>;
}

export interface TabLike {
  id?: number;
  url?: string;
}

/**
 * The recipe origins this URL falls under that the user has granted. Chromium and Firefox tell
 * the background a tab's URL only on origins it has access to, but the permission is checked here
 * too: no page is read without its own grant (DESIGN.md).
 */
export async function grantedOriginsFor(api: InjectionApi, recipes: readonly Recipe[], url: string): Promise<string[]> {
  const patterns = [...new Set(recipes.flatMap((r) => r.origins).filter((o) => matchesPattern(o, url)))];
  const granted: string[] = [];
  for (const origin of patterns) if (await api.containsOrigin(origin)) granted.push(origin);
  return granted;
}

/**
 * Injects the capture script into a tab that has finished loading a granted care-system page.
 * Nothing is registered with the browser to run during page load: whatever runs before the load
 * event delays it, and a registered script of any size cost a 50-note page 20-60% of its load
 * time (bench). Injected after `complete`, the page's own load pays nothing. Returns whether it injected.
 */
export async function injectIfGranted(api: InjectionApi, recipes: readonly Recipe[], tab: TabLike): Promise<boolean> {
  if (tab.id === undefined || !tab.url) return false;
  if (!(await grantedOriginsFor(api, recipes, tab.url)).length) return false;
  try {
    await api.inject(tab.id);
    return true;
  } catch {
    // The tab navigated away or closed between `complete` and now: its next load brings it back.
    return false;
  }
}

/**
 * After access is granted or a recipe switched on: the care-system pages already open start being
 * read now, as a user who just said yes expects, rather than at their next load. Returns the tabs injected.
 */
export async function injectIntoOpenTabs(api: InjectionApi, recipes: readonly Recipe[], tabs: readonly TabLike[]): Promise<number[]> {
  const injected: number[] = [];
  for (const tab of tabs) if (await injectIfGranted(api, recipes, tab)) injected.push(tab.id!);
  return injected;
}

/** The granted recipe origins, for the screens that say which sites Record Lens reads. */
export async function grantedRecipeOrigins(api: InjectionApi, recipes: readonly Recipe[]): Promise<string[]> {
  const wanted = [...new Set(recipes.flatMap((r) => r.origins))];
  const granted: string[] = [];
  for (const origin of wanted) if (await api.containsOrigin(origin)) granted.push(origin);
  return granted;
}
