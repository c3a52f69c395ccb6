import { readSettings } from './settings';
import { HELD_PREFIX } from '../bundle/held-homes';
import type { DailyRollup } from '../model/daily-rollup';
import { SettingsSchema, type Settings } from '../model/settings';
import type { RecordLensDb } from './db';
import { RollupDelta } from './note-rollup';
import type { StaffDelta } from './staff-rollup';
import type { Picked, PurgePlan } from './purge-plan';
import { inWindow, namesResident, type PurgeScope } from './purge-scope';

/**
 * What follows from the records a purge picked: roll-ups lose exactly those notes, samples and
 * audit cycles lose the judgements and answers about them, and "everything" resets the settings
 * that describe care (keeping the ones that describe how the user works).
 */
export async function planDerived(db: RecordLensDb, scope: PurgeScope, picked: Picked, plan: PurgePlan): Promise<void> {
  const noteKeys = new Set(picked.notes.map((n) => n.key));
  const recordKeys = new Set([...noteKeys, ...picked.sections.map((s) => s.key)]);
  const residentPrefix = picked.resident && `${picked.resident.key}|`;
  const systemPrefix = picked.system && `${picked.system}|`;
  /** A sampled note or section is gone if it was picked, or its key says it is the resident's or the system's. */
  const gone = (key: string) =>
    !!picked.everything || recordKeys.has(key) || (!!residentPrefix && key.startsWith(residentPrefix)) || (!!systemPrefix && key.startsWith(systemPrefix));

  if (!picked.everything) await planRollups(db, picked, plan);
  await planSamples(db, picked, gone, plan);
  await planCycles(db, scope, gone, plan);
  await planCoaching(db, picked, gone, plan);
  if (picked.everything) await planSettings(db, plan);
}

/** Flags counted zero times say nothing: dropped, so a purged roll-up equals one rebuilt from the notes left. */
const withoutZeros = (r: DailyRollup): DailyRollup => ({
  ...r,
  flagged: Object.fromEntries(Object.entries(r.flagged).filter(([, n]) => (n ?? 0) > 0)),
});

/**
 * Takes the purged notes out of their day rows through the same RollupDelta that put them in, so
 * note counts, flag counts, score sums and the per-resident counts all stay exact; a row left with
 * no notes is deleted (its `residents` map is then empty too).
 */
async function planRollups(db: RecordLensDb, picked: Picked, plan: PurgePlan): Promise<void> {
  const delta = new RollupDelta((await readSettings(db)).shifts);
  for (const note of picked.notes) delta.add(note, -1);
  const ids = [...delta.rows.keys()];
  const existing = await db.dailyRollups.bulkGet(ids);
  delta.apply(existing).forEach((row, i) => {
    if (!existing[i]) return;
    if (row.notes === 0) plan.dailyRollups.remove.push(row.id);
    else plan.dailyRollups.put.push(withoutZeros(row));
  });
  if (picked.system) {
    // Rows of the system that no stored note explains any more (an older roll-up): gone as well.
    const more = await db.dailyRollups.filter((r) => r.system === picked.system && !delta.rows.has(r.id)).primaryKeys();
    plan.dailyRollups.remove.push(...more);
  }
  await planStaffCounts(db, picked, delta.staff, plan);
}

/** The same notes out of the staff counts (coaching follow-up); a row left with no notes is deleted. */
async function planStaffCounts(db: RecordLensDb, picked: Picked, staff: StaffDelta, plan: PurgePlan): Promise<void> {
  if (picked.system) {
    plan.staffRollups.remove.push(...(await db.staffRollups.filter((d) => d.system === picked.system).primaryKeys()));
    return;
  }
  const existing = await db.staffRollups.bulkGet(staff.ids());
  staff.apply(existing).forEach((day, i) => {
    if (!existing[i]) return;
    if (day.staff.length) plan.staffRollups.put.push(day);
    else plan.staffRollups.remove.push(day.id);
  });
}

/**
 * A deputy's sample loses the notes that were purged and its judgements of them (and, for a span
 * of days, any judgement of care in it); a sample left with no notes is deleted rather than kept
 * empty. What is left keeps its size of population: a count, not a person.
 */
async function planSamples(db: RecordLensDb, picked: Picked, gone: (key: string) => boolean, plan: PurgePlan): Promise<void> {
  if (picked.everything) return;
  for (const s of await db.samples.toArray()) {
    if (picked.system && s.system === picked.system) {
      plan.samples.remove.push(s.id!);
      continue;
    }
    const dropped = new Set(s.noteKeys.filter(gone));
    for (const j of s.judgements) if (picked.window && inWindow(picked.window, j.careAt)) dropped.add(j.noteKey);
    const noteKeys = s.noteKeys.filter((k) => !dropped.has(k));
    if (!noteKeys.length) plan.samples.remove.push(s.id!);
    else if (dropped.size || (picked.resident && namesResident(s.url, picked.resident))) {
      // A page of the purged resident that also showed others' notes: keep only its origin.
      const url = picked.resident && namesResident(s.url, picked.resident) ? originOf(s.url) : s.url;
      plan.samples.put.push({ ...s, url, noteKeys, judgements: s.judgements.filter((j) => !dropped.has(j.noteKey)) });
    }
  }
}

/**
 * A coaching session is about staff, so it stays; its follow-up checks of purged notes (and of
 * care in a purged span of days) go, as a sample's judgements do.
 */
async function planCoaching(db: RecordLensDb, picked: Picked, gone: (key: string) => boolean, plan: PurgePlan): Promise<void> {
  if (picked.everything) return;
  for (const e of await db.coachingEvents.toArray()) {
    const checks = e.checks.filter((c) => !gone(c.noteKey) && !(picked.window && inWindow(picked.window, c.careAt)));
    if (checks.length !== e.checks.length) plan.coachingEvents.put.push({ ...e, checks });
  }
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return 'address removed';
  }
};

/**
 * An audit cycle loses the sampled records that were purged and their answers. Its sampling
 * frame stays: it holds counts per unit and shift, never a record. A cycle left with no sampled
 * record, or whose whole period lies in a purged span of days, is deleted.
 */
async function planCycles(db: RecordLensDb, scope: PurgeScope, gone: (key: string) => boolean, plan: PurgePlan): Promise<void> {
  if (scope.kind === 'everything') return;
  for (const c of await db.auditCycles.toArray()) {
    const wholly = scope.kind === 'range' && c.periodStart >= (scope.from ?? '') && c.periodEnd <= scope.to;
    const sample = c.sample.filter((s) => !gone(s.recordKey));
    if (wholly || !sample.length) {
      plan.auditCycles.remove.push(c.id!);
      continue;
    }
    if (sample.length === c.sample.length) continue;
    const answers = Object.fromEntries(Object.entries(c.answers).filter(([k]) => !gone(k)));
    plan.auditCycles.put.push({ ...c, sample, answers });
  }
}

/**
 * "Everything" starts over: the baseline, its frozen figures, the interventions, dismissed drift
 * warnings, the remembered reviewer (a person) and other homes' bundles go. How the user works
 * stays: retention period, how residents are shown, the audit target, this home's name. Recipes, audit templates, quality and care-plan
 * rules live elsewhere and stay too: they describe care systems and checklists, never people.
 * (Other scopes keep the baseline's frozen figures on purpose: they are totals per measure and
 * segment, fixed when the baseline was set, and name no one.)
 */
async function planSettings(db: RecordLensDb, plan: PurgePlan): Promise<void> {
  // Other homes' bundles held here go with their records (src/bundle/held-homes.ts).
  plan.settings.remove.push(...(await db.settings.where('key').startsWith(HELD_PREFIX).primaryKeys()));
  const row = await db.settings.get('settings');
  if (!row) return;
  const now = SettingsSchema.safeParse(row.value);
  const keep: Partial<Settings> = now.success
    ? { retentionMonths: now.data.retentionMonths, residentDisplay: now.data.residentDisplay, auditTarget: now.data.auditTarget, measureTargets: now.data.measureTargets, retentionRanAt: now.data.retentionRanAt, homeName: now.data.homeName }
    : {};
  plan.settings.put.push({ key: 'settings', value: SettingsSchema.parse(keep) });
}
