import type { CaptureBatch } from '../messaging/protocol';
import type { PageHealth } from '../model/page-health';
import { checkHealth, type CaptureStats } from '../recipes/health';
import type { RecordLensDb } from './db';

const sum = (m: Partial<Record<string, number>>) => Object.values(m).reduce<number>((s, n) => s + (n ?? 0), 0);

/**
 * What the same URL showed when it was first read on earlier visits, if that was always the same
 * number (a page that does not grow). A feed that loads as you scroll shows different numbers from
 * visit to visit, so "fewer than before" cannot be judged for it and is not. Only the first capture
 * of a visit is compared.
 */
async function sameUrlMatched(db: RecordLensDb, batch: CaptureBatch): Promise<number | undefined> {
  const earlier = await db.snapshots
    .where('[url+capturedAt]')
    .between([batch.url, -Infinity], [batch.url, batch.capturedAt], true, false)
    .reverse()
    .limit(500)
    .toArray();
  if (batch.visit && earlier.some((s) => s.visit === batch.visit)) return undefined;
  const firstOfVisit = new Map<string, number>();
  for (const s of earlier) {
    if (s.health?.status === 'degraded' || !s.visit || s.visit === batch.visit) continue;
    firstOfVisit.set(s.visit, sum(s.matched)); // reverse order: the last set is the visit's first
  }
  const counts = [...firstOfVisit.values()];
  return counts.length >= 2 && counts.every((c) => c === counts[0]) ? counts[0] : undefined;
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
