import type { AuditCycle } from '../model/audit';
import type { CarePlanEvent } from '../model/care-plan-event';
import type { CarePlanSection } from '../model/care-plan-section';
import type { CareSystemAudit } from '../model/care-system-audit';
import type { Note } from '../model/note';
import type { Sample } from '../model/sample';
import { IMPORTED_HOME_PREFIX } from '../measure/segments';
import type { HistoryRow } from '../store/db';
import type { CaptureBundle } from './bundle-schema';

/** The care-system name an imported home's records are stored under (segments.ts, homeOfSystem). */
export const homeSystem = (homeId: string, system: string): string => `${IMPORTED_HOME_PREFIX}${homeId}/${system}`;

/** Everything stored for one imported home starts with this, in every keyed table. */
export const homePrefix = (homeId: string): string => `${IMPORTED_HOME_PREFIX}${homeId}/`;

/** The rows one bundle becomes in this store. */
export interface HomeRows {
  notes: Note[];
  sections: CarePlanSection[];
  sectionHistory: HistoryRow[];
  carePlanEvents: CarePlanEvent[];
  careSystemAudits: CareSystemAudit[];
  samples: Sample[];
  auditCycles: AuditCycle[];
}

/**
 * Stores a bundle's records under its home: every key's care system (its first part) becomes
 * `home:<id>/<system>`, as do provenance and samples' systems. Keys of another install are
 * HMAC'd with that install's secret, and two homes on one care system share its id scheme, so only
 * this keeps them from colliding with this home's records or each other's. Pure: no store access.
 */
export function namespaced(bundle: CaptureBundle): HomeRows {
  const home = bundle.home.id;
  const ns = (key: string) => {
    const bar = key.indexOf('|');
    return bar === -1 ? homeSystem(home, key) : `${homeSystem(home, key.slice(0, bar))}${key.slice(bar)}`;
  };
  const provenance = <T extends { provenance: { system: string } }>(r: T): T => ({ ...r, provenance: { ...r.provenance, system: homeSystem(home, r.provenance.system) } });
  return {
    // The words of a note left out of a pseudonymised bundle are stored as empty: nothing re-reads them (rescore skips imported homes).
    notes: bundle.notes.map((n) =>
      provenance({
        ...n,
        text: n.text ?? '',
        key: ns(n.key),
        residentKey: ns(n.residentKey),
        quality: { ...n.quality, flags: n.quality.flags.map((f) => (f.source ? { ...f, source: { ...f.source, key: ns(f.source.key) } } : f)) },
      }),
    ),
    sections: bundle.sections.map((s) => provenance({ ...s, key: ns(s.key), residentKey: ns(s.residentKey) })),
    sectionHistory: bundle.sectionHistory.map((h) => provenance({ ...h, sectionKey: ns(h.sectionKey) })),
    carePlanEvents: bundle.carePlanEvents.map((e) => provenance({ ...e, key: ns(e.key), sectionKey: ns(e.sectionKey), residentKey: ns(e.residentKey) })),
    careSystemAudits: bundle.careSystemAudits.map((a) => provenance({ ...a, key: ns(a.key) })),
    samples: bundle.samples.map(({ id: _id, ...s }) => ({
      ...s,
      system: homeSystem(home, s.system),
      noteKeys: s.noteKeys.map(ns),
      judgements: s.judgements.map((j) => ({ ...j, noteKey: ns(j.noteKey) })),
    })),
    auditCycles: bundle.auditCycles.map(({ id: _id, ...c }) => ({
      ...c,
      sample: c.sample.map((r) => ({ ...r, recordKey: ns(r.recordKey) })),
      answers: Object.fromEntries(Object.entries(c.answers).map(([k, v]) => [ns(k), v])),
    })),
  };
}
