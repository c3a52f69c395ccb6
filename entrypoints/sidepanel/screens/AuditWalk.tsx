import { useEffect, useRef, useState } from 'preact/hooks';
import { segmentLabel } from '@/src/audit/segment';
import type { AuditAnswer, AuditCriterion, AuditCycle } from '@/src/model/audit';
import { closeAuditCycle, saveAuditAnswers } from '@/src/store/audits';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { openRecordInTab } from '../open-record';
import { AuditRecord } from './AuditRecord';

const firstUnanswered = (c: AuditCycle) => {
  const i = c.sample.findIndex((s) => !c.answers[s.recordKey]?.length);
  return i === -1 ? c.sample.length - 1 : i;
};

/**
 * Walks the quality lead through a cycle's sample: opens each record's page in the care system
 * and rings the record, shows the checklist beside it and saves every answer as it is given, so
 * closing the panel or the browser loses nothing (reopening resumes at the first record left).
 */
export function AuditWalk({ cycle, tabId }: { cycle: AuditCycle; tabId?: number }) {
  const total = cycle.sample.length;
  const [index, setIndex] = useState(() => firstUnanswered(cycle));
  const [where, setWhere] = useState<'looking' | 'shown' | 'not-found'>();
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const item = cycle.sample[index]!;
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const record = cycle.template.recordType === 'note' ? await db.notes.get(item.recordKey) : await db.sections.get(item.recordKey);
    return { key: item.recordKey, record };
  }, [item.recordKey]);
  const record = value?.key === item.recordKey ? value.record : undefined;
  const url = record?.provenance.url;

  useEffect(() => {
    if (tabId === undefined || !url) return;
    setWhere('looking');
    let live = true;
    void openRecordInTab(tabId, url, item.recordKey, `Audit: record ${index + 1} of ${total}`).then((found) => live && setWhere(found ? 'shown' : 'not-found'));
    return () => void (live = false);
  }, [tabId, url, item.recordKey, index, total]);

  // The answers on screen are the ones given, at once; saves run one after another from the latest
  // answers, so quick clicks never save over each other (a stale list would drop an answer).
  const stored = cycle.answers[item.recordKey] ?? [];
  const [given, setGiven] = useState<{ key: string; answers: AuditAnswer[] }>({ key: item.recordKey, answers: stored });
  const answers = given.key === item.recordKey ? given.answers : stored;
  const latest = useRef(answers);
  latest.current = answers;
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const answer = (c: AuditCriterion, v: AuditAnswer['value']) => {
    const key = item.recordKey;
    const next = [...latest.current.filter((a) => a.criterionId !== c.id), { criterionId: c.id, value: v, answeredAt: Date.now() }];
    latest.current = next;
    setGiven({ key, answers: next });
    saving.current = saving.current.then(() =>
      saveAuditAnswers(getDb(), cycle.id!, key, next).then(
        () => setError(undefined),
        (e: Error) => setError(e.message),
      ),
    );
  };
  const go = (i: number) => {
    setIndex(i);
    heading.current?.focus();
  };
  const answered = cycle.sample.filter((s) => cycle.answers[s.recordKey]?.length).length;

  return (
    <div data-testid="audit-walk">
      <h3 tabIndex={-1} ref={heading} data-testid="audit-position">
        Record {index + 1} of {total}
      </h3>
      <p class="muted small">
        {cycle.template.name} (v{cycle.template.version}) · {cycle.periodStart} to {cycle.periodEnd} · {cycle.scheduled ? 'scheduled' : 'unscheduled'} ·{' '}
        {segmentLabel(item.segment)} · {answered} of {total} answered · seed {cycle.seed}
      </p>
      {cycle.shortfalls.length > 0 && (
        <details class="small">
          <summary>{cycle.shortfalls.length} segments with too few records</summary>
          <ul>
            {cycle.shortfalls.map((s, i) => (
              <li key={i}>{s.sentence}</li>
            ))}
          </ul>
        </details>
      )}
      {value && !record && <p class="warning">This record is no longer stored on this device; go on to the next one.</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {record && <AuditRecord key={item.recordKey} template={cycle.template} record={record} answers={answers} onAnswer={answer} />}
      {/* Below the checklist, never above it: a line that comes and goes above the questions would
          move them under the pointer, and a click meant for one answer would land on another. */}
      {where === 'looking' && <p class="muted small">Opening this record in the care system…</p>}
      {where === 'not-found' && (
        <p class="warning small" data-testid="audit-not-on-page">
          This record is no longer where Record Lens read it; audit it from the copy above.
        </p>
      )}
      <p class="muted small" role="status" data-testid="audit-saved">
        {stored.length ? `Saved: ${stored.length} of ${cycle.template.criteria.length} answered for this record.` : 'Each answer is saved as you give it.'}
      </p>
      <div class="row">
        {index > 0 && (
          <button type="button" class="secondary" onClick={() => go(index - 1)}>
            Previous record
          </button>
        )}
        {index + 1 < total && (
          <button type="button" onClick={() => go(index + 1)}>
            Next record
          </button>
        )}
        <button type="button" class="secondary" onClick={() => void closeAuditCycle(getDb(), cycle.id!, Date.now()).catch((e: Error) => setError(e.message))}>
          Close the cycle
        </button>
      </div>
    </div>
  );
}
