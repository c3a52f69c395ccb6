import { seededRandom } from './seeded-random';

/**
 * Picks `size` distinct items at random, every item equally likely (a partial Fisher–Yates
 * shuffle driven by the seed). The result keeps the page's order, so the deputy walks the
 * sample top to bottom. Duplicates in the input count once.
 */
export function pickSample<T>(items: readonly T[], size: number, seed: number): T[] {
  const pool = [...new Set(items)];
  const n = Math.min(Math.max(0, Math.floor(size)), pool.length);
  const random = seededRandom(seed);
  const index = pool.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (index.length - i));
    [index[i], index[j]] = [index[j]!, index[i]!];
  }
  return index
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => pool[i]!);
}
