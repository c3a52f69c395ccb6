import Dexie, { type Transaction } from 'dexie';
import type { AuditCycle } from '../../model/audit';
import type { CarePlanEvent } from '../../model/care-plan-event';
import type { CarePlanSection } from '../../model/care-plan-section';
import type { DailyRollup } from '../../model/daily-rollup';
import type { Note } from '../../model/note';
import type { Sample } from '../../model/sample';
import { newPseudonymSecret } from '../../privacy/pseudonym';
import type { HistoryRow } from '../db';
import { SECRET_KEY } from '../install-secret';
import { nameTokenInput } from '../keys';
import { nameTokens } from '../record-keys';

const OLD = '|name:';

/**
 * Version 5: residents known only by name were keyed `system|name:margaret ellis`, so the name sat
 * in primary keys and indexes, which the lock cannot encrypt. Each such key becomes
 * `system|n:<token>` (record-keys.ts) in every table that holds one. Runs inside the upgrade
 * transaction, where the lock layer passes rows through as stored: ciphertext stays ciphertext.
 */
export async function tokenizeNameKeys(tx: Transaction): Promise<void> {
  const olds = new Set<string>();
  for (const table of ['notes', 'sections', 'carePlanEvents']) {
    for (const k of await tx.table(table).orderBy('residentKey').uniqueKeys()) if (String(k).includes(OLD)) olds.add(String(k));
  }
  if (!olds.size) return;
  const secret = await secretIn(tx);
  const inputs = [...olds].map((k) => nameTokenInput(k.slice(0, k.indexOf(OLD)), k.slice(k.indexOf(OLD) + OLD.length)));
  // Web Crypto is not IndexedDB: Dexie keeps the upgrade transaction alive while it works.
  const tokens = await Dexie.waitFor(nameTokens(secret, inputs));
  const renamed = new Map([...olds].map((k, i) => [k, `${k.slice(0, k.indexOf(OLD))}|n:${tokens.get(inputs[i]!)!}`]));
  // Longest first: a name holding a bar must not be taken for a shorter name's key and a suffix.
  const byLength = [...renamed.keys()].sort((a, b) => b.length - a.length);
  const rekey = (key: string): string => {
    const old = byLength.find((o) => key === o || key.startsWith(`${o}|`));
    return old ? renamed.get(old)! + key.slice(old.length) : key;
  };

  const notes = await tx.table<Note, string>('notes').where('residentKey').anyOf([...olds]).toArray();
  await tx.table('notes').bulkDelete(notes.map((n) => n.key));
  // A copied-forward flag names the note it was copied from.
  const flags = (q: Note['quality']) => ({ ...q, flags: q.flags.map((f) => (f.source ? { ...f, source: { ...f.source, key: rekey(f.source.key) } } : f)) });
  await tx.table('notes').bulkAdd(notes.map((n) => ({ ...n, key: rekey(n.key), residentKey: rekey(n.residentKey), quality: flags(n.quality) })));

  const sections = await tx.table<CarePlanSection, string>('sections').where('residentKey').anyOf([...olds]).toArray();
  await tx.table('sections').bulkDelete(sections.map((s) => s.key));
  await tx.table('sections').bulkAdd(sections.map((s) => ({ ...s, key: rekey(s.key), residentKey: rekey(s.residentKey) })));

  const history = await tx.table<HistoryRow, number>('sectionHistory').where('sectionKey').startsWithAnyOf([...olds].map((o) => `${o}|`)).toArray();
  await tx.table('sectionHistory').bulkPut(history.map((h) => ({ ...h, sectionKey: rekey(h.sectionKey) })));

  const events = await tx.table<CarePlanEvent, string>('carePlanEvents').where('residentKey').anyOf([...olds]).toArray();
  await tx.table('carePlanEvents').bulkDelete(events.map((e) => e.key));
  await tx.table('carePlanEvents').bulkAdd(events.map((e) => ({ ...e, key: rekey(e.key), sectionKey: rekey(e.sectionKey), residentKey: rekey(e.residentKey) })));

  await tx.table<Sample>('samples').toCollection().modify((s) => {
    s.noteKeys = s.noteKeys.map(rekey);
    s.judgements = s.judgements.map((j) => ({ ...j, noteKey: rekey(j.noteKey) }));
  });
  await tx.table<AuditCycle>('auditCycles').toCollection().modify((c) => {
    c.sample = c.sample.map((r) => ({ ...r, recordKey: rekey(r.recordKey) }));
    c.answers = Object.fromEntries(Object.entries(c.answers).map(([k, a]) => [rekey(k), a]));
  });
  await tx.table<DailyRollup>('dailyRollups').toCollection().modify((r) => {
    r.residents = Object.fromEntries(Object.entries(r.residents).map(([k, n]) => [rekey(k), n]));
  });
}

/** The install's secret as version 4 kept it (bytes), made now if no pseudonym was ever shown. */
async function secretIn(tx: Transaction): Promise<Uint8Array> {
  const value = (await tx.table('settings').get(SECRET_KEY))?.value as unknown;
  if (value instanceof Uint8Array && value.length === 32) return value;
  if (Array.isArray(value) && value.length === 32) return Uint8Array.from(value as number[]);
  // A store with a passphrase gets it sealed at the next unlock (install-secret.ts, sealSecret).
  const secret = newPseudonymSecret();
  await tx.table('settings').put({ key: SECRET_KEY, value: secret });
  return secret;
}
