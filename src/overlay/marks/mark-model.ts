import type { NoteQuality } from '../../messaging/protocol';

export type Band = 'weak' | 'fair' | 'ok';

/** What one mark says: never colour alone, the band is always written out. */
export interface MarkModel {
  band: Band;
  /** The button's visible text, e.g. "Weak 40: vague, too short". */
  label: string;
  /** One line per flag: its reason, then what the rule looks for. */
  reasons: { rule: string; reason: string; explanation?: string }[];
}

/** Below this a note is weak; below OK_FROM it is fair. */
export const WEAK_BELOW = 50;
export const OK_FROM = 80;

const BAND_NAME: Record<Band, string> = { weak: 'Weak', fair: 'Fair', ok: 'OK' };

export function bandOf(score: number): Band {
  if (score < WEAK_BELOW) return 'weak';
  if (score < OK_FROM) return 'fair';
  return 'ok';
}

/** "too-short" → "too short". */
export const ruleName = (rule: string): string => rule.replace(/-/g, ' ');

export function markModel(q: Pick<NoteQuality, 'score' | 'flags'>): MarkModel {
  const band = bandOf(q.score);
  const score = Math.round(q.score);
  const rules = q.flags.map((f) => ruleName(f.rule));
  const label = rules.length ? `${BAND_NAME[band]} ${score}: ${rules.join(', ')}` : `${BAND_NAME[band]} ${score}`;
  return { band, label, reasons: q.flags.map(({ rule, reason, explanation }) => ({ rule: ruleName(rule), reason, explanation })) };
}
