import { useState } from 'preact/hooks';
import { bundleFileName, exportBundle } from '@/src/bundle/export';
import { peekThisHome } from '@/src/bundle/this-home';
import { HomeNameSchema } from '@/src/model/home';
import { getDb } from '@/src/store/db';
import { writeSettings } from '@/src/store/settings';
import { downloadText, fileDay } from '@/src/ui/download';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { Control } from '../components/Control';
import { ImportBundles } from './ImportBundles';

/**
 * "Many homes": a group's quality lead gathers evidence from homes that each capture in their own
 * browser. Each home names itself and exports a capture bundle; the quality lead imports them
 * (ImportBundles) and the side panel shows every home together, home being one more segment.
 */
export function ManyHomes() {
  return (
    <section aria-labelledby="many-homes-title" data-testid="many-homes">
      <h2 id="many-homes-title">Many homes</h2>
      <p class="muted">
        For a group: export this home's capture bundle and send it to your quality lead, who imports the bundles of several homes into one browser and
        sees them side by side. Nothing is sent by Record Lens itself: you choose where the file goes.
      </p>
      <HomeName />
      <ExportBundle />
      <ImportBundles />
    </section>
  );
}

function HomeName() {
  const home = useLiveQuery(() => peekThisHome(getDb()), []).value;
  const [errors, setErrors] = useState<string[]>();
  const [saved, setSaved] = useState(false);
  if (!home) return null;
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const parsed = HomeNameSchema.safeParse(String(new FormData(e.currentTarget as HTMLFormElement).get('homeName') ?? ''));
    if (!parsed.success) return setErrors(parsed.error.issues.map((i) => i.message));
    await writeSettings(getDb(), { homeName: parsed.data });
    setErrors(undefined);
    setSaved(true);
  };
  return (
    <form onSubmit={save} noValidate class="stack" data-testid="home-name">
      <h3>This home</h3>
      <Control
        name="homeName"
        label="This home's name"
        hint="What your quality lead sees beside other homes' figures, e.g. Oak Lodge. Up to 80 characters."
        errors={errors}
        render={(a) => <input {...a} name="homeName" type="text" autocomplete="organization" maxLength={120} value={home.homeName ?? ''} placeholder={home.bundleName ?? 'e.g. Oak Lodge'} />}
      />
      <button type="submit">Save the home's name</button>
      {saved && <p role="status">Saved. Bundles exported from now on name this home {home.homeName}.</p>}
    </form>
  );
}

function ExportBundle() {
  const [names, setNames] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setStatus('');
    setError('');
    try {
      const bundle = await exportBundle(getDb(), { names });
      const file = bundleFileName(bundle, fileDay(bundle.exportedAt));
      downloadText(file, JSON.stringify(bundle));
      const what = `${bundle.notes.length} notes, ${bundle.sections.length} care-plan sections, ${bundle.samples.length} samples and ${bundle.auditCycles.length} audit cycles`;
      setStatus(`Saved ${file}: ${bundle.home.name}'s ${what}, ${bundle.pseudonymised ? 'with residents and staff as codes' : 'with names and the words of notes'}.`);
    } catch {
      setError('Record Lens could not make the bundle. Try again; if the lock is on, unlock it first.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={run} class="stack" data-testid="export-bundle">
      <h3>Export this home's capture bundle</h3>
      <p class="small">
        One file with this home's notes, care-plan sections and their history, the care system's own audit answers, completed samples, closed audit
        cycles and the recipe versions that read them. Other homes' bundles imported here are never included.
      </p>
      <Control
        name="bundleNames"
        inline
        label="Include residents' and staff names, ids and the words of notes"
        hint="Leave this unticked unless the person receiving the file may see who the records are about. Unticked, residents and staff are codes that cannot be turned back into names, and the words of notes, comments and page addresses are left out; every figure stays the same."
        render={(a) => <input {...a} type="checkbox" checked={names} onChange={(e) => setNames((e.currentTarget as HTMLInputElement).checked)} />}
      />
      <button type="submit" disabled={busy}>Export capture bundle</button>
      <p role="status" data-testid="export-status">{status}</p>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
