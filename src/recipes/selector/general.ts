import { atomsOf, commonAtoms, negate, positionAtoms, type Atom } from './atoms';
import { compounds, renderParts, type Part } from './paths';
import { queryScopes, searchSet } from './set-search';
import { unique } from './deep-query';

/**
 * Generalising from clicked examples (SelectorGadget's idea, finder's scoring).
 *
 * The "intended set" is every element that shares, level by level up to the top of its tree, the
 * stable features all positives share: tag, stable classes, `data-*`/`aria-*` presence, role,
 * ancestors' ids. Ids of the records themselves, values that differ per record, positions and
 * state classes are left out, so one click on a note proposes all notes of that kind. Negatives
 * are removed from that set, and the search looks for the cheapest selector matching it exactly.
 */
export function generalSelector(
  scopes: readonly ParentNode[],
  positives: readonly Element[],
  negatives: readonly Element[],
): string | undefined {
  const chains = positives.map(ancestorsOf);
  const top = Math.min(...chains.map((c) => c.length)) - 1;
  const levels = levelAtoms(chains, top);
  const target = (levels[0] ?? []).filter((a) => a.kind !== 'id');
  const shared = (a: Atom): boolean =>
    positives.length > 1 || (queryScopes(scopes, a.css)?.size ?? 0) > positives.length;
  const boundParts: Part[] = [];
  for (let level = top; level >= 0; level--) {
    const atoms = (level === 0 ? target : (levels[level] ?? [])).filter(
      (a) => a.kind !== 'nth' && !a.state && (level > 0 || a.kind !== 'value' || shared(a)),
    );
    boundParts.push({ level, atoms, child: true });
  }
  const bound = queryScopes(scopes, renderParts(boundParts)) ?? new Set<Element>();
  for (const p of positives) bound.add(p);
  const excluded = new Set(negatives);
  const intended = new Set([...bound].filter((e) => !excluded.has(e)));
  const exclusions = exclusionAtoms(positives, negatives.filter((n) => bound.has(n)));
  const extras = [...exclusions, ...target.filter((a) => !boundParts.at(-1)!.atoms.includes(a))];
  const withExtra = (x: Atom): Part[] =>
    boundParts.map((p) => (p.level === 0 ? { ...p, atoms: [...p.atoms, x] } : p));
  return searchSet({
    scopes,
    positives,
    negatives,
    intended,
    bound,
    levels,
    targets: compounds(target, exclusions),
    fallbacks: [boundParts, ...extras.slice(0, 24).map(withExtra)],
  });
}

/**
 * Selector matching exactly `targets` (iframe elements or shadow hosts on the way to the records)
 * across `scopes`. Hosts are few and specific, so here ids are welcome and nothing generalises;
 * when no single selector fits several hosts, a selector list (`a, b`) is returned.
 */
export function exactSelector(scopes: readonly ParentNode[], targets: readonly Element[]): string | undefined {
  const together = exactOnce(scopes, targets);
  if (together || targets.length === 1) return together;
  const each = targets.map((t) => exactOnce(scopes, [t]));
  if (each.some((s) => s === undefined)) return undefined;
  const list = unique(each as string[]).join(', ');
  const found = queryScopes(scopes, list);
  return found && found.size === targets.length && targets.every((t) => found.has(t)) ? list : undefined;
}

function exactOnce(scopes: readonly ParentNode[], targets: readonly Element[]): string | undefined {
  const chains = targets.map(ancestorsOf);
  const top = Math.min(...chains.map((c) => c.length)) - 1;
  const levels = levelAtoms(chains, top);
  const full: Part[] = [];
  const positional: Part[] = [];
  for (let level = top; level >= 0; level--) {
    const atoms = levels[level] ?? [];
    full.push({ level, atoms: atoms.filter((a) => a.kind !== 'nth'), child: true });
    const el = chains[0]![level]!;
    const tag = atoms.filter((a) => a.kind === 'tag');
    positional.push({ level, atoms: [...tag, ...positionAtoms(el).slice(1)], child: true });
  }
  const set = new Set(targets);
  return searchSet({
    scopes,
    positives: targets,
    negatives: [],
    intended: set,
    bound: set,
    levels,
    targets: compounds(levels[0] ?? []),
    fallbacks: targets.length === 1 ? [full, positional] : [full],
  });
}

/** The element and its ancestors inside its own tree (a shadow root or document), nearest first. */
export function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e && out.length < 64; e = e.parentElement) out.push(e);
  return out;
}

/** Atoms shared by all chains at each level 0..top. */
function levelAtoms(chains: readonly Element[][], top: number): Atom[][] {
  const levels: Atom[][] = [];
  for (let level = 0; level <= top; level++) {
    levels.push(commonAtoms(chains.map((c) => atomsOf(c[level]!))));
  }
  return levels;
}

/** `:not(...)` for features some rejected element has and no positive has, cheapest first. */
function exclusionAtoms(positives: readonly Element[], rejected: readonly Element[]): Atom[] {
  const had = new Set(positives.flatMap((p) => atomsOf(p).map((a) => a.css)));
  const out = new Map<string, Atom>();
  for (const n of rejected.slice(0, 20)) {
    for (const a of atomsOf(n)) {
      if (!had.has(a.css) && !out.has(a.css)) out.set(a.css, negate(a));
    }
  }
  return [...out.values()].sort((a, b) => a.cost - b.cost);
}
