import { useEffect, useRef, useState } from 'preact/hooks';
import type { Sample } from '@/src/model/sample';
import { judgementOf, type JudgementInput } from '@/src/sampling/judgement';
import { getDb } from '@/src/store/db';
import { finishSample, saveJudgement } from '@/src/store/samples';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { sendToTab } from '../send-to-tab';
import { SampleNoteForm } from './SampleNoteForm';
import { coachTheAuthor } from './coach-event';

const firstUnjudged = (s: Sample) => {
  const done = new Set(s.judgements.map((j) => j.noteKey));
  const i = s.noteKeys.findIndex((k) => !done.has(k));
  return i === -1 ? s.noteKeys.length - 1 : i;
};

/** Walks a deputy through the notes of a sample, one at a time, ringing each in the page. */
export function SampleWalk({ sample, tabId, onFinished }: { sample: Sample; tabId?: number; onFinished: (s?: Sample) => void }) {
  const total = sample.noteKeys.length;
  const [index, setIndex] = useState(() => firstUnjudged(sample));
  const [error, setError] = useState<string>();
  const [onPage, setOnPage] = useState<boolean>();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = sample.noteKeys[index]!;
  const { value } = useLiveQuery(async () => ({ key, note: await getDb().notes.get(key) }), [key]);
  const note = value?.key === key ? value.note : undefined;

  useEffect(() => {
    setOnPage(undefined);
    if (tabId === undefined) return;
    void sendToTab(tabId, 'showSampleNote', { key, label: `Sampling: note ${index + 1} of ${total}` }).then((r) => setOnPage(r?.found ?? false));
  }, [key, tabId, index, total]);

  const go = (i: number) => {
    setError(undefined);
    setIndex(i);
    heading.current?.focus();
  };
  const finish = async () => {
    const done = await finishSample(getDb(), sample.id!, Date.now());
    if (tabId !== undefined) void sendToTab(tabId, 'clearSampleNote', {});
    onFinished(done);
  };
  const save = async (input: JudgementInput) => {
    if (!note) return;
    try {
      await saveJudgement(getDb(), sample.id!, judgementOf(note, input, Date.now()));
    } catch (e) {
      return setError((e as Error).message);
    }
    if (index + 1 < total) go(index + 1);
    else await finish();
  };

  return (
    <div data-testid="sample-walk" data-sample-id={sample.id}>
      <h3 tabIndex={-1} ref={heading} data-testid="sample-position">
        Note {index + 1} of {total}
      </h3>
      <p class="muted small">
        {sample.scheduled ? 'Scheduled sample' : 'Unscheduled sample'} by {sample.reviewer.name ? `${sample.reviewer.name}, ` : ''}
        {sample.reviewer.role} · {sample.judgements.length} of {total} judged · drawn at random from {sample.population} notes (seed {sample.seed})
      </p>
      {onPage === false && (
        <p class="warning small" data-testid="sample-not-on-page">
          This note is not showing on the page in this tab now (the page may have moved on). You can still judge it here.
        </p>
      )}
      {value && !note && (
        <p class="warning" role="alert">
          This note is no longer stored on this device. Finish the sample now to keep the notes already judged.
        </p>
      )}
      {note && (
        <SampleNoteForm
          key={key}
          note={note}
          previous={sample.judgements.find((j) => j.noteKey === key)}
          error={error}
          last={index + 1 === total}
          onSave={(input) => void save(input)}
          onCoach={() => coachTheAuthor({ authorName: note.authorName, focus: [...new Set(note.quality.flags.map((f) => f.rule))] })}
          onBack={index > 0 ? () => go(index - 1) : undefined}
        />
      )}
      <button type="button" class="link" onClick={() => void finish()} data-testid="sample-finish-now">
        {sample.judgements.length ? `Finish now, keeping the ${sample.judgements.length} judged` : 'Stop without saving'}
      </button>
    </div>
  );
}
