import Dexie, { type EntityTable } from 'dexie';
import type { AuditCycle, AuditTemplate } from '../model/audit';
import type { CarePlanEvent } from '../model/care-plan-event';
import type { CareSystemAudit } from '../model/care-system-audit';
import type { CarePlanSection, CarePlanSectionHistory } from '../model/care-plan-section';
import type { DailyRollup } from '../model/daily-rollup';
import type { Note } from '../model/note';
import type { RecipeRow } from '../model/recipe-entry';
import type { PageHealth } from '../model/page-health';
import type { HistoryJob } from '../model/history-job';
import type { Sample } from '../model/sample';
import type { Snapshot } from '../model/snapshot';
import type { CoachingEvent } from '../model/coaching';
import type { StaffDay } from '../model/staff-rollup';
import { RollupDelta } from './note-rollup';
import { STAFF_ROLLUPS_BUILT } from './staff-rollup';
import { encryptionMiddleware, type LockHolder } from './lock/middleware';
import { tokenizeNameKeys } from './upgrades/name-keys';

export interface SettingRow {
  key: string;
  value: unknown;
}
export type HistoryRow = CarePlanSectionHistory & { id?: number };
/** A provider's own audit template, one row per version (`id@version`). */
export type AuditTemplateRow = AuditTemplate & { key: string };

/**
 * The one database. Every schema change is a new `version()` with an upgrade and a fixture test;
 * shipped versions are never edited or removed (DESIGN.md, Store).
 */
export class RecordLensDb extends Dexie {
  notes!: EntityTable<Note, 'key'>;
  sections!: EntityTable<CarePlanSection, 'key'>;
  sectionHistory!: EntityTable<HistoryRow, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  dailyRollups!: EntityTable<DailyRollup, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  recipes!: EntityTable<RecipeRow, 'id'>;
  pageHealth!: EntityTable<PageHealth, 'key'>;
  historyJobs!: EntityTable<HistoryJob, 'id'>;
  samples!: EntityTable<Sample, 'id'>;
  carePlanEvents!: EntityTable<CarePlanEvent, 'key'>;
  auditCycles!: EntityTable<AuditCycle, 'id'>;
  auditTemplates!: EntityTable<AuditTemplateRow, 'key'>;
  careSystemAudits!: EntityTable<CareSystemAudit, 'key'>;
  coachingEvents!: EntityTable<CoachingEvent, 'id'>;
  staffRollups!: EntityTable<StaffDay, 'id'>;

  /**
   * With a lock holder, sensitive fields pass through the encryption layer (src/store/lock); without
   * one (most unit tests) the database stores them as given.
   */
  constructor(name = 'record-lens', readonly lock?: LockHolder) {
    super(name);
    if (lock) this.use(encryptionMiddleware(lock));
    this.version(1).stores({
      notes: '&key, residentKey, careAt, [residentKey+careAt], provenance.system',
      sections: '&key, residentKey, reviewDue',
      sectionHistory: '++id, sectionKey, [sectionKey+seenAt], seenAt',
      snapshots: '++id, capturedAt, tabId, [tabId+capturedAt]',
      dailyRollups: '&id, day',
      settings: '&key',
    });
    // v2: user recipes and switches, recipe health per page, history-capture jobs; snapshots by URL.
    this.version(2).stores({
      snapshots: '++id, capturedAt, tabId, [tabId+capturedAt], [url+capturedAt]',
      recipes: '&id',
      pageHealth: '&key, recipeId',
      historyJobs: '++id, status',
    });
    // v3: deputies' samples of the notes on a page; care-plan events read from history tables;
    // audit cycles and the provider's own audit templates (new tables: nothing to move).
    this.version(3).stores({
      samples: '++id, status, startedAt',
      carePlanEvents: '&key, sectionKey, residentKey, at',
      auditCycles: '++id, status, templateId, startedAt',
      auditTemplates: '&key, id',
      careSystemAudits: '&key, at',
    });
    // v4: roll-ups gain the author's role (a segment) and notes per resident (notes per resident per
    // day). Roll-ups are derived data: rebuilt from the stored notes, which are left as they were.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const delta = new RollupDelta();
        await tx.table<Note>('notes').each((note) => delta.add(note, 1));
        await tx.table('dailyRollups').clear();
        await tx.table('dailyRollups').bulkPut(delta.apply([]));
      });
    // v5: a resident known only by name is keyed by a token of the name, not the name itself.
    this.version(5).stores({}).upgrade(tokenizeNameKeys);
    // v6: coaching and supervision sessions with their follow-up checks, and the notes counted by
    // member of staff per day for them (new tables: nothing to move; the staff counts of notes
    // stored before are built from them on first use, when the lock's key is at hand:
    // coaching.ts, ensureStaffRollups).
    this.version(6).stores({ coachingEvents: '++id, day', staffRollups: '&id, day' });
    // A new database has no notes, so its staff counts are complete from the start.
    this.on('populate', (tx) => tx.table('settings').add({ key: STAFF_ROLLUPS_BUILT, value: true }));
  }
}

let shared: RecordLensDb | undefined;
/**
 * The database of this extension origin (background and extension pages share it). Its lock state
 * starts `locked` (fail safe: nothing sensitive is written in plain text before the context has
 * read the lock row and session key, see session-key.ts).
 */
export const getDb = (): RecordLensDb => (shared ??= new RecordLensDb('record-lens', { state: { status: 'locked' } }));
