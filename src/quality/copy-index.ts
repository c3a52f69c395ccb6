import { noteWords as words } from './terms';

/** FNV-1a of one word: each word is hashed once, runs are built from these. */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 16777619);
  return h >>> 0;
}

/** A stable 32-bit fingerprint of `count` consecutive words, from their word hashes. */
function hashRun(hs: Uint32Array, from: number, count: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + count; i++) h = Math.imul(h ^ hs[i]!, 16777619);
  return h >>> 0;
}

const MINHASH = 32;
const BANDS = 8;
const SEEDS = Uint32Array.from({ length: MINHASH }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

interface Entry {
  key: string;
  author?: string;
  at: number;
}

/**
 * An open-addressing hash table from 32-bit fingerprints to small non-negative integers, in typed
 * arrays: lookups allocate nothing and fingerprints are compared in full (as a Map keyed by them
 * would), so it is a faster Map<uint32, number>, nothing more.
 */
class FingerprintTable {
  private keys = new Uint32Array(64);
  /** Value + 1; 0 marks an empty slot. */
  private vals = new Int32Array(64);
  private size = 0;

  get(h: number): number {
    const mask = this.keys.length - 1;
    for (let i = slot(h) & mask; ; i = (i + 1) & mask) {
      const v = this.vals[i]!;
      if (v === 0) return -1;
      if (this.keys[i] === h) return v - 1;
    }
  }

  set(h: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = slot(h) & mask; ; i = (i + 1) & mask) {
      const v = this.vals[i]!;
      if (v === 0) {
        this.keys[i] = h;
        this.vals[i] = value + 1;
        this.size++;
        return;
      }
      if (this.keys[i] === h) {
        this.vals[i] = value + 1;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.set(keys[i]!, vals[i]! - 1);
  }
}

/** Spreads a fingerprint over the table (FNV's low bits are already well mixed; this is cheap insurance). */
const slot = (h: number) => Math.imul(h ^ (h >>> 16), 0x45d9f3b) ^ (h >>> 15);

/** What the index holds for one resident. */
interface ResidentIndex {
  /** Run fingerprint to the newest entry that had it. */
  runs: FingerprintTable;
  /** Band key to its bucket (a list of entries, oldest first). */
  bandIndex: FingerprintTable;
}

export interface CopyMatch {
  key: string;
  sameAuthor: boolean;
  kind: 'run' | 'near-duplicate';
  /** The shared words (for a run) or the estimated overlap (for a near-duplicate). */
  evidence: string;
}

/** A typed array twice as long (at least `min`), holding what the old one held. */
function grown<T extends Uint32Array | Int32Array>(a: T, min: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Per resident, the word runs and MinHash signatures of the notes seen so far, so "was this
 * copied from an earlier note?" is answered by lookups, never by comparing every pair of notes:
 * scoring stays linear in the number of notes. Signatures and band buckets live in flat typed
 * arrays (no object per note beyond its entry), which keeps a year of notes cheap to hold.
 */
export class CopyIndex {
  private readonly residents = new Map<string, ResidentIndex>();
  private readonly entries: Entry[] = [];
  /** Signatures, MINHASH numbers per entry id that has one. */
  private sigStore = new Uint32Array(MINHASH * 1024);
  /** The entry whose signature is the newest indexed under each note key. */
  private readonly signatureOf = new Map<string, number>();
  /** Band buckets as linked lists in insertion order: first/last node per bucket, entry and next per node. */
  private bucketFirst = new Int32Array(1024);
  private bucketLast = new Int32Array(1024);
  private buckets = 0;
  private nodeEntry = new Int32Array(8192);
  private nodeNext = new Int32Array(8192);
  private nodes = 0;

  /** The note `find` worked out (words, runs, signature), kept for the `add` that follows it. */
  private last?: { key: string; text: string; ws: readonly string[]; runCount: number; hasSig: boolean };
  /** Scratch space for the last prepared note, reused note after note. */
  private hs = new Uint32Array(256);
  private runHashes = new Uint32Array(256);
  private readonly sig = new Uint32Array(MINHASH);
  private readonly bands = new Uint32Array(BANDS);

  private prepare(key: string, text: string) {
    if (this.last?.key === key && this.last.text === text) return this.last;
    const ws = words(text);
    if (ws.length > this.hs.length) {
      this.hs = new Uint32Array(ws.length * 2);
      this.runHashes = new Uint32Array(ws.length * 2);
    }
    const hs = this.hs;
    for (let i = 0; i < ws.length; i++) hs[i] = hashWord(ws[i]!);
    const runCount = Math.max(0, ws.length - this.runWords + 1);
    for (let i = 0; i < runCount; i++) this.runHashes[i] = hashRun(hs, i, this.runWords);
    const hasSig = ws.length >= this.runWords + 2;
    if (hasSig) {
      signature(hs, ws.length, this.sig);
      bandKeys(this.sig, this.bands);
    }
    this.last = { key, text, ws, runCount, hasSig };
    return this.last;
  }

  constructor(
    readonly runWords = 10,
    readonly nearDuplicate = 0.8,
  ) {}

  /**
   * The indexed note of this resident, written at or after `since`, that this text copies, if any
   * (call before `add`). Older notes are not sources: a phrase reused months apart is a habit,
   * not a copy.
   */
  find(residentKey: string, key: string, text: string, author?: string, since = -Infinity): CopyMatch | undefined {
    const { ws, runCount, hasSig } = this.prepare(key, text);
    const index = this.residents.get(residentKey);
    if (!index) return undefined;
    const mine = this.runHashes;
    for (let i = 0; i < runCount; i++) {
      const at = index.runs.get(mine[i]!);
      if (at < 0) continue;
      const hit = this.entries[at]!;
      if (hit.key !== key && hit.at >= since) {
        return { key: hit.key, sameAuthor: !!author && hit.author === author, kind: 'run', evidence: ws.slice(i, i + this.runWords).join(' ') };
      }
    }
    if (!hasSig) return undefined;
    const sig = this.sig;
    let seen: Set<string> | undefined;
    for (let b = 0; b < BANDS; b++) {
      const bucket = index.bandIndex.get(this.bands[b]!);
      if (bucket < 0) continue;
      for (let node = this.bucketFirst[bucket]!; node >= 0; node = this.nodeNext[node]!) {
        const other = this.entries[this.nodeEntry[node]!]!;
        if (other.key === key || other.at < since || seen?.has(other.key)) continue;
        (seen ??= new Set()).add(other.key);
        const theirs = this.signatureOf.get(other.key)! * MINHASH;
        let same = 0;
        for (let i = 0; i < MINHASH; i++) if (sig[i] === this.sigStore[theirs + i]) same++;
        if (same / MINHASH >= this.nearDuplicate) {
          return { key: other.key, sameAuthor: !!author && other.author === author, kind: 'near-duplicate', evidence: `${Math.round((same / MINHASH) * 100)}% the same` };
        }
      }
    }
    return undefined;
  }

  /** Indexes a note; a run seen again points at the newest note that had it. */
  add(residentKey: string, key: string, text: string, author?: string, at = 0): void {
    const { runCount, hasSig } = this.prepare(key, text);
    const id = this.entries.push({ key, author, at }) - 1;
    let index = this.residents.get(residentKey);
    if (!index) this.residents.set(residentKey, (index = { runs: new FingerprintTable(), bandIndex: new FingerprintTable() }));
    for (let i = 0; i < runCount; i++) index.runs.set(this.runHashes[i]!, id);
    if (!hasSig) return;
    if ((id + 1) * MINHASH > this.sigStore.length) this.sigStore = grown(this.sigStore, (id + 1) * MINHASH);
    this.sigStore.set(this.sig, id * MINHASH);
    this.signatureOf.set(key, id);
    for (let b = 0; b < BANDS; b++) {
      if (this.nodes === this.nodeEntry.length) {
        this.nodeEntry = grown(this.nodeEntry, 0);
        this.nodeNext = grown(this.nodeNext, 0);
      }
      const node = this.nodes++;
      this.nodeEntry[node] = id;
      this.nodeNext[node] = -1;
      const bucket = index.bandIndex.get(this.bands[b]!);
      if (bucket >= 0) {
        this.nodeNext[this.bucketLast[bucket]!] = node;
        this.bucketLast[bucket] = node;
      } else {
        if (this.buckets === this.bucketFirst.length) {
          this.bucketFirst = grown(this.bucketFirst, 0);
          this.bucketLast = grown(this.bucketLast, 0);
        }
        const fresh = this.buckets++;
        this.bucketFirst[fresh] = node;
        this.bucketLast[fresh] = node;
        index.bandIndex.set(this.bands[b]!, fresh);
      }
    }
  }
}

/** MinHash over word triples: two notes' signatures agree in about the share of triples they share. */
function signature(hs: Uint32Array, length: number, sig: Uint32Array): void {
  sig.fill(0xffffffff);
  for (let i = 0; i + 3 <= length; i++) {
    const h = hashRun(hs, i, 3);
    const hi = h >>> 13;
    for (let k = 0; k < MINHASH; k++) {
      const v = (Math.imul(h ^ SEEDS[k]!, 0x85ebca6b) ^ hi) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
}

/** One number per band of the signature (band index mixed in), so buckets are keyed without strings. */
function bandKeys(sig: Uint32Array, keys: Uint32Array): void {
  const rows = MINHASH / BANDS;
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(0x811c9dc5 ^ b, 16777619);
    for (let r = b * rows; r < (b + 1) * rows; r++) h = Math.imul(h ^ sig[r]!, 16777619);
    keys[b] = h >>> 0;
  }
}
