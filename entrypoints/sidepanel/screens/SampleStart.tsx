import { useState } from 'preact/hooks';
import { SampleRequestSchema } from '@/src/model/sample';
import type { Reviewer } from '@/src/model/sample';
import { newSeed } from '@/src/sampling/seeded-random';
import { getDb } from '@/src/store/db';
import { startSample } from '@/src/store/samples';
import { writeSettings } from '@/src/store/settings';
import { sendToTab } from '../send-to-tab';

const ROLES = ['Deputy manager', 'Registered manager', 'Quality lead', 'Team leader', 'Senior carer', 'Nurse'];

/** Draws a random sample of the notes on the page in the current tab. */
export function SampleStart({ tabId, reviewer, canSample }: { tabId?: number; reviewer?: Reviewer; canSample: boolean }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const parsed = SampleRequestSchema.safeParse({
      size: get('size'),
      reviewer: { role: get('role'), ...(get('name') ? { name: get('name') } : {}) },
      scheduled: form.get('scheduled') === 'on',
    });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join(' '));
    if (tabId === undefined) return setError('Open a resident\u2019s notes in your care system first.');
    setBusy(true);
    try {
      const onPage = await sendToTab(tabId, 'pageNotes', {});
      if (!onPage?.keys.length) {
        return setError('Record Lens cannot see any notes on this page yet. Open a resident\u2019s daily notes (reload the page if it was open before Record Lens), then try again.');
      }
      const db = getDb();
      await startSample(db, { request: parsed.data, keysOnPage: onPage.keys, url: onPage.url, system: onPage.system, seed: newSeed(), now: Date.now() });
      await writeSettings(db, { reviewer: parsed.data.reviewer });
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={onSubmit} class="stack" data-testid="sample-start" aria-describedby="sample-intro" noValidate>
      <p id="sample-intro" class="muted small">
        Record Lens picks notes on this page at random. You say whether you agree with each flag and
        add any it missed; the sample is saved with your role and the time.
      </p>
      <div class="row">
        <label>
          Notes to sample <input type="number" name="size" min={1} max={20} defaultValue="5" required style="width:5em" />
        </label>
        <label>
          Your role <input type="text" name="role" list="sample-roles" required maxLength={80} defaultValue={reviewer?.role ?? 'Deputy manager'} key={reviewer?.role ?? ''} />
        </label>
        <datalist id="sample-roles">
          {ROLES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <label>
          Your name (optional) <input type="text" name="name" maxLength={80} defaultValue={reviewer?.name ?? ''} key={reviewer?.name ?? ''} autoComplete="off" />
        </label>
      </div>
      <label class="inline">
        <input type="checkbox" name="scheduled" /> Scheduled sample (planned in advance, not a spot check)
      </label>
      <button type="submit" disabled={busy || !canSample}>
        Sample this page
      </button>
      {!canSample && <p class="muted small">Open a page of notes Record Lens has read to sample it.</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
