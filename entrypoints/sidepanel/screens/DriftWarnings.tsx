import { useMemo, useState } from 'preact/hooks';
import { DRIFT_HELP, DRIFT_RULE_HELP } from '@/src/help/drift-help';
import { driftWarnings, type DriftWarning } from '@/src/measure/drift';
import type { Measure, MeasureInputs } from '@/src/measure/registry';
import type { Settings } from '@/src/model/settings';
import { getDb } from '@/src/store/db';
import { writeSettings } from '@/src/store/settings';
import { Help } from '@/src/ui/Help';
import { useAfterFirstChart } from '../use-after-first-chart';

const keyOf = (w: DriftWarning) => [w.measureId, w.dimension, w.segment, w.firstSeen].join('|');
const ORDER = { unit: 0, shift: 1, dayType: 2, role: 3, home: 4, all: 5 } as const;

/**
 * Early warnings: a segment that improved and is now slipping back, with the measure, the segment
 * and the week first seen. Units come first (they point to the cause); each stays listed until
 * someone dismisses it with a reason.
 */
export function DriftWarnings({ inputs, measures, settings }: { inputs: MeasureInputs; measures: readonly Measure[]; settings: Settings }) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const { baseline, interventions, baselineFigures: frozen } = settings;
  const ready = useAfterFirstChart();
  // Every measure in every segment: worked out when the data or the baseline change, not per
  // keystroke, and not before the chart is drawn (the slowest work of opening the panel).
  const all = useMemo(
    () => (ready && baseline ? measures.flatMap((m) => driftWarnings(m, inputs, { baseline, interventions, now: Date.now(), frozen })) : []),
    [ready, inputs, measures, baseline, interventions, frozen],
  );
  if (!baseline) return null;
  if (!ready) return <p class="muted small" aria-busy="true">Looking for early warnings of drift…</p>;
  const dismissed = new Set(settings.driftDismissed.map((d) => d.key));
  const open = all.filter((w) => !dismissed.has(keyOf(w))).sort((a, b) => ORDER[a.dimension] - ORDER[b.dimension] || a.firstSeen.localeCompare(b.firstSeen));
  const dismiss = async (w: DriftWarning) => {
    const reason = (reasons[keyOf(w)] ?? '').trim();
    if (!reason) return setError('Say why this warning can be dismissed, so the record shows who looked and why.');
    setError(undefined);
    await writeSettings(getDb(), { driftDismissed: [...settings.driftDismissed, { key: keyOf(w), reason, at: Date.now() }] });
  };
  const item = (w: DriftWarning) => (
    <li key={keyOf(w)} class="warning" data-segment={w.segment} data-measure={w.measureId}>
      <p>
        {w.sentence} First seen in the week of {w.firstSeen}.
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
  );
  // A unit is where a slip is acted on; all records, shifts, day types and roles contain the units,
  // so a slipping unit drags them too. With unit warnings open, the wider ones are folded away.
  const units = open.filter((w) => w.dimension === 'unit');
  const wider = open.filter((w) => w.dimension !== 'unit');
  const unitNames = [...new Set(units.map((w) => w.segment))];
  return (
    <div data-testid="drift-warnings">
      <h3>Early warnings of drift</h3>
      <Help testId="drift-help" label="What an early warning means and what to do" parts={[DRIFT_HELP, ...[...new Set(open.map((w) => w.rule))].map((r) => DRIFT_RULE_HELP[r])]} />
      {open.length === 0 ? (
        <p class="muted small">No segment that improved is slipping back.</p>
      ) : (
        <>
          <p data-testid="drift-summary">
            {open.length === 1 ? 'One warning' : `${open.length} warnings`}.{' '}
            {unitNames.length
              ? `Slipping back: ${unitNames.map((u) => `${u} (${units.filter((w) => w.segment === u).length === 1 ? 'one measure' : `${units.filter((w) => w.segment === u).length} measures`})`).join(', ')}.`
              : 'No single unit stands out: the slip is spread across units.'}
          </p>
          {units.length > 0 && <ul>{units.map(item)}</ul>}
          {wider.length > 0 &&
            (units.length > 0 ? (
              <details>
                <summary>
                  Wider segments slipping too ({wider.length}): they include {unitNames.join(', ')}, so read the unit warnings first
                </summary>
                <ul>{wider.map(item)}</ul>
              </details>
            ) : (
              <ul>{wider.map(item)}</ul>
            ))}
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
