import type { Measure } from './measure';
import { AUDIT_MEASURES } from './measures/audits';
import { CARE_PLAN_MEASURES } from './measures/care-plans';
import { NOTE_MEASURES } from './measures/notes';
import { SAMPLE_MEASURES } from './measures/samples';

export * from './measure';
export { NOTE_MEASURES };

/** Every measure Record Lens charts, in the order a manager reads them: notes, care plans, audits, samples. */
export const MEASURES: readonly Measure[] = [...NOTE_MEASURES, ...CARE_PLAN_MEASURES, ...AUDIT_MEASURES, ...SAMPLE_MEASURES];

export function measureById(id: string): Measure | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** The measures with the provider's own targets where they set one (the update-lag target is a care-plan rule). */
export function withTargets(measures: readonly Measure[], targets: Readonly<Record<string, number>>): Measure[] {
  return measures.map((m) => (targets[m.id] === undefined ? m : { ...m, target: targets[m.id]! }));
}
