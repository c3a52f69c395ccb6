import { SettingsSchema, type Settings } from '../model/settings';
import type { RecordLensDb } from './db';

const KEY = 'settings';

/** Settings as stored; anything that no longer parses falls back to defaults, loudly. */
export async function readSettings(db: RecordLensDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  if (!parsed.success) console.warn('Record Lens: stored settings were invalid; using defaults.');
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function writeSettings(db: RecordLensDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = SettingsSchema.parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
