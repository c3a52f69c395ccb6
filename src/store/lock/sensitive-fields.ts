/**
 * Which stored fields the lock encrypts: the words of records (with the words a flag quotes from
 * them) and the names of people. Indexed
 * fields are never among them (an index over ciphertext would be useless), so every index stays as
 * it was: keys, times, units, roles, categories, scores. See README, Threat model, for what that leaves.
 */
type Row = Record<string, unknown>;
type Cipher = (text: string) => Promise<string>;

/** Top-level string fields, per table. */
const TOP: Record<string, readonly string[]> = {
  notes: ['text', 'residentName', 'authorName'],
  sections: ['residentName'],
  sectionHistory: ['residentName'],
  carePlanEvents: ['residentName'],
  careSystemAudits: ['residentName'],
  // What was said in a supervision is about a person's practice.
  coachingEvents: ['note'],
};

/** String fields inside arrays of objects: `[array field, field of each item]`. */
const NESTED: Record<string, readonly (readonly [string, string])[]> = {
  // A problem's excerpt is text copied from the page, so it may hold a name or words of a note.
  snapshots: [['problems', 'excerpt']],
  samples: [['judgements', 'comment']],
  coachingEvents: [['checks', 'comment']],
  // Notes counted by member of staff: the author is a name.
  staffRollups: [['staff', 'author']],
};

/** String fields inside one object: `[object field, field]`. A reviewer gives a name only by choice. */
const INSIDE: Record<string, readonly (readonly [string, string])[]> = {
  samples: [['reviewer', 'name']],
  auditCycles: [['auditor', 'name']],
  // Who was coached is a member of staff's name; a group is roles and units, like the indexes.
  coachingEvents: [['coached', 'authorName']],
};

export const ENCRYPTED_TABLES: readonly string[] = [...new Set([...Object.keys(TOP), ...Object.keys(NESTED), ...Object.keys(INSIDE)])];

/** Every table the lock rewrites when it is switched on, off or to a new passphrase. */
export const hasSensitiveFields = (table: string): boolean => ENCRYPTED_TABLES.includes(table);

/**
 * A copy of the row with `cipher` applied to each sensitive string (the row itself is not changed,
 * because Dexie hands the caller's own objects to the middleware).
 */
export async function transformRow(table: string, row: unknown, cipher: Cipher): Promise<unknown> {
  if (!row || typeof row !== 'object') return row;
  const out: Row = { ...(row as Row) };
  for (const field of TOP[table] ?? []) {
    if (typeof out[field] === 'string') out[field] = await cipher(out[field]);
  }
  for (const [list, field] of NESTED[table] ?? []) {
    const items = out[list];
    if (Array.isArray(items)) out[list] = await Promise.all(items.map((item) => transformItem(item, field, cipher)));
  }
  for (const [object, field] of INSIDE[table] ?? []) out[object] = await transformItem(out[object], field, cipher);
  if (table === 'notes' && out.quality && typeof out.quality === 'object') {
    // A flag's reason and evidence quote the note ("vague: 'settled, no concerns'", a copied sentence).
    const quality = out.quality as Row;
    if (Array.isArray(quality.flags)) out.quality = { ...quality, flags: await Promise.all(quality.flags.map((f) => transformFlag(f, cipher))) };
  }
  if (table === 'auditCycles' && out.answers && typeof out.answers === 'object') {
    // An auditor's comment on a record may quote it or name the resident.
    const answers: Row = {};
    for (const [k, list] of Object.entries(out.answers as Row)) {
      answers[k] = Array.isArray(list) ? await Promise.all(list.map((a) => transformItem(a, 'comment', cipher))) : list;
    }
    out.answers = answers;
  }
  return out;
}

async function transformItem(item: unknown, field: string, cipher: Cipher): Promise<unknown> {
  if (!item || typeof item !== 'object' || typeof (item as Row)[field] !== 'string') return item;
  return { ...(item as Row), [field]: await cipher((item as Row)[field] as string) };
}

async function transformFlag(flag: unknown, cipher: Cipher): Promise<unknown> {
  if (!flag || typeof flag !== 'object') return flag;
  const out: Row = { ...(flag as Row) };
  if (typeof out.reason === 'string') out.reason = await cipher(out.reason);
  if (Array.isArray(out.evidence)) out.evidence = await Promise.all(out.evidence.map((e) => (typeof e === 'string' ? cipher(e) : e)));
  return out;
}
