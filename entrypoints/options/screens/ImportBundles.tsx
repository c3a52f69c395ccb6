import { useState } from 'preact/hooks';
import { heldHomes, type HeldHome } from '@/src/bundle/held-homes';
import { importBundle, removeHome, type ImportResult } from '@/src/bundle/import';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
const records = (c: HeldHome['counts']) => `${c.notes} notes, ${c.sections} care-plan sections, ${c.samples} samples, ${c.auditCycles} audit cycles`;

const STATUS_WORDS = {
  added: 'added',
  updated: 'replaced by this newer bundle',
  unchanged: 'already held: nothing changed',
} as const;

interface FileOutcome {
  file: string;
  result: ImportResult;
}

/**
 * Imports other homes' bundles, one file at a time, each in one transaction: a damaged file, or
 * one older than the bundle held for its home, changes nothing and says why. Lists the homes held.
 */
export function ImportBundles() {
  const homes = useLiveQuery(() => heldHomes(getDb()), []).value ?? [];
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<string>();

  const onChoose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    setBusy(true);
    const said: FileOutcome[] = [];
    for (const file of files) {
      try {
        said.push({ file: file.name, result: await importBundle(getDb(), await file.text()) });
      } catch {
        said.push({ file: file.name, result: { ok: false, problems: ['Record Lens could not store this bundle; nothing from it was imported. If the lock is on, unlock it and try again.'] } });
      }
    }
    setOutcomes(said);
    setBusy(false);
    input.value = '';
  };

  return (
    <div class="stack" data-testid="import-bundles">
      <h3>Import other homes' bundles</h3>
      <p class="small">
        Their records join this browser's side panel: every measure counts all homes together, and the spread table lists each home as a segment. A newer
        bundle of a home replaces the one held; an older one is refused.
      </p>
      <label for="bundle-files">Capture bundles to import (.json, one or more)</label>
      <input id="bundle-files" type="file" accept=".json,application/json" multiple disabled={busy} onChange={onChoose} />
      <div role="status" data-testid="import-bundle-status">
        {busy && <p>Importing…</p>}
        {outcomes.filter((o) => o.result.ok).map((o) => {
          const r = o.result as Extract<ImportResult, { ok: true }>;
          return <p key={o.file}>{o.file}: {r.home} {STATUS_WORDS[r.status]} ({records(r.counts)}).</p>;
        })}
      </div>
      {outcomes.some((o) => !o.result.ok) && (
        <div role="alert" class="error-summary" data-testid="import-bundle-errors">
          {outcomes.flatMap((o) => (o.result.ok ? [] : [{ file: o.file, problems: o.result.problems }])).map((o) => (
            <div key={o.file}>
              <h4>{o.file}: nothing was imported</h4>
              <ul>
                {o.problems.map((p, i) => <li key={i}>{p}</li>)}
              </ul>
            </div>
          ))}
        </div>
      )}
      {homes.length > 0 && (
        <table class="figures" data-testid="held-homes">
          <caption>Other homes held in this browser</caption>
          <thead>
            <tr><th scope="col">Home</th><th scope="col">Bundle exported</th><th scope="col">Imported</th><th scope="col">Records</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr>
          </thead>
          <tbody>
            {homes.map((h) => (
              <tr key={h.id}>
                <th scope="row">{h.name}{h.pseudonymised ? ' (codes, no names)' : ' (with names)'}</th>
                <td>{when(h.exportedAt)}</td>
                <td>{when(h.importedAt)}</td>
                <td>{records(h.counts)}</td>
                <td>
                  {removing === h.id ? (
                    <>
                      <button type="button" class="danger" onClick={() => void removeHome(getDb(), h.id).then(() => setRemoving(undefined))}>Remove {h.name} permanently</button>
                      <button type="button" class="secondary" onClick={() => setRemoving(undefined)}>Cancel</button>
                    </>
                  ) : (
                    <button type="button" class="secondary" onClick={() => setRemoving(h.id)}>Remove {h.name}'s records…</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
