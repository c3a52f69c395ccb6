import { words } from './terms';

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
const SEEDS = Array.from({ length: MINHASH }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

interface Entry {
  key: string;
  author?: string;
  at: number;
}

export interface CopyMatch {
  key: string;
  sameAuthor: boolean;
  kind: 'run' | 'near-duplicate';
  /** The shared words (for a run) or the estimated overlap (for a near-duplicate). */
  evidence: string;
}

/**
 * Per resident, the word runs and MinHash signatures of the notes seen so far, so "was this
 * copied from an earlier note?" is answered by lookups, never by comparing every pair of notes:
 * scoring stays linear in the number of notes.
 */
export class CopyIndex {
  private readonly runs = new Map<string, Map<number, Entry>>();
  private readonly bands = new Map<string, Map<number, Entry[]>>();
  private readonly signatures = new Map<string, Uint32Array>();
  /** The words and signature `find` worked out, kept for the `add` that follows it. */
  private last?: { key: string; text: string; ws: string[]; runs: number[]; sig?: Uint32Array };

  private prepare(key: string, text: string) {
    if (this.last?.key === key && this.last.text === text) return this.last;
    const ws = words(text);
    const hs = Uint32Array.from(ws, hashWord);
    const runs: number[] = [];
    for (let i = 0; i + this.runWords <= ws.length; i++) runs.push(hashRun(hs, i, this.runWords));
    this.last = { key, text, ws, runs, sig: ws.length >= this.runWords + 2 ? signature(hs) : undefined };
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
    const { ws, runs: mine, sig } = this.prepare(key, text);
    const runs = this.runs.get(residentKey);
    if (runs) {
      for (let i = 0; i < mine.length; i++) {
        const hit = runs.get(mine[i]!);
        if (hit && hit.key !== key && hit.at >= since) {
          return { key: hit.key, sameAuthor: !!author && hit.author === author, kind: 'run', evidence: ws.slice(i, i + this.runWords).join(' ') };
        }
      }
    }
    if (!sig) return undefined;
    const buckets = this.bands.get(residentKey);
    if (!buckets) return undefined;
    const seen = new Set<string>();
    for (const band of bandKeys(sig)) {
      for (const other of buckets.get(band) ?? []) {
        if (other.key === key || other.at < since || seen.has(other.key)) continue;
        seen.add(other.key);
        const theirs = this.signatures.get(other.key)!;
        let same = 0;
        for (let i = 0; i < MINHASH; i++) if (sig[i] === theirs[i]) same++;
        if (same / MINHASH >= this.nearDuplicate) {
          return { key: other.key, sameAuthor: !!author && other.author === author, kind: 'near-duplicate', evidence: `${Math.round((same / MINHASH) * 100)}% the same` };
        }
      }
    }
    return undefined;
  }

  /** Indexes a note; a run seen again points at the newest note that had it. */
  add(residentKey: string, key: string, text: string, author?: string, at = 0): void {
    const { runs: mine, sig } = this.prepare(key, text);
    const entry = { key, author, at };
    let runs = this.runs.get(residentKey);
    if (!runs) this.runs.set(residentKey, (runs = new Map()));
    for (const h of mine) runs.set(h, entry);
    if (!sig) return;
    this.signatures.set(key, sig);
    let buckets = this.bands.get(residentKey);
    if (!buckets) this.bands.set(residentKey, (buckets = new Map()));
    for (const band of bandKeys(sig)) {
      const list = buckets.get(band) ?? [];
      list.push(entry);
      buckets.set(band, list);
    }
  }
}

/** MinHash over word triples: two notes' signatures agree in about the share of triples they share. */
function signature(hs: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH).fill(0xffffffff);
  for (let i = 0; i + 3 <= hs.length; i++) {
    const h = hashRun(hs, i, 3);
    for (let k = 0; k < MINHASH; k++) {
      const v = (Math.imul(h ^ SEEDS[k]!, 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** One number per band of the signature (band index mixed in), so buckets are keyed without strings. */
function bandKeys(sig: Uint32Array): number[] {
  const rows = MINHASH / BANDS;
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(0x811c9dc5 ^ b, 16777619);
    for (let r = b * rows; r < (b + 1) * rows; r++) h = Math.imul(h ^ sig[r]!, 16777619);
    keys.push(h >>> 0);
  }
  return keys;
}
