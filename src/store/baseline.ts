import { freezeBaselineFigures } from '../measure/baseline-figures';
import type { Baseline, Settings } from '../model/settings';
import type { RecordLensDb } from './db';
import { loadMeasureInputs } from './measure-inputs';
import { writeSettings } from './settings';

/**
 * Sets the baseline period and freezes its figures from the records held now. Saving the same
 * period again keeps the frozen figures unless `refreeze` is asked for: the "before" must not move
 * because more notes were captured or a rule changed, unless the manager chooses that.
 */
export async function setBaseline(db: RecordLensDb, patch: Pick<Settings, 'baseline' | 'interventions'>, now: number, refreeze = false): Promise<Settings> {
  const { baseline } = patch;
  const current = (await db.settings.get('settings'))?.value as Partial<Settings> | undefined;
  const kept = current?.baselineFigures;
  const same = !!baseline && !!kept && kept.start === baseline.start && kept.end === baseline.end;
  if (!baseline || (same && !refreeze)) return writeSettings(db, patch);
  const figures = await frozenNow(db, baseline, now);
  // Nothing of the period is held yet (a baseline chosen at install, before any capture): there is
  // nothing to freeze, and freezing "no figures" would hide the records once they are read. The
  // charts use the records as they arrive until the manager freezes them (BaselineForm).
  if (!Object.keys(figures.figures).length) return writeSettings(db, { ...patch, baselineFigures: undefined });
  return writeSettings(db, { ...patch, baselineFigures: figures });
}

async function frozenNow(db: RecordLensDb, baseline: Baseline, now: number) {
  const { inputs, measures } = await loadMeasureInputs(db, now);
  return freezeBaselineFigures(measures, inputs, baseline, now);
}
