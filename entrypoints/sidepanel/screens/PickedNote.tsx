import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickedNoteKey, type PickedNote as Picked } from '@/src/messaging/picked-note';
import { RULE_LABELS } from '@/src/model/quality-flag';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { coachTheAuthor } from './coach-event';

/** The key of the note last picked in this tab's page, following changes as marks are clicked. */
function usePickedKey(tabId: number | undefined): string | undefined {
  const [key, setKey] = useState<string>();
  useEffect(() => {
    if (tabId === undefined) return;
    const name = pickedNoteKey(tabId);
    const read = () => void browser.storage.session.get(name).then((got) => setKey((got[name] as Picked | undefined)?.key));
    const changed = (changes: Record<string, unknown>, area: string) => area === 'session' && name in changes && read();
    read();
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, [tabId]);
  return key;
}

/**
 * The note a person clicked the mark of in the care system's page, with its flags and what can be
 * done from it: coach its author on those flags. Text is shown as text only (page content).
 */
export function PickedNote({ tabId }: { tabId?: number }) {
  const key = usePickedKey(tabId);
  const { value: note } = useLiveQuery(async () => (key ? getDb().notes.get(key) : undefined), [key]);
  if (!note) return null;
  const rules = [...new Set(note.quality.flags.map((f) => f.rule))];
  return (
    <section aria-labelledby="picked-title" data-testid="picked-note">
      <h2 id="picked-title">Note picked in the page</h2>
      <p class="muted small">
        {note.authorName ?? 'No author shown'}
        {note.authorRole ? ` (${note.authorRole})` : ''} · score {Math.round(note.quality.score)} of 100
      </p>
      <blockquote class="note-text">{note.text}</blockquote>
      {rules.length === 0 ? (
        <p class="small">The engine raised no flags on this note.</p>
      ) : (
        <ul class="small">
          {note.quality.flags.map((f) => (
            <li key={f.rule}>
              <strong>{RULE_LABELS[f.rule]}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      {note.authorName && rules.length > 0 && (
        <button type="button" onClick={() => coachTheAuthor({ authorName: note.authorName, focus: rules })}>
          Coach {note.authorName} on these flags
        </button>
      )}
    </section>
  );
}
