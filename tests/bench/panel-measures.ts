import { londonDayKey } from '../../src/extract/dates/london-time';
import { driftWarnings } from '../../src/measure/drift';
import { measureChart } from '../../src/measure/measure-chart';
import { measurePoints, NOTE_MEASURES } from '../../src/measure/registry';
import { spreadTable } from '../../src/measure/spread';
import { mondayOf } from '../../src/measure/weekly-rate';
import type { Note } from '../../src/model/note';
import type { NoteAssessment } from '../../src/quality/engine';
import type { QualityNote } from '../../src/quality/rule';
import { RollupDelta } from '../../src/store/note-rollup';

/**
 * The side panel's measure work on scored notes, timed two ways: from daily roll-ups (as the panel
 * does: every note measure's chart, spread table and drift warnings) and as one raw pass over the
 * notes computing a single weekly share (the least a panel reading notes would do).
 */
export function panelMeasures(notes: readonly (QualityNote & { unit?: string })[], assessed: readonly NoteAssessment[], now: number) {
  const stored = notes.map(
    (n, i) =>
      ({
        ...n,
        residentName: n.residentKey,
        careAt: n.careAt ?? 0,
        careAtPrecision: 'minute',
        provenance: { system: 'bench', url: 'http://127.0.0.1/', capturedAt: now, recipeId: 'bench', recipeVersion: 1 },
        quality: { rulesVersion: assessed[i]!.rulesVersion, score: assessed[i]!.score, flags: assessed[i]!.flags },
      }) as unknown as Note,
  );
  const delta = new RollupDelta();
  for (const n of stored) delta.add(n, 1);
  const rollups = delta.apply([]);
  const days = [...new Set(rollups.map((r) => r.day))].sort();
  const baseline = { start: days[0]!, end: days[Math.min(90, days.length - 1)]! };
  const inputs = { rollups };
  return {
    rows: rollups.length,
    measures(): number {
      const t0 = performance.now();
      for (const m of NOTE_MEASURES) {
        measureChart(m, measurePoints(m, inputs), { period: 'week', baseline });
        spreadTable(m, inputs, { baseline, now });
        driftWarnings(m, inputs, { baseline, interventions: [], now });
      }
      return performance.now() - t0;
    },
    rawPass(): number {
      const t0 = performance.now();
      const weeks = new Map<string, [number, number]>();
      for (const n of stored) {
        const w = mondayOf(londonDayKey(n.careAt));
        const a = weeks.get(w) ?? [0, 0];
        a[1]++;
        if (n.quality.flags.some((f) => f.rule === 'vague')) a[0]++;
        weeks.set(w, a);
      }
      return performance.now() - t0;
    },
  };
}
