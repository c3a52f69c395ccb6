import { RULE_IDS, type RuleId } from '../model/quality-flag';
import type { SampleJudgement } from '../model/sample';

/** Fewer engine flags or person flags than this for a rule and its verdict waits for more samples. */
export const MIN_FLAGS_FOR_VERDICT = 10;
/** A rule people confirm (and whose weak notes it finds) at least this often can be trusted. */
export const TRUST_FROM = 0.8;

export type AgreementVerdict = 'too-few' | 'trusted' | 'over-flags' | 'misses';

/**
 * How the engine and the people who sampled notes agree on one rule (or on all rules together),
 * as a 2×2 table of note decisions plus the figures a manager reads from it.
 */
export interface Agreement {
  rule: RuleId | 'all';
  /** Decisions compared: one per sampled note (per rule, for `all`). */
  decisions: number;
  /** Engine flagged and the person agreed. */
  both: number;
  /** Engine flagged, the person disagreed. */
  engineOnly: number;
  /** The person flagged what the engine did not. */
  personOnly: number;
  neither: number;
  /** Share of decisions where the two said the same. */
  agreement: number | undefined;
  /** Cohen's kappa: agreement beyond what chance alone would give (undefined when it cannot be told). */
  kappa: number | undefined;
  /** Share of the engine's flags people confirmed. */
  confirmed: number | undefined;
  /** Share of the notes people flagged that the engine flagged too. */
  found: number | undefined;
  verdict: AgreementVerdict;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : undefined);

/** What the person said about a rule on one note. */
export function personFlags(j: SampleJudgement, rule: RuleId): boolean {
  return j.engineFlags.includes(rule) ? j.verdicts[rule] === 'agree' : j.added.includes(rule);
}

function table(rule: RuleId | 'all', cells: { both: number; engineOnly: number; personOnly: number; neither: number }): Agreement {
  const { both, engineOnly, personOnly, neither } = cells;
  const n = both + engineOnly + personOnly + neither;
  const po = ratio(both + neither, n);
  const pe = n ? ((both + engineOnly) * (both + personOnly) + (personOnly + neither) * (engineOnly + neither)) / (n * n) : undefined;
  const kappa = po !== undefined && pe !== undefined && pe < 1 ? (po - pe) / (1 - pe) : undefined;
  const confirmed = ratio(both, both + engineOnly);
  const found = ratio(both, both + personOnly);
  let verdict: AgreementVerdict = 'too-few';
  if (both + engineOnly >= MIN_FLAGS_FOR_VERDICT || both + personOnly >= MIN_FLAGS_FOR_VERDICT) {
    if (confirmed !== undefined && confirmed < TRUST_FROM) verdict = 'over-flags';
    else if (found !== undefined && found < TRUST_FROM) verdict = 'misses';
    else verdict = 'trusted';
  }
  return { rule, decisions: n, both, engineOnly, personOnly, neither, agreement: po, kappa, confirmed, found, verdict };
}

/** Agreement for each rule, then for all rules together (last). */
export function agreementByRule(judgements: readonly SampleJudgement[], rules: readonly RuleId[] = RULE_IDS): Agreement[] {
  const total = { both: 0, engineOnly: 0, personOnly: 0, neither: 0 };
  const rows = rules.map((rule) => {
    const cells = { both: 0, engineOnly: 0, personOnly: 0, neither: 0 };
    for (const j of judgements) {
      const engine = j.engineFlags.includes(rule);
      const person = personFlags(j, rule);
      const cell = engine ? (person ? 'both' : 'engineOnly') : person ? 'personOnly' : 'neither';
      cells[cell]++;
      total[cell]++;
    }
    return table(rule, cells);
  });
  return [...rows, table('all', total)];
}
