import { useEffect, useState } from 'preact/hooks';
import { RULE_IDS } from '@/src/model/quality-flag';
import type { QualityConfig } from '@/src/quality/config';
import { RULES } from '@/src/quality/engine';
import { getDb } from '@/src/store/db';
import { readQualityConfig, writeQualityConfig } from '@/src/store/quality-config';
import { rescoreAll, type RescoreProgress } from '@/src/store/rescore';
import { Control } from '../components/Control';

const LEXICONS: [keyof QualityConfig['lexicons'], string, string][] = [
  ['stockPhrases', 'Stock phrases', 'Phrases that say nothing specific ("all fine"). One per line.'],
  ['fillers', 'Neutral words', 'Words that count neither way when judging vagueness ("today").'],
  ['actions', 'Care tasks', 'Words that say a task was done; such a note needs an outcome.'],
  ['outcomes', 'Outcomes', 'Words that show how the person responded or what changed.'],
  ['person', 'The person', "Words that show the person's choices, words, mood or wellbeing."],
  ['concerns', 'Concerns', 'Pain, falls, refusals, skin damage... that need a follow-up.'],
  ['followUps', 'Follow-ups', 'Words that show action was taken or someone was told.'],
];
const explanation = new Map(RULES.map((r) => [r.id, r.explanation]));

/**
 * The quality rules as a provider sees them: thresholds, weights and word lists. Saving makes a
 * new rules version and re-scores every stored note with it, with progress; if the page is
 * closed part way, opening it again finishes the job.
 */
export function QualityRules() {
  const [config, setConfig] = useState<QualityConfig>();
  const [errors, setErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<RescoreProgress>();
  const [behind, setBehind] = useState(0);
  useEffect(() => {
    void (async () => {
      const c = await readQualityConfig(getDb());
      setConfig(c);
      setBehind(await getDb().notes.filter((n) => n.quality.rulesVersion !== c.version).count());
    })();
  }, []);
  if (!config) return <p aria-busy="true">Loading…</p>;

  const rescore = async (c: QualityConfig) => {
    await rescoreAll(getDb(), c, setProgress);
    setBehind(0);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const num = (k: string) => Number(form.get(k));
    const lines = (k: string) => String(form.get(k) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    try {
      const saved = await writeQualityConfig(getDb(), {
        ...config,
        vagueShare: num('vagueShare') / 100,
        lateHours: num('lateHours'),
        copyRunWords: num('copyRunWords'),
        copyLookbackDays: num('copyLookbackDays'),
        nearDuplicate: num('nearDuplicate') / 100,
        minWords: Object.fromEntries(Object.keys(config.minWords).map((k) => [k, num(`minWords.${k}`)])),
        weights: Object.fromEntries(RULE_IDS.map((r) => [r, num(`weights.${r}`)])),
        lexicons: Object.fromEntries(LEXICONS.map(([k]) => [k, lines(`lexicons.${k}`)])),
      });
      setErrors([]);
      if (saved.version !== config.version) {
        setConfig(saved);
        await rescore(saved);
      }
    } catch (err) {
      const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
      setErrors(issues ? issues.map((i) => `${i.path.join(' › ')}: ${i.message}`) : [String(err)]);
    }
  };
  const numberControl = (name: string, label: string, value: number, hint: string, min: number, max: number, step = 1) => (
    <Control name={name} label={label} hint={hint} render={(a) => <input {...a} name={name} type="number" min={min} max={max} step={step} defaultValue={String(value)} required />} />
  );

  return (
    <section aria-labelledby="rules-title" data-testid="quality-rules">
      <h2 id="rules-title">Quality rules (version {config.version})</h2>
      <p>Changing a rule makes a new version. Every stored note is then scored again, so charts compare like with like.</p>
      {(progress || behind > 0) && (
        <div role="status" data-testid="rescore-status">
          {progress
            ? `Re-scoring: ${progress.residentsDone} of ${progress.residents} residents, ${progress.notesChanged} notes updated.`
            : `${behind} notes were scored with older rules.`}
          {progress && <progress max={progress.residents} value={progress.residentsDone} aria-label="Re-scoring progress" />}
          {!progress && <button type="button" onClick={() => void rescore(config)}>Score them again now</button>}
        </div>
      )}
      {errors.length > 0 && (
        <ul role="alert" class="error">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      <form onSubmit={save} key={config.version}>
        <fieldset>
          <legend>Thresholds</legend>
          {numberControl('vagueShare', 'Vague when stock phrases are at least this % of the note', config.vagueShare * 100, explanation.get('vague') ?? '', 10, 100)}
          {numberControl('lateHours', 'Late entry after this many hours', config.lateHours, explanation.get('late-entry') ?? '', 0.25, 72, 0.25)}
          {numberControl('copyRunWords', 'Copied forward: words in a row repeated', config.copyRunWords, explanation.get('copied-forward') ?? '', 5, 50)}
          {numberControl('copyLookbackDays', 'Copied forward: look back this many days', config.copyLookbackDays, 'How old an earlier note can be and still be the source of a copy.', 1, 90)}
          {numberControl('nearDuplicate', 'Near-duplicate when this % the same', config.nearDuplicate * 100, 'Share of word triples two notes share.', 50, 100)}
        </fieldset>
        <fieldset>
          <legend>Fewest words a note needs, by category</legend>
          {Object.entries(config.minWords).map(([k, v]) => numberControl(`minWords.${k}`, k === 'default' ? 'Any other category' : k, v, '', 1, 200))}
        </fieldset>
        <fieldset>
          <legend>How much each flag lowers the score (0–100)</legend>
          {RULE_IDS.map((r) => numberControl(`weights.${r}`, r.replace(/-/g, ' '), config.weights[r] ?? 0, explanation.get(r) ?? '', 0, 100))}
        </fieldset>
        <fieldset>
          <legend>Word lists</legend>
          {LEXICONS.map(([k, label, hint]) => (
            <Control key={k} name={`lexicons.${k}`} label={label} hint={hint}
              render={(a) => <textarea {...a} name={`lexicons.${k}`} rows={5} defaultValue={config.lexicons[k].join('\n')} />} />
          ))}
        </fieldset>
        <button type="submit">Save rules</button>
      </form>
    </section>
  );
}
