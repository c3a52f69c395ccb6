import type { AuditCycle } from '../model/audit';
import type { DailyRollup } from '../model/daily-rollup';
import type { Sample } from '../model/sample';
import { homeName, homeOfKey, homeOfSystem, type HomeNames } from '../measure/segments';
import { NO_UNIT, type SectionTimeline } from '../measure/timeliness';

/** What the organisational view reads, before its measures are worked out. */
export interface OrganisationInputs {
  rollups: DailyRollup[];
  timelines: SectionTimeline[];
  cycles: AuditCycle[];
  samples: Sample[];
}

/** "Oak Lodge · Cedar": a unit of an imported home, named with its home. */
export const unitOfHome = (names: HomeNames, homeId: string, unit: string): string => `${homeName(names, homeId)} · ${unit}`;

/**
 * The same inputs with every imported home's units named with their home. Two homes of a group
 * often both have a "Ground floor" or a "Nursing unit": pooled as one unit, the spread table would
 * hide the very difference between homes it exists to show. This home's units keep their names,
 * so its frozen baseline figures (keyed by unit) still apply. Pure; only imported rows are copied.
 */
export function withHomeUnits(names: HomeNames, inputs: OrganisationInputs): OrganisationInputs {
  if (!Object.keys(names.imported).length) return inputs;
  const inHome = (homeId: string | undefined, unit: string | undefined) => (homeId === undefined || unit === undefined ? unit : unitOfHome(names, homeId, unit));
  return {
    rollups: inputs.rollups.map((r) => {
      const home = homeOfSystem(r.system);
      return home === undefined ? r : { ...r, unit: unitOfHome(names, home, r.unit) };
    }),
    // A section shown with no unit is still its home's: "Oak Lodge · (no unit)", never pooled with this home's.
    timelines: inputs.timelines.map((t) => {
      const home = homeOfKey(t.sectionKey);
      return home === undefined ? t : { ...t, unit: unitOfHome(names, home, t.unit ?? NO_UNIT) };
    }),
    cycles: inputs.cycles.map((c) => {
      const home = c.sample[0] && homeOfKey(c.sample[0].recordKey);
      if (home === undefined) return c;
      return { ...c, sample: c.sample.map((s) => (s.segment.unit ? { ...s, segment: { ...s.segment, unit: inHome(home, s.segment.unit) } } : s)) };
    }),
    samples: inputs.samples.map((s) => {
      const home = homeOfSystem(s.system);
      if (home === undefined) return s;
      return { ...s, judgements: s.judgements.map((j) => (j.unit ? { ...j, unit: inHome(home, j.unit) } : j)) };
    }),
  };
}

/**
 * The home of each care-plan unit (after withHomeUnits), so the care-plan measures, counted by
 * unit, can be split by home too. Undefined while no other home is held.
 */
export function unitHomesOf(names: HomeNames, timelines: readonly SectionTimeline[]): Map<string, string> | undefined {
  if (!Object.keys(names.imported).length) return undefined;
  return new Map(timelines.map((t) => [t.unit ?? NO_UNIT, homeName(names, homeOfKey(t.sectionKey))]));
}
