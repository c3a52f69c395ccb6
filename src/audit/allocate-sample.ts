/**
 * How many records to draw from each segment of a stratified sample.
 *
 * Every non-empty segment first gets one record, so no team, shift or day type is left out of
 * the audit by chance; the rest of the sample is split in proportion to the records each segment
 * still holds, by largest remainder (Hamilton's method), so the totals add up exactly and a
 * segment is never asked for more records than it has. When the sample is smaller than the number
 * of segments, the largest segments get the one record each.
 *
 * `random` only breaks ties (equal remainders, equal sizes), so a seeded draw stays reproducible
 * without favouring whichever segment happens to sort first.
 */
export function allocateSample(counts: readonly number[], size: number, random: () => number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const n = Math.min(Math.max(0, Math.floor(size)), total);
  const tie = counts.map(() => random());
  const allocation = counts.map(() => 0);
  const nonEmpty = counts.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);

  if (n < nonEmpty.length) {
    const largestFirst = [...nonEmpty].sort((a, b) => counts[b]! - counts[a]! || tie[a]! - tie[b]!);
    for (const i of largestFirst.slice(0, n)) allocation[i] = 1;
    return allocation;
  }

  for (const i of nonEmpty) allocation[i] = 1;
  const rest = n - nonEmpty.length;
  const spare = counts.map((c) => Math.max(0, c - 1));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  if (rest === 0 || spareTotal === 0) return allocation;

  // Each quota is at most the segment's spare records (rest ≤ spareTotal), so floor + 1 never overflows it.
  const quotas = spare.map((s) => (rest * s) / spareTotal);
  let given = 0;
  quotas.forEach((q, i) => {
    allocation[i]! += Math.floor(q);
    given += Math.floor(q);
  });
  const byRemainder = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .filter((r) => r.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || tie[a.i]! - tie[b.i]!);
  for (const { i } of byRemainder.slice(0, rest - given)) allocation[i]! += 1;
  return allocation;
}
