/**
 * Turns a template into a note about one resident at one time. Slot values are chosen at random
 * but cached per note, so "{relative}" names the same person twice in one note, and "{time}" is
 * the actual care time, which is what makes a copied-forward note give itself away.
 */
import { STORY } from '../story';
import type { Rng } from './prng';
import { pickStockPhrase } from './phrases';
import { NEAR_MISS_TEMPLATES, POOLS, TEMPLATES } from './templates';
import type { NoteCategory, Resident } from './types';

export interface TextContext {
  resident: Resident;
  category: NoteCategory;
  /** London wall-clock time of the care. */
  hour: number;
  minute: number;
  /** First names of other staff on the same unit and shift. */
  colleagues: readonly string[];
  /** First names of other residents on the same unit. */
  friends: readonly string[];
  weightKg: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutesOfDay: number): string => {
  const m = ((minutesOfDay % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};
const capitalise = (s: string): string => [s.charAt(0).toUpperCase(), s.slice(1)].join('');

function medicineRound(hour: number): string {
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 14) return 'lunchtime';
  if (hour >= 14 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 20) return 'teatime';
  return 'night';
}

function mealPool(hour: number): readonly string[] {
  if (hour < 11) return POOLS.breakfast;
  if (hour < 15) return POOLS.lunch;
  return POOLS.tea;
}

/**
 * Templates are parsed once into literal text, slot names ("{time}") and phrase alternatives
 * ("{looked at photos|went through the photo album}", which may hold slots and further
 * alternatives), so filling 130k notes stays cheap. Alternatives are chosen afresh at each
 * occurrence; slot values are cached per note.
 */
/** A slot has a number (slotIds) for the per-note cache of values. */
type Part = string | { slot: string; id: number } | { alts: Compiled[] };
type Compiled = readonly Part[];
const compiled = new Map<string, Compiled>();
const slotIds = new Map<string, number>();
const slotId = (name: string): number => {
  let id = slotIds.get(name);
  if (id === undefined) slotIds.set(name, (id = slotIds.size));
  return id;
};

function parse(template: string): Compiled {
  let i = 0;
  // A sequence of parts up to an unmatched "|" or "}" (or the end).
  const sequence = (): Part[] => {
    const parts: Part[] = [];
    let start = i; // of the literal text being read
    while (i < template.length) {
      const c = template[i] as string;
      if (c === '|' || c === '}') break;
      if (c !== '{') {
        i++;
        continue;
      }
      if (i > start) parts.push(template.slice(start, i));
      i++; // past "{"
      const alts: Compiled[] = [sequence()];
      while (template[i] === '|') {
        i++;
        alts.push(sequence());
      }
      if (template[i] !== '}') throw new Error(`unclosed "{" in template: ${template}`);
      i++; // past "}"
      const only = alts[0]?.[0];
      if (alts.length === 1 && alts[0]?.length === 1 && typeof only === 'string' && /^\w+$/.test(only)) parts.push({ slot: only, id: slotId(only) });
      else parts.push({ alts });
      start = i;
    }
    if (i > start) parts.push(template.slice(start, i));
    return parts;
  };
  const parts = sequence();
  if (i !== template.length) throw new Error(`unbalanced "${template[i]}" in template: ${template}`);
  return parts;
}

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = parse(template);
    compiled.set(template, parts);
  }
  return parts;
}

function slotValue(key: string, rng: Rng, ctx: TextContext): string {
  const she = ctx.resident.pronoun === 'she';
  const pool = (POOLS as Record<string, readonly string[] | undefined>)[key];
  if (pool) return rng.pick(pool);
  switch (key) {
    case 'name':
      return ctx.resident.firstName;
    case 'he':
      return she ? 'she' : 'he';
    case 'He':
      return she ? 'She' : 'He';
    case 'his':
      return she ? 'her' : 'his';
    case 'His':
      return she ? 'Her' : 'His';
    case 'him':
      return she ? 'her' : 'him';
    case 'himself':
      return she ? 'herself' : 'himself';
    case 'spouse':
      return she ? 'husband' : 'wife';
    case 'time':
      return clock(ctx.hour * 60 + ctx.minute);
    case 'time2':
      return clock(ctx.hour * 60 + ctx.minute + rng.int(15, 40));
    case 'staff':
      return ctx.colleagues.length > 0 ? rng.pick(ctx.colleagues) : 'the senior carer';
    case 'friend':
      return ctx.friends.length > 0 ? rng.pick(ctx.friends) : 'another resident';
    case 'meal':
      return rng.pick(mealPool(ctx.hour));
    case 'medslot':
      return medicineRound(ctx.hour);
    case 'weight':
      return (ctx.weightKg + rng.float(-0.4, 0.4)).toFixed(1);
    case 'score':
      return String(rng.int(4, 8));
    case 'score2':
      return String(rng.int(0, 3));
    case 'mins':
      return String(rng.pick([5, 10, 15, 20, 25, 30, 40, 45]));
    case 'ml':
      return String(rng.int(8, 30) * 10);
    case 'pulse':
      return String(rng.int(58, 96));
    case 'temp':
      return (rng.int(360, 374) / 10).toFixed(1);
    case 'sats':
      return String(rng.int(93, 99));
    case 'resp':
      return String(rng.int(14, 20));
    case 'count':
      return String(rng.int(3, 14));
    case 'cm':
      return String(rng.int(1, 5));
    default:
      throw new Error(`unknown template slot {${key}}`);
  }
}

/**
 * The per-note cache of slot values, without allocating one per note: a value counts only if
 * its stamp is the current note's.
 */
let fillStamp = 0;
const valueStamps: number[] = [];
const values: string[] = [];

function fillParts(parts: Compiled, rng: Rng, ctx: TextContext, out: string[]): void {
  for (const part of parts) {
    if (typeof part === 'string') out.push(part);
    else if ('slot' in part) {
      if (valueStamps[part.id] !== fillStamp) {
        values[part.id] = slotValue(part.slot, rng, ctx);
        valueStamps[part.id] = fillStamp;
      }
      out.push(values[part.id] as string);
    } else fillParts(rng.pick(part.alts), rng, ctx, out);
  }
}

/**
 * Texts are joined from arrays rather than built with "+": a joined string is flat, and a rope
 * of dozens of pieces makes every later character read and comparison slow.
 */
export function fillTemplate(template: string, rng: Rng, ctx: TextContext): string {
  // One value per slot name per note: "{relative}" twice names the same person.
  const out: string[] = [];
  fillStamp++;
  fillParts(compile(template), rng, ctx, out);
  return out.join('');
}

/**
 * The echo guard. The copy-forward rule flags a note sharing 10 words in a row with an earlier
 * note about the same person within 14 days, and only deliberate copies should share one. The
 * templates vary a slot or phrase every few words, which makes such echoes rare; the guard makes
 * them (almost) never happen: a specific note that would repeat a 10-word run of one of the
 * resident's recent specific notes is written again (with other slot values and phrasing).
 *
 * "Recent" is the last 100 to 150 specific notes (three generations of 50 notes' runs, the oldest
 * dropped as a whole): notes are generated in time order per resident, at most ~6.3 a day (~88
 * a fortnight), so that always covers the last 14 days. State is per Resident object, so each
 * generateCareData call starts afresh and stays deterministic.
 */
const RUN = 10;
const ECHO_GENERATION = 50;
const ECHO_GENERATIONS = 3;
const ECHO_TRIES = 30;
/** Slots per generation table: 50 notes x ~25 runs fill about a third of it. */
const TABLE_SIZE = 4096;

/** A set of run hashes (non-zero 31-bit integers): open addressing, no allocation per note. */
class RunSet {
  private readonly slots = new Int32Array(TABLE_SIZE);
  private size = 0;
  has(key: number): boolean {
    for (let i = key & (TABLE_SIZE - 1); ; i = (i + 1) & (TABLE_SIZE - 1)) {
      const k = this.slots[i] as number;
      if (k === key) return true;
      if (k === 0) return false;
    }
  }
  add(key: number): void {
    if (this.size >= TABLE_SIZE * 0.75) return; // full: forget rather than slow down (never happens at ~30 runs a note)
    for (let i = key & (TABLE_SIZE - 1); ; i = (i + 1) & (TABLE_SIZE - 1)) {
      const k = this.slots[i] as number;
      if (k === key) return;
      if (k === 0) {
        this.slots[i] = key;
        this.size++;
        return;
      }
    }
  }
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }
}

interface EchoMemory {
  count: number;
  /** ECHO_GENERATIONS tables; notes go into tables[count / ECHO_GENERATION % ECHO_GENERATIONS]. */
  tables: RunSet[];
}
const echoMemory = new WeakMap<Resident, EchoMemory>();

const WORD_CHAR = /[\p{L}\p{N}']/u;
/** For ASCII codes: 0 not a word character, else the lower-case code. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : (c >= 48 && c <= 57) || c === 39 ? c : 0,
);
const PRIME = 0x01000193;
/** PRIME ** RUN (mod 2 ** 32), to drop the oldest word from the rolling run hash. */
let PRIME_POW = 1;
for (let i = 0; i < RUN; i++) PRIME_POW = Math.imul(PRIME_POW, PRIME);
const ring = new Int32Array(RUN);
let runBuffer = new Int32Array(256);

/**
 * The 10-word runs of a text as the rule sees them (lower-cased words of letters, digits and
 * apostrophes), each as a non-zero 31-bit hash in runBuffer; returns how many. Far cheaper than
 * the strings, and a rare collision (a few thousand runs in memory per resident) only costs a
 * needless rewrite. One pass over the characters with a rolling hash: no regex (for ASCII), no
 * substrings.
 */
export function runHashes(text: string): number {
  const length = text.length;
  let words = 0;
  let runs = 0;
  let h = 0;
  let roll = 0;
  let inWord = false;
  for (let i = 0; i <= length; i++) {
    let lower = 0;
    if (i < length) {
      const code = text.charCodeAt(i);
      if (code < 128) lower = ASCII_WORD[code] as number;
      else if (WORD_CHAR.test(text.charAt(i))) lower = text.charAt(i).toLowerCase().charCodeAt(0) || 1;
    }
    if (lower !== 0) {
      if (!inWord) {
        inWord = true;
        h = 0x811c9dc5 | 0;
      }
      h = Math.imul(h ^ lower, PRIME);
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    h ^= h >>> 15;
    const slot = words % RUN;
    // roll = sum of word hashes times PRIME ** (age): multiply in the new word, drop the one 10 back.
    roll = (Math.imul(roll, PRIME) + h - (words >= RUN ? Math.imul(ring[slot] as number, PRIME_POW) : 0)) | 0;
    ring[slot] = h;
    words++;
    if (words < RUN) continue;
    // fmix32 (MurmurHash3's finaliser), so the low bits that pick a table slot are well spread.
    let run = roll;
    run ^= run >>> 16;
    run = Math.imul(run, 0x85ebca6b);
    run ^= run >>> 13;
    run = Math.imul(run, 0xc2b2ae35);
    run ^= run >>> 16;
    if (runs === runBuffer.length) {
      const bigger = new Int32Array(runs * 2);
      bigger.set(runBuffer);
      runBuffer = bigger;
    }
    runBuffer[runs++] = run >>> 1 || 1;
  }
  return runs;
}

/** Does any of the first n runs in runBuffer appear in the resident's memory? */
function echoes(memory: EchoMemory, n: number): boolean {
  const [a, b, c] = memory.tables as [RunSet, RunSet, RunSet];
  for (let i = 0; i < n; i++) {
    const r = runBuffer[i] as number;
    if (a.has(r) || b.has(r) || c.has(r)) return true;
  }
  return false;
}

function remember(memory: EchoMemory, n: number): void {
  const generation = Math.floor(memory.count / ECHO_GENERATION);
  const current = memory.tables[generation % ECHO_GENERATIONS] as RunSet;
  for (let i = 0; i < n; i++) current.add(runBuffer[i] as number);
  // Starting a new generation: the oldest is forgotten and its table reused.
  if (++memory.count % ECHO_GENERATION === 0) (memory.tables[(generation + 1) % ECHO_GENERATIONS] as RunSet).clear();
}

/**
 * A specific note. About a fifth are near misses that start with a stock phrase and then give
 * details ("Settled after lunch, then asked to phone her daughter...").
 */
export function specificText(rng: Rng, ctx: TextContext): string {
  let memory = echoMemory.get(ctx.resident);
  if (!memory) echoMemory.set(ctx.resident, (memory = { count: 0, tables: Array.from({ length: ECHO_GENERATIONS }, () => new RunSet()) }));
  let text = specificCandidate(rng, ctx);
  let n = runHashes(text);
  for (let tries = 1; tries < ECHO_TRIES && echoes(memory, n); tries++) {
    text = specificCandidate(rng, ctx);
    n = runHashes(text);
  }
  remember(memory, n);
  return text;
}

function specificCandidate(rng: Rng, ctx: TextContext): string {
  if (rng.chance(STORY.nearMissProbability)) {
    if (rng.chance(0.3)) return fillTemplate(rng.pick(NEAR_MISS_TEMPLATES[ctx.category]), rng, ctx);
    const phrase = pickStockPhrase(rng, ctx.category);
    const body = fillTemplate(rng.pick(TEMPLATES[ctx.category]), rng, ctx);
    // "Settled. Checked Margaret at 22:10: ..." or "No concerns, Margaret ate half ..."
    return rng.chance(0.6)
      ? [phrase, '. ', body].join('')
      : [phrase, ', ', body.startsWith(ctx.resident.firstName) ? body : [body.charAt(0).toLowerCase(), body.slice(1)].join('')].join('');
  }
  return capitalise(fillTemplate(rng.pick(TEMPLATES[ctx.category]), rng, ctx));
}
