import { compareCycles } from '../audit/compare-cycles';
import { cycleResults } from '../audit/cycle-results';
import { packMeasure, type EvidencePack, type PackCoaching } from '../evidence/pack';
import { londonDayKey } from '../extract/dates/london-time';
import { agreementByRule } from '../measure/agreement';
import { measurePoints } from '../measure/registry';
import { spreadTable } from '../measure/spread';
import { backlogNow, backlogTrend } from '../measure/timeliness';
import { codesFor, installSecret } from './install-secret';
import type { RecordLensDb } from './db';
import { readSettings } from './settings';
import { loadMeasureInputs } from './measure-inputs';
import { coachingInputs, ensureStaffRollups, followUpNotes, listCoaching } from './coaching';
import { packCoaching } from '../evidence/pack-coaching';

export interface PackChoices {
  /** Which measures to include (all that have records, by default). */
  measureIds?: readonly string[];
  /** Residents by name instead of code: only when the manager ticks the box. */
  names?: boolean;
  now: number;
}

/** The first and last of some London days, or nulls. */
const span = (days: readonly string[]) => (days.length ? { from: days.reduce((a, b) => (a < b ? a : b)), to: days.reduce((a, b) => (a > b ? a : b)) } : { from: null, to: null });

/** Everything the evidence pack shows, read from this device's store. */
export async function assemblePack(db: RecordLensDb, choices: PackChoices): Promise<EvidencePack> {
  const { now } = choices;
  const [settings, { inputs, measures: registered, timelines, rules }, notes, sections, ownAudits] = await Promise.all([
    readSettings(db),
    loadMeasureInputs(db, now),
    db.notes.count(),
    db.sections.count(),
    db.careSystemAudits.count(),
  ]);
  const cycles = [...(inputs.cycles ?? [])];
  const samples = [...(inputs.samples ?? [])];
  const chosen = registered.filter((m) => !choices.measureIds || choices.measureIds.includes(m.id));
  // A measure with nothing recorded yet is named, not printed as an empty chart.
  const withData = chosen.filter((m) => measurePoints(m, inputs).some((p) => p.value !== null));
  const [first, last] = await Promise.all([db.notes.orderBy('careAt').first(), db.notes.orderBy('careAt').last()]);
  const measures = withData.map((m) =>
    packMeasure(m, inputs, settings, {
      now,
      spread: settings.baseline
        ? spreadTable(m, inputs, { baseline: settings.baseline, now, frozen: settings.baselineFigures }).rows.map((r) => ({
            dimension: r.dimension,
            segment: r.segment,
            baseline: r.baseline,
            current: r.current,
            notImproved: r.notImproved,
          }))
        : [],
    }),
  );

  const backlog = timelines.length ? backlogNow(timelines, rules, now) : undefined;
  await installSecret(db);
  const codes = (choices.names || !backlog ? undefined : await codesFor(db, backlog.overdue.map((i) => i.residentKey))) ?? new Map<string, string>();
  const trend = timelines.length ? backlogTrend(timelines, rules, { now, baseline: settings.baseline }) : undefined;
  const latestCycle = cycles.at(-1);
  const series = latestCycle ? compareCycles(cycles, latestCycle.templateId, { target: settings.auditTarget }) : null;
  const sessions = await listCoaching(db);
  const today = londonDayKey(now);
  const staffCodes = choices.names ? undefined : await codesFor(db, sessions.flatMap((e) => (e.coached.kind === 'author' ? [e.coached.authorName] : [])), 'Staff');
  let coaching: PackCoaching[] = [];
  if (sessions.length) {
    await ensureStaffRollups(db);
    const inputs = await coachingInputs(db, sessions, today);
    const queues = new Map<number, string[]>();
    for (const e of sessions) queues.set(e.id!, (await followUpNotes(db, e, inputs)).map((n) => n.key));
    coaching = packCoaching(sessions, inputs, queues, today, (name) => (choices.names ? name : (staffCodes?.get(name) ?? 'a member of staff')));
  }
  const judged = samples.flatMap((s) => s.judgements);
  const all = agreementByRule(judged).at(-1)!;

  return {
    generatedAt: new Date(now).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }),
    pseudonymised: !choices.names,
    baseline: settings.baseline ?? null,
    baselineFrozenAt: settings.baseline && settings.baselineFigures ? settings.baselineFigures.frozenAt : null,
    interventions: settings.interventions,
    coaching,
    sources: {
      notes: { count: notes, from: first ? londonDayKey(first.careAt) : null, to: last ? londonDayKey(last.careAt) : null },
      carePlanSections: sections,
      carePlansSeen: span(timelines.flatMap((t) => [t.firstSeenAt, t.lastSeenAt]).map(londonDayKey)),
      auditAnswers: cycles.reduce((s, c) => s + Object.values(c.answers).flat().length, 0),
      auditPeriods: span(cycles.flatMap((c) => [c.periodStart, c.periodEnd])),
      careSystemAuditAnswers: ownAudits,
      sampledNotes: judged.length,
    },
    measures,
    withoutData: chosen.filter((m) => !withData.includes(m)).map((m) => m.name),
    backlog: backlog
      ? {
          overdueNow: backlog.overdue.length,
          sections: backlog.total,
          baselineOverduePerDay: trend?.baselineOverdue ?? null,
          items: backlog.overdue.map((i) => ({ resident: choices.names ? i.residentName : codes.get(i.residentKey)!, section: i.section, daysOverdue: i.daysOverdue })),
        }
      : null,
    audits: series
      ? {
          latestScore: cycleResults(latestCycle!).score,
          embedded: series.embedded.reason,
          broad: series.broad.reason,
          scheduleGap: series.scheduleGap.reason,
          status: { embedded: series.embedded.status, broad: series.broad.status, scheduleGap: series.scheduleGap.status },
          cycles: [series.baseline, ...series.later].map((c) => ({ label: c.cycle.label, score: c.results.score })),
        }
      : null,
    agreement: samples.length ? { samples: samples.length, notes: judged.length, agreement: all.agreement ?? null, kappa: all.kappa ?? null } : null,
  };
}
