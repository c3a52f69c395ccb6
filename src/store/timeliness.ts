import { DEFAULT_TIMELINESS_RULES, TimelinessRulesSchema, timelineOf, type SectionTimeline, type TimelinessRules } from '../measure/timeliness';
import type { CarePlanEvent } from '../model/care-plan-event';
import type { CarePlanSectionHistory } from '../model/care-plan-section';
import type { RecordLensDb } from './db';

const RULES_KEY = 'timelinessRules';

/** Every stored care-plan section as the timeliness measures see it, optionally for one care system. */
export async function loadTimelines(db: RecordLensDb, system?: string): Promise<SectionTimeline[]> {
  return db.transaction('r', [db.sections, db.sectionHistory, db.carePlanEvents], async () => {
    const all = await db.sections.toArray();
    const sections = system === undefined ? all : all.filter((s) => s.provenance.system === system);
    const [history, events] = await Promise.all([db.sectionHistory.toArray(), db.carePlanEvents.toArray()]);
    const historyBy = groupBy(history, (h) => h.sectionKey);
    const eventsBy = groupBy(events, (e) => e.sectionKey);
    return sections.map((s) =>
      timelineOf(s, historyBy.get(s.key) ?? ([] as CarePlanSectionHistory[]), eventsBy.get(s.key) ?? ([] as CarePlanEvent[]), s.goneAt === undefined ? {} : { goneAt: s.goneAt }),
    );
  });
}

/** Sections whose care system shows a history table: the rest are known only from their latest dates. */
export async function sectionsWithHistoryTable(db: RecordLensDb): Promise<Set<string>> {
  return new Set((await db.carePlanEvents.orderBy('sectionKey').uniqueKeys()) as string[]);
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The provider's review interval, lag target and staleness window; defaults when none are saved. */
export async function readTimelinessRules(db: RecordLensDb): Promise<TimelinessRules> {
  const row = await db.settings.get(RULES_KEY);
  const parsed = TimelinessRulesSchema.safeParse(row?.value ?? {});
  if (!parsed.success) console.warn('Record Lens: stored care-plan rules were invalid; using defaults.');
  return parsed.success ? parsed.data : DEFAULT_TIMELINESS_RULES;
}

export async function writeTimelinessRules(db: RecordLensDb, rules: unknown): Promise<TimelinessRules> {
  const next = TimelinessRulesSchema.parse(rules);
  await db.settings.put({ key: RULES_KEY, value: next });
  return next;
}
