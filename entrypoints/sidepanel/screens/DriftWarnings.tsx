import { useMemo, useState } from 'preact/hooks';
import { driftWarnings, type DriftWarning } from '@/src/measure/drift';
import type { Measure, MeasureInputs } from '@/src/measure/registry';
import type { Settings } from '@/src/model/settings';
import { getDb } from '@/src/store/db';
import { writeSettings } from '@/src/store/settings';

const keyOf = (w: DriftWarning) => [w.measureId, w.dimension, w.segment, w.firstSeen].join('|');
const ORDER = { unit: 0, shift: 1, dayType: 2, role: 3, all: 4 } as const;

/**
 * Early warnings: a segment that improved and is now slipping back, with the measure, the segment
 * and the week first seen. Units come first (they point to the cause); each stays listed until
 * someone dismisses it with a reason.
 */
export function DriftWarnings({ inputs, measures, settings }: { inputs: MeasureInputs; measures: readonly Measure[]; settings: Settings }) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const { baseline, interventions, baselineFigures: frozen } = settings;
  // Every measure in every segment: worked out when the data or the baseline change, not per keystroke.
  const all = useMemo(
    () => (baseline ? measures.flatMap((m) => driftWarnings(m, inputs, { baseline, interventions, now: Date.now(), frozen })) : []),
    [inputs, measures, baseline, interventions, frozen],
  );
  if (!baseline) return null;
  const dismissed = new Set(settings.driftDismissed.map((d) => d.key));
  const open = all.filter((w) => !dismissed.has(keyOf(w))).sort((a, b) => ORDER[a.dimension] - ORDER[b.dimension] || a.firstSeen.localeCompare(b.firstSeen));
  const dismiss = async (w: DriftWarning) => {
    const reason = (reasons[keyOf(w)] ?? '').trim();
    if (!reason) return setError('Say why this warning can be dismissed, so the record shows who looked and why.');
    setError(undefined);
    await writeSettings(getDb(), { driftDismissed: [...settings.driftDismissed, { key: keyOf(w), reason, at: Date.now() }] });
  };
  return (
    <div data-testid="drift-warnings">
      <h3>Early warnings of drift</h3>
      {open.length === 0 ? (
        <p class="muted small">No segment that improved is slipping back.</p>
      ) : (
        <ul>
          {open.map((w) => (
            <li key={keyOf(w)} class="warning" data-segment={w.segment} data-measure={w.measureId}>
              <p>
                <strong>
                  {measures.find((m) => m.id === w.measureId)?.name ?? w.measureId}, {w.segment}
                </strong>
                : {w.sentence} First seen in the week of {w.firstSeen}.
              </p>
              <label class="inline">
                Reason to dismiss{' '}
                <input
                  type="text"
                  maxLength={300}
                  value={reasons[keyOf(w)] ?? ''}
                  onInput={(e) => setReasons({ ...reasons, [keyOf(w)]: (e.currentTarget as HTMLInputElement).value })}
                />
              </label>{' '}
              <button type="button" class="secondary" onClick={() => void dismiss(w)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
