import { RULE_LABELS } from '../model/quality-flag';
import { base32, pseudonyms } from '../privacy/pseudonym';
import type { CaptureBundle } from './bundle-schema';

type Records = Omit<CaptureBundle, 'format' | 'version' | 'home' | 'exportedAt' | 'pseudonymised' | 'recipes'>;

/** Parts of a key that come from the care system's ids, a name's token or a checksum of a note's words. */
const IDENTIFYING_PART = /^(id|n|h|audit):/;
const KEY_CHARS = 16;

/**
 * Hashes of key parts, keyed with this install's secret ("Bundle|", apart from pseudonyms and name
 * tokens): the same part always gives the same hash, so a pseudonymised bundle still ties each
 * note to its resident, each sampled note to its sample and each history row to its section,
 * while nobody with a list of ids or names can find a person in it.
 */
async function keyHashes(parts: Iterable<string>, secret: Uint8Array): Promise<Map<string, string>> {
  const unique = [...new Set(parts)];
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const utf8 = new TextEncoder();
  const macs = await Promise.all(unique.map(async (p) => new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(`Bundle|${p}`)))));
  return new Map(unique.map((p, i) => [p, `p:${base32(macs[i]!, KEY_CHARS)}`]));
}

const partsOf = (key: string) => key.split('|').slice(1).filter((p) => IDENTIFYING_PART.test(p));

/** Only the care system's origin: a page's path or query often holds a resident's id. */
const originOf = (url: string): string => {
  try {
    return `${new URL(url).origin}/`;
  } catch {
    return 'about:blank';
  }
};

/**
 * The records as a pseudonymised bundle carries them (see CaptureBundleSchema.pseudonymised):
 * residents and staff as the codes the evidence pack uses, identifying key parts hashed, note
 * words (and flags' quotes of them), comments and reviewers' names left out, addresses cut to the
 * care system's origin.
 */
export async function pseudonymise(records: Records, secret: Uint8Array): Promise<Records> {
  const { notes, sections, sectionHistory, carePlanEvents, careSystemAudits, samples, auditCycles } = records;
  const keys = [
    ...notes.flatMap((n) => [n.key, n.residentKey, ...n.quality.flags.flatMap((f) => (f.source ? [f.source.key] : []))]),
    ...sections.flatMap((s) => [s.key, s.residentKey]),
    ...sectionHistory.map((h) => h.sectionKey),
    ...carePlanEvents.flatMap((e) => [e.key, e.sectionKey, e.residentKey]),
    ...careSystemAudits.map((a) => a.key),
    ...samples.flatMap((s) => [...s.noteKeys, ...s.judgements.map((j) => j.noteKey)]),
    ...auditCycles.flatMap((c) => [...c.sample.map((r) => r.recordKey), ...Object.keys(c.answers)]),
  ];
  const hashes = await keyHashes(keys.flatMap(partsOf), secret);
  const pk = (key: string) => key.split('|').map((p, i) => (i > 0 && IDENTIFYING_PART.test(p) ? hashes.get(p)! : p)).join('|');
  // A resident's code comes from their stored key, as in the evidence pack, so both show the same code.
  const residentKeys = [...notes, ...sections, ...carePlanEvents].map((r) => r.residentKey);
  const auditResidents = careSystemAudits.flatMap((a) => (a.residentId ?? a.residentName ? [`${a.provenance.system}|audit-resident:${a.residentId ?? a.residentName}`] : []));
  const residents = await pseudonyms([...residentKeys, ...auditResidents], secret, 'Resident');
  const staff = await pseudonyms(notes.flatMap((n) => (n.authorName ? [n.authorName] : [])), secret, 'Staff');
  const provenance = <T extends { provenance: { url: string } }>(r: T): T => ({ ...r, provenance: { ...r.provenance, url: originOf(r.provenance.url) } });
  const resident = <T extends { residentKey: string; residentId?: string }>(r: T) => {
    const { residentId: _id, ...rest } = r;
    return { ...rest, residentName: residents.get(r.residentKey)!, residentKey: pk(r.residentKey) };
  };
  const sectionResident = new Map(sections.map((s) => [s.key, s.residentKey]));

  return {
    notes: notes.map(({ text: _text, sourceId: _source, ...n }) =>
      provenance({
        ...resident(n),
        key: pk(n.key),
        ...(n.authorName ? { authorName: staff.get(n.authorName)! } : {}),
        // A flag's reason and evidence can quote the note ("repeats \"Ada chose tea…\""): only the rule's name travels.
        quality: {
          ...n.quality,
          flags: n.quality.flags.map((f) => ({ ...f, reason: RULE_LABELS[f.rule], evidence: [], ...(f.source ? { source: { ...f.source, key: pk(f.source.key) } } : {}) })),
        },
      }),
    ),
    sections: sections.map((s) => provenance({ ...resident(s), key: pk(s.key) })),
    sectionHistory: sectionHistory.map(({ residentId: _id, ...h }) => {
      const owner = sectionResident.get(h.sectionKey);
      return provenance({ ...h, sectionKey: pk(h.sectionKey), residentName: owner ? residents.get(owner)! : 'Resident' });
    }),
    carePlanEvents: carePlanEvents.map((e) => provenance({ ...resident(e), key: pk(e.key), sectionKey: pk(e.sectionKey) })),
    careSystemAudits: careSystemAudits.map(({ residentId, residentName, ...a }) => {
      const who = residentId ?? residentName;
      return provenance({ ...a, key: pk(a.key), ...(who ? { residentName: residents.get(`${a.provenance.system}|audit-resident:${who}`)! } : {}) });
    }),
    samples: samples.map((s) => ({
      ...s,
      url: originOf(s.url),
      reviewer: { role: s.reviewer.role },
      noteKeys: s.noteKeys.map(pk),
      judgements: s.judgements.map(({ comment: _c, ...j }) => ({ ...j, noteKey: pk(j.noteKey) })),
    })),
    auditCycles: auditCycles.map((c) => ({
      ...c,
      auditor: { role: c.auditor.role },
      sample: c.sample.map((r) => ({ ...r, recordKey: pk(r.recordKey) })),
      answers: Object.fromEntries(Object.entries(c.answers).map(([k, list]) => [pk(k), list.map(({ comment: _c, ...a }) => a)])),
    })),
  };
}
