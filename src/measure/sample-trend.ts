import { londonDayKey } from '../extract/dates/london-time';
import type { Sample } from '../model/sample';
import { RULE_IDS } from '../model/quality-flag';
import { personFlags } from './agreement';
import { mondayOf } from './weekly-rate';

export interface SampleWeek {
  /** Monday (London) of the week the sampled care happened in. */
  week: string;
  notes: number;
  /** Notes the person judged weak (any flag they agreed with or added). */
  judgedWeak: number;
  /** Of these, from scheduled samples; the rest are unscheduled spot checks. */
  scheduledNotes: number;
  scheduledWeak: number;
  /** Note × rule decisions where engine and person said the same, of `decisions`. */
  agreed: number;
  decisions: number;
}

/**
 * What people found in their samples, by week of care: the human measure beside the engine's,
 * split scheduled / unscheduled (records that hold up without prompting look the same in both).
 */
export function sampleWeeks(samples: readonly Sample[]): SampleWeek[] {
  const byWeek = new Map<string, SampleWeek>();
  for (const s of samples) {
    for (const j of s.judgements) {
      const week = mondayOf(londonDayKey(j.careAt));
      const w = byWeek.get(week) ?? { week, notes: 0, judgedWeak: 0, scheduledNotes: 0, scheduledWeak: 0, agreed: 0, decisions: 0 };
      const weak = RULE_IDS.some((r) => personFlags(j, r));
      w.notes++;
      if (weak) w.judgedWeak++;
      if (s.scheduled) {
        w.scheduledNotes++;
        if (weak) w.scheduledWeak++;
      }
      for (const r of RULE_IDS) {
        w.decisions++;
        if (j.engineFlags.includes(r) === personFlags(j, r)) w.agreed++;
      }
      byWeek.set(week, w);
    }
  }
  return [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
}

export interface ScheduledGap {
  scheduled: { notes: number; weak: number; rate: number | undefined };
  unscheduled: { notes: number; weak: number; rate: number | undefined };
}

/** Weak share in scheduled vs unscheduled samples over the given weeks. */
export function scheduledGap(weeks: readonly SampleWeek[]): ScheduledGap {
  let sn = 0, sw = 0, un = 0, uw = 0;
  for (const w of weeks) {
    sn += w.scheduledNotes;
    sw += w.scheduledWeak;
    un += w.notes - w.scheduledNotes;
    uw += w.judgedWeak - w.scheduledWeak;
  }
  return {
    scheduled: { notes: sn, weak: sw, rate: sn ? sw / sn : undefined },
    unscheduled: { notes: un, weak: uw, rate: un ? uw / un : undefined },
  };
}
