import { words } from './terms';

/** FNV-1a over a run of words: a cheap, stable 32-bit fingerprint. */
function hashWords(ws: readonly string[], from: number, count: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + count; i++) {
    const w = ws[i]!;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 16777619);
    h = Math.imul(h ^ 32, 16777619);
  }
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
  private readonly bands = new Map<string, Map<string, Entry[]>>();
  private readonly signatures = new Map<string, Uint32Array>();

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
    const ws = words(text);
    const runs = this.runs.get(residentKey);
    if (runs) {
      for (let i = 0; i + this.runWords <= ws.length; i++) {
        const hit = runs.get(hashWords(ws, i, this.runWords));
        if (hit && hit.key !== key && hit.at >= since) {
          return { key: hit.key, sameAuthor: !!author && hit.author === author, kind: 'run', evidence: ws.slice(i, i + this.runWords).join(' ') };
        }
      }
    }
    if (ws.length < this.runWords + 2) return undefined;
    const sig = signature(ws);
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
    const ws = words(text);
    const entry = { key, author, at };
    let runs = this.runs.get(residentKey);
    if (!runs) this.runs.set(residentKey, (runs = new Map()));
    for (let i = 0; i + this.runWords <= ws.length; i++) {
      runs.set(hashWords(ws, i, this.runWords), entry);
    }
    if (ws.length < this.runWords + 2) return;
    const sig = signature(ws);
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
function signature(ws: readonly string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH).fill(0xffffffff);
  for (let i = 0; i + 3 <= ws.length; i++) {
    const h = hashWords(ws, i, 3);
    for (let k = 0; k < MINHASH; k++) {
      const v = (Math.imul(h ^ SEEDS[k]!, 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

function bandKeys(sig: Uint32Array): string[] {
  const rows = MINHASH / BANDS;
  return Array.from({ length: BANDS }, (_, b) => `${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',')}`);
}
