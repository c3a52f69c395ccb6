import { sendToBackground } from '@/src/messaging/send';

/**
 * Tells the background that recipes were added, removed, switched or changed, so the open pages of
 * the recipes now on start being read at once (every later load is read anyway: the background
 * reads the recipes afresh each time). The change itself is already saved, so this only reports
 * the problem.
 */
export async function syncRecipes(): Promise<string | undefined> {
  try {
    await sendToBackground('syncRecipes', {});
    return undefined;
  } catch {
    return 'Saved, but Record Lens could not update which pages it reads. Reload the care-system page if it is not read.';
  }
}
