import { base32 } from '../privacy/pseudonym';
import type { RecordLensDb } from '../store/db';
import { readSettings } from '../store/settings';
import { HomeIdSchema } from '../model/home';

/** Its own settings row, like the install secret: made once, never edited, kept when settings change. */
export const HOME_ID_KEY = 'homeId';

/** On screen, before anyone names it: the organisational view reads "This home" beside imported homes' names. */
export const UNNAMED_HOME = 'This home';

/**
 * This install's home id, made on first use. It is what tells a newer bundle of one home from a
 * bundle of another (names change and may clash; ids do neither).
 */
export async function thisHomeId(db: RecordLensDb): Promise<string> {
  const held = HomeIdSchema.safeParse((await db.settings.get(HOME_ID_KEY))?.value);
  if (held.success) return held.data;
  const fresh = base32(crypto.getRandomValues(new Uint8Array(10)), 16);
  return db.transaction('rw', db.settings, async () => {
    const again = HomeIdSchema.safeParse((await db.settings.get(HOME_ID_KEY))?.value);
    if (again.success) return again.data;
    await db.settings.put({ key: HOME_ID_KEY, value: fresh });
    return fresh;
  });
}

/**
 * The name a bundle gives this home: the one set in the options page, else "Home" and the start of
 * its id, so two homes that never set a name still arrive apart at the quality lead's browser.
 */
export async function thisHome(db: RecordLensDb): Promise<{ id: string; name: string; named: boolean }> {
  const [id, settings] = await Promise.all([thisHomeId(db), readSettings(db)]);
  return { id, name: settings.homeName ?? `Home ${id.slice(0, 4)}`, named: settings.homeName !== undefined };
}

/**
 * The name set for this home, if any, and the one a bundle would use. Reads only, so a screen can
 * follow it in a live query (where writes are refused): before the id is made there is no default yet.
 */
export async function peekThisHome(db: RecordLensDb): Promise<{ homeName?: string; bundleName?: string }> {
  const [row, settings] = await Promise.all([db.settings.get(HOME_ID_KEY), readSettings(db)]);
  const id = HomeIdSchema.safeParse(row?.value);
  const fallback = id.success ? `Home ${id.data.slice(0, 4)}` : undefined;
  return { ...(settings.homeName ? { homeName: settings.homeName } : {}), ...(settings.homeName ?? fallback ? { bundleName: settings.homeName ?? fallback } : {}) };
}
