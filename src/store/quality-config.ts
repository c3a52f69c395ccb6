import { DEFAULT_QUALITY_CONFIG, QualityConfigSchema, type QualityConfig } from '../quality/config';
import type { RecordLensDb } from './db';

const KEY = 'qualityConfig';

/** The provider's quality rules (the default until they change anything). */
export async function readQualityConfig(db: RecordLensDb): Promise<QualityConfig> {
  const row = await db.settings.get(KEY);
  const parsed = QualityConfigSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_QUALITY_CONFIG;
}

/**
 * Saves changed rules under a new version number (so every stored result says which rules made
 * it) and returns them; saving identical rules changes nothing.
 */
export async function writeQualityConfig(db: RecordLensDb, input: unknown): Promise<QualityConfig> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readQualityConfig(db);
    const next = QualityConfigSchema.parse({ ...(input as object), version: current.version });
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    const saved = { ...next, version: current.version + 1 };
    await db.settings.put({ key: KEY, value: saved });
    return saved;
  });
}
