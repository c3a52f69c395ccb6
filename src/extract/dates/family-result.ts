import type { DatePrecision } from './parse-uk-date';

/**
 * What one format family makes of the text. `no-match` means "not written in this family" so the
 * dispatcher can try the next one; `invalid` means "this family's shape, but not a real date", which
 * stops the search so a specific reason reaches the user instead of a generic one.
 */
export type FamilyResult =
  | { kind: 'no-match' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'ok'; epochMs: number; precision: DatePrecision };

export const NO_MATCH: FamilyResult = { kind: 'no-match' };

export function invalid(detail: string): FamilyResult {
  return { kind: 'invalid', detail };
}
