import type { CaptureBatch } from '../messaging/protocol';
import type { PageHealth } from '../model/page-health';
import { checkHealth, type CaptureStats } from '../recipes/health';
import type { RecordLensDb } from './db';

const sum = (m: Partial<Record<string, number>>) => Object.values(m).reduce<number>((s, n) => s + (n ?? 0), 0);

/**
 * The fewest records the same URL showed in its healthy captures: a feed grows as you scroll
 * (30, 60 ... 180), and a new visit starts again at its first screenful, which is not "fewer".
 */
async function sameUrlMatched(db: RecordLensDb, batch: CaptureBatch): Promise<number | undefined> {
  const recent = await db.snapshots
    .where('[url+capturedAt]')
    .between([batch.url, -Infinity], [batch.url, batch.capturedAt], true, false)
    .reverse()
    .limit(500)
    .toArray();
  const healthy = recent.filter((s) => s.health?.status !== 'degraded').map((s) => sum(s.matched));
  return healthy.length ? Math.min(...healthy) : undefined;
}

/**
 * Judges a capture's health inside the ingest transaction and keeps the verdict. Only part 0 of
 * a page is judged; later parts of the same capture share its verdict.
 */
export async function judgeCapture(db: RecordLensDb, batch: CaptureBatch): Promise<PageHealth> {
  const key = `${batch.recipeId}|${batch.pageId}`;
  const prev = await db.pageHealth.get(key);
  if (batch.part > 0 && prev?.lastCheckedAt === batch.capturedAt) return prev;
  const problemFields: Record<string, number> = {};
  for (const p of batch.problems) {
    const f = `${p.recordType}.${p.field ?? 'record'}`;
    problemFields[f] = (problemFields[f] ?? 0) + 1;
  }
  const stats: CaptureStats = { matched: sum(batch.matched), problems: batch.problems.length, problemFields, fieldHits: batch.fieldHits };
  const verdict = checkHealth(prev, stats, {
    recipeId: batch.recipeId,
    recipeVersion: batch.recipeVersion,
    pageId: batch.pageId,
    capturedAt: batch.capturedAt,
    sameUrlMatched: await sameUrlMatched(db, batch),
  });
  await db.pageHealth.put(verdict);
  return verdict;
}
