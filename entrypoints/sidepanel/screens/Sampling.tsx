import { useEffect, useRef, useState } from 'preact/hooks';
import type { Sample } from '@/src/model/sample';
import { summariseSample } from '@/src/sampling/judgement';
import { getDb } from '@/src/store/db';
import type { PageCapture } from '@/src/store/queries';
import { sampleInProgress } from '@/src/store/samples';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { SampleStart } from './SampleStart';
import { SampleWalk } from './SampleWalk';

/** "Sample this page": start a random sample, or carry on with the one in progress. */
export function Sampling({ tabId, page }: { tabId?: number; page?: PageCapture }) {
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    return { open: await sampleInProgress(db), settings: await readSettings(db) };
  }, []);
  const [saved, setSaved] = useState<Sample | undefined | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved !== null) status.current?.focus();
  }, [saved]);
  if (!value) return null;
  const summary = saved ? summariseSample(saved) : undefined;
  return (
    <section aria-labelledby="sampling-title" data-testid="sampling">
      <h2 id="sampling-title">Sample this page</h2>
      {saved !== null && (
        <p role="status" tabIndex={-1} ref={status} data-testid="sample-saved">
          {summary
            ? `Sample saved: ${summary.notes} ${summary.notes === 1 ? 'note' : 'notes'} judged; you agreed with ${summary.agreed} of ${summary.engineFlags} flags and added ${summary.added}.`
            : 'Sample stopped; nothing was judged, so nothing was kept.'}
        </p>
      )}
      {value.open ? (
        <SampleWalk key={value.open.id} sample={value.open} tabId={tabId} onFinished={(s) => setSaved(s)} />
      ) : (
        <SampleStart tabId={tabId} reviewer={value.settings.reviewer} canSample={(page?.matched.note ?? 0) > 0} />
      )}
    </section>
  );
}
