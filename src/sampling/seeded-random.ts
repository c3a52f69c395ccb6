/**
 * A small seeded generator (mulberry32): the same seed gives the same draw on any machine, so a
 * stored seed lets anyone re-run a sample's draw and see that nobody chose the notes by hand.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed from the platform's cryptographic generator (passed in, so tests can fix it). */
export function newSeed(fill: (a: Uint32Array) => Uint32Array = (a) => crypto.getRandomValues(a)): number {
  return fill(new Uint32Array(1))[0]!;
}
