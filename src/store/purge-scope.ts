import { z } from 'zod';
import { londonDaySpan } from '../measure/timeliness/days';
import { DayKeySchema } from '../model/settings';

/**
 * What a person asked to delete: one resident, a span of London days (by the date of care), one
 * care system, or everything captured. Parsed at the boundary, because a scope typed by hand in
 * the options page (or a stale one) must never widen into deleting more than was asked.
 */
export const PurgeScopeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('resident'), residentKey: z.string().min(1).max(1000) }),
    /** `from` absent means "from the very first record": the retention rule's range. */
    z.object({ kind: z.literal('range'), from: DayKeySchema.optional(), to: DayKeySchema }),
    z.object({ kind: z.literal('system'), system: z.string().min(1).max(200) }),
    z.object({ kind: z.literal('everything') }),
  ])
  .superRefine((s, ctx) => {
    if (s.kind === 'range' && s.from !== undefined && s.from > s.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must be on or after the first day.' });
    }
  });
export type PurgeScope = z.infer<typeof PurgeScopeSchema>;

/** A span of London days as epoch ms, start inclusive and end exclusive (London midnights, DST-safe). */
export interface Window {
  start: number;
  end: number;
}
export function rangeWindow(from: string | undefined, to: string): Window {
  const [start, end] = londonDaySpan(from ?? to, to);
  return { start: from === undefined ? -Infinity : start, end };
}
export const inWindow = (w: Window, at: number | undefined) => at !== undefined && at >= w.start && at < w.end;

/**
 * Who a resident key names. The key is `system|id:R001` or `system|name:ada lovelace` (keys.ts);
 * the names come from the rows themselves, because a resident keyed by id is still named in
 * page text, URLs and the care system's own audit rows.
 */
export interface Resident {
  key: string;
  system: string;
  id?: string;
  /** Lower-case names this resident was seen under. */
  names: Set<string>;
}

export function residentOf(key: string, seenNames: Iterable<string>): Resident {
  const bar = key.indexOf('|');
  const system = key.slice(0, bar);
  const rest = key.slice(bar + 1);
  const names = new Set([...seenNames].map((n) => n.trim().toLowerCase()).filter((n) => n.length > 1));
  if (rest.startsWith('name:')) names.add(rest.slice(5));
  return { key, system, ...(rest.startsWith('id:') ? { id: rest.slice(3) } : {}), names };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether free text (a URL, an excerpt of a record kept aside) names the resident: their id as a
 * whole token (R1 is not R10), or one of their names. URLs are decoded first, so a name written
 * as `Ada%20Lovelace` or `Ada+Lovelace` is found too.
 */
export function namesResident(text: string, r: Resident): boolean {
  let plain = text;
  try {
    plain = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Not URL-encoded after all: read it as it is.
  }
  const lower = plain.toLowerCase();
  if (r.id && new RegExp(`(^|[^A-Za-z0-9])${escape(r.id)}($|[^A-Za-z0-9])`).test(plain)) return true;
  return [...r.names].some((n) => lower.includes(n));
}
