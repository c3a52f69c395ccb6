/**
 * Locking by itself: an open Record Lens left alone on a shared office computer is the one case the
 * passphrase cannot cover (README, Threat model). "Use" is a click or key in one of its own pages, or
 * a capture of a page someone is reading; after this long without use, the key is forgotten.
 */
export const IDLE_CHOICES = [0, 5, 15, 30, 60] as const;
export const DEFAULT_IDLE_MINUTES = 15;

/** Whether an unlocked Record Lens last used at `usedAt` should lock now (0 minutes: never by itself). */
export function idleExpired(usedAt: number | undefined, now: number, minutes: number): boolean {
  return minutes > 0 && usedAt !== undefined && now - usedAt >= minutes * 60_000;
}

/** For screens: "after 15 minutes without use", or that it never locks by itself. */
export const idleWords = (minutes: number): string =>
  minutes === 0 ? 'never by itself (only Lock now or closing the browser locks it)' : `after ${minutes} minutes without use`;
