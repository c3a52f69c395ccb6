import { getDb } from '@/src/store/db';
import { readSettings, writeSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';

/**
 * How residents appear: on this device's screens by name or by code (a shared screen, a meeting),
 * and in everything exported by code unless a manager ticks names for that one export.
 */
export function Pseudonyms() {
  const { value: settings } = useLiveQuery(() => readSettings(getDb()), []);
  if (!settings) return null;
  const choose = (d: 'name' | 'pseudonym') => void writeSettings(getDb(), { residentDisplay: d });
  return (
    <section aria-labelledby="pseudonyms-title" data-testid="pseudonym-settings">
      <h2 id="pseudonyms-title">Names and codes</h2>
      <fieldset>
        <legend>On this computer's screens, show residents by</legend>
        <label class="inline">
          <input type="radio" name="display" checked={settings.residentDisplay === 'name'} onChange={() => choose('name')} /> their names
        </label>
        <label class="inline">
          <input type="radio" name="display" checked={settings.residentDisplay === 'pseudonym'} onChange={() => choose('pseudonym')} /> codes (for
          example <i>Resident 4F2A9C</i>), when others can see the screen
        </label>
      </fieldset>
      <p class="small muted">
        Exports (the evidence pack, its CSV and JSON) always use codes unless you tick <i>Show residents' names</i> for that one export. A code is the same for the
        same resident on this computer, and cannot be turned back into a name by anyone without it.
      </p>
    </section>
  );
}
