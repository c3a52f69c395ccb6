import { londonDayKey } from '../extract/dates/london-time';
import type { ShiftBoundaries } from '../measure/segments';
import type { CoachingEvent } from '../model/coaching';
import type { RuleId } from '../model/quality-flag';
import type { SampleJudgement } from '../model/sample';
import { isCoachedNote, type NoteOfStaff } from './coached-notes';

type Candidate = NoteOfStaff & { key: string };

/**
 * The notes queued for a follow-up check: the first `followUpSize` notes the coached staff wrote
 * after the day of the session, oldest first. The session's own day counts as neither before nor
 * after (the notes that day may come either side of it). Fewer are queued while fewer are written.
 */
export function followUpQueue(event: Pick<CoachingEvent, 'day' | 'coached' | 'followUpSize'>, notes: readonly Candidate[], shifts?: ShiftBoundaries): string[] {
  return notes
    .filter((n) => londonDayKey(n.careAt) > event.day && isCoachedNote(event.coached, n, shifts))
    .sort((a, b) => a.careAt - b.careAt || a.key.localeCompare(b.key))
    .slice(0, event.followUpSize)
    .map((n) => n.key);
}

/**
 * Whether a checked note meets the standard the coaching was about: none of the focus rules
 * stands in the checker's view (an engine flag they agreed with, or one they added). A flag they
 * disagreed with does not count against the note.
 */
export function meetsStandard(check: Pick<SampleJudgement, 'engineFlags' | 'verdicts' | 'added'>, focus: readonly RuleId[]): boolean {
  return !focus.some((rule) => check.added.includes(rule) || (check.engineFlags.includes(rule) && check.verdicts[rule] === 'agree'));
}

export interface FollowUpProgress {
  /** How many notes the follow-up asks for. */
  wanted: number;
  /** How many of them have been written so far (queued). */
  queued: number;
  checked: number;
  meeting: number;
  /** The next queued note not yet checked, if any. */
  next?: string;
}

/** "6 of 10 checked, 5 meet the standard": the follow-up's progress over its queue. */
export function followUpProgress(event: Pick<CoachingEvent, 'followUpSize' | 'focus' | 'checks'>, queue: readonly string[]): FollowUpProgress {
  const inQueue = new Set(queue);
  const checks = event.checks.filter((c) => inQueue.has(c.noteKey));
  const done = new Set(checks.map((c) => c.noteKey));
  const next = queue.find((k) => !done.has(k));
  return {
    wanted: event.followUpSize,
    queued: queue.length,
    checked: checks.length,
    meeting: checks.filter((c) => meetsStandard(c, event.focus)).length,
    ...(next ? { next } : {}),
  };
}

/** The progress in words, as the quality lead reads it. */
export function describeProgress(p: FollowUpProgress): string {
  const checked = `${p.checked} of ${p.wanted} checked, ${p.meeting} meet${p.meeting === 1 ? 's' : ''} the standard`;
  const unwritten = p.wanted - p.queued;
  return unwritten > 0 ? `${checked}; ${unwritten} not written yet` : checked;
}
