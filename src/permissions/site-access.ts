import type { Recipe } from '../model/recipe';

/** The slice of browser.permissions the options page uses; tests pass a fake. */
export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export type AccessState = 'granted' | 'partly' | 'none';

/** Whether a recipe may read its care system's pages: all of its origins granted, some, or none. */
export async function accessOf(api: Pick<PermissionsApi, 'contains'>, recipe: Pick<Recipe, 'origins'>): Promise<AccessState> {
  const granted = await Promise.all(recipe.origins.map((o) => api.contains({ origins: [o] }).catch(() => false)));
  return granted.every(Boolean) ? 'granted' : granted.some(Boolean) ? 'partly' : 'none';
}

/**
 * The origins to give back when a recipe is switched off or deleted: its own, less those another
 * recipe that is still on needs. Access is never kept for a care system nothing reads.
 */
export function originsToRelease(recipe: Pick<Recipe, 'id' | 'origins'>, stillOn: readonly Pick<Recipe, 'id' | 'origins'>[]): string[] {
  const needed = new Set(stillOn.filter((r) => r.id !== recipe.id).flatMap((r) => r.origins));
  return recipe.origins.filter((o) => !needed.has(o));
}

/**
 * Gives back access to origins nothing reads. An origin granted at install (the demo build's
 * loopback address) cannot be removed: the browser refuses, and that is fine.
 */
export async function releaseAccess(api: Pick<PermissionsApi, 'remove'>, origins: readonly string[]): Promise<void> {
  for (const o of origins) await api.remove({ origins: [o] }).catch(() => false);
}
