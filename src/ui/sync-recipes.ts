import { sendToBackground } from '@/src/messaging/send';

/**
 * Tells the background that recipes were added, removed, switched or changed, so it registers
 * the capture script for exactly the origins of the recipes now on. The change itself is already
 * saved; if the background cannot be reached it syncs again on its next start, so this only
 * reports the problem.
 */
export async function syncRecipes(): Promise<string | undefined> {
  try {
    await sendToBackground('syncRecipes', {});
    return undefined;
  } catch {
    return 'Saved, but Record Lens could not update which pages it reads. Reload the extension if pages are not read.';
  }
}
