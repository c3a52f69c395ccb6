import { compoundCost, compoundCss, type Atom } from './atoms';

/**
 * A selector as data: compounds at ancestor "levels" (0 = the target, 1 = its parent, ...),
 * outermost first. `child` joins a part to the next one with `>` when their levels are adjacent;
 * otherwise the descendant combinator is used. `anchor` renders `:scope` (the record itself).
 */
export interface Part {
  readonly level: number;
  readonly atoms: readonly Atom[];
  readonly child: boolean;
  readonly anchor?: boolean;
}

export interface Candidate {
  readonly parts: readonly Part[];
  readonly css: string;
  readonly cost: number;
}

export function renderParts(parts: readonly Part[]): string {
  let css = '';
  parts.forEach((p, i) => {
    css += p.anchor ? ':scope' : compoundCss(p.atoms);
    const next = parts[i + 1];
    if (next) css += p.child && p.level === next.level + 1 ? ' > ' : ' ';
  });
  return css;
}

export function candidate(parts: readonly Part[]): Candidate {
  const cost = parts.reduce((n, p) => n + (p.anchor ? 1 : compoundCost(p.atoms)), 0);
  return { parts, css: renderParts(parts), cost };
}

/** Singletons, then pairs and triples of the cheapest atoms, then each with one exclusion. */
export function compounds(atoms: readonly Atom[], exclusions: readonly Atom[] = []): Atom[][] {
  const out: Atom[][] = atoms.map((a) => [a]);
  const top = atoms.slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      out.push([top[i]!, top[j]!]);
      if (j >= 5) continue;
      for (let k = j + 1; k < Math.min(top.length, 6); k++) out.push([top[i]!, top[j]!, top[k]!]);
    }
  }
  const tag = atoms.find((a) => a.kind === 'tag');
  if (tag) for (const a of atoms) if (isNthOfType(a) && !top.includes(a)) out.push([tag, a]);
  const bases = atoms.length ? out.filter((c) => c.length <= 2 && readable(c)).slice(0, 24) : [[]];
  for (const x of exclusions.slice(0, 12)) for (const b of bases) out.push([...b, x]);
  return out.filter(readable);
}

const isNthOfType = (a: Atom): boolean => a.css.startsWith(':nth-of-type');

/** `:nth-of-type` counts siblings of the element's own tag, so it is only written after one. */
const readable = (c: readonly Atom[]): boolean =>
  !c.some(isNthOfType) || c.some((a) => a.kind === 'tag');

/** An ancestor's compound: one atom, with the tag added before an `:nth-of-type`. */
function ancestorCompound(level: readonly Atom[], a: Atom): Atom[] | undefined {
  if (!isNthOfType(a)) return [a];
  const tag = level.find((x) => x.kind === 'tag');
  return tag ? [tag, a] : undefined;
}

export interface EnumerateOptions {
  /** Compounds tried for the target itself. */
  readonly targets: readonly Atom[][];
  /** Atoms usable at each ancestor level (index = level; index 0 unused). */
  readonly levels: readonly (readonly Atom[])[];
  /** Level of the record element when `:scope >` may anchor the path (field selectors). */
  readonly anchorLevel?: number;
}

/**
 * Every short path (target alone, with one ancestor, with two), cheapest first. Like finder it
 * tries short selectors before long ones; unlike finder it works on sets, so the caller decides
 * what "matches exactly" means.
 */
export function enumerate(o: EnumerateOptions): Candidate[] {
  const ups: Part[] = [];
  const maxLevel = Math.min(o.levels.length - 1, 10);
  for (let level = 1; level <= maxLevel; level++) {
    const atoms = o.levels[level] ?? [];
    for (const a of atoms.slice(0, 4)) {
      const compound = ancestorCompound(atoms, a);
      if (!compound) continue;
      ups.push({ level, atoms: compound, child: false });
      if (level === 1) ups.push({ level, atoms: compound, child: true });
    }
  }
  if (o.anchorLevel !== undefined && o.anchorLevel >= 1) {
    ups.push({ level: o.anchorLevel, atoms: [], child: true, anchor: true });
  }
  const near = ups.filter((u) => u.anchor || (u.level <= 6 && (o.levels[u.level] ?? []).indexOf(u.atoms.at(-1)!) < 3));
  const out: Candidate[] = [];
  o.targets.forEach((atoms, i) => {
    const target: Part = { level: 0, atoms, child: false };
    out.push(candidate([target]));
    if (i >= 16) return;
    for (const u of ups) if (usable(u, 0)) out.push(candidate([u, target]));
    if (i >= 8) return;
    for (const hi of near) {
      for (const lo of near) {
        if (lo.anchor || hi.level <= lo.level || !usable(lo, 0) || !usable(hi, lo.level)) continue;
        out.push(candidate([{ ...hi }, { ...lo }, target]));
        if (hi.level === lo.level + 1 && !hi.anchor) out.push(candidate([{ ...hi, child: true }, lo, target]));
      }
    }
  });
  const seen = new Set<string>();
  return out
    .filter((c) => !seen.has(c.css) && seen.add(c.css))
    .sort((a, b) => a.cost - b.cost || descendants(a) - descendants(b) || a.css.length - b.css.length);
}

/**
 * Ties go to `>`: a generic record tag under its list (`.notes > div`) must not also match the
 * same tag nested inside each record.
 */
const descendants = (c: Candidate): number => c.parts.length - 1 - (c.css.match(/ > /g)?.length ?? 0);

/** An anchor only makes sense as the direct parent of the next part. */
const usable = (p: Part, below: number): boolean => !p.anchor || p.level === below + 1;

/**
 * SelectorGadget's shortening: drop ancestors, then single atoms (dearest first), keeping each
 * removal only while `ok` still accepts the selector.
 */
export function shorten(parts: readonly Part[], ok: (c: Candidate) => boolean): Candidate {
  let best = [...parts];
  for (let i = 0; i < best.length - 1; ) {
    const trial = best.filter((_, j) => j !== i);
    if (ok(candidate(trial))) best = trial;
    else i++;
  }
  for (let i = 0; i < best.length; i++) {
    const part = best[i]!;
    const dearest = [...part.atoms].sort((a, b) => b.cost - a.cost);
    for (const a of dearest) {
      const current = best[i]!;
      if (current.atoms.length <= 1) break;
      const trial = best.map((p, j) => (j === i ? { ...p, atoms: p.atoms.filter((x) => x !== a) } : p));
      if (ok(candidate(trial))) best = trial;
    }
  }
  return candidate(best);
}
