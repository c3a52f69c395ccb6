import { useState } from 'preact/hooks';
import { copyTemplate, editTemplate } from '@/src/audit/template-versions';
import type { AuditCriterion, AuditTemplate } from '@/src/model/audit';
import { auditTemplates, saveAuditTemplate } from '@/src/store/audits';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'question';

/**
 * The audit templates: built-in ones can be copied; a provider's own can be edited, and each save
 * is a new version, so cycles already run keep the questions they were asked with.
 */
export function AuditTemplates() {
  const { value: templates } = useLiveQuery(() => auditTemplates(getDb()), []);
  const [editing, setEditing] = useState<AuditTemplate>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string>();
  if (!templates) return null;

  const copy = async (t: AuditTemplate) => {
    const base = `own-${slug(t.name)}`;
    let id = base;
    for (let n = 2; templates.some((x) => x.id === id); n++) id = `${base}-${n}`;
    const r = copyTemplate(t, id, `${t.name} (our copy)`);
    if (!r.ok) return setProblems(r.problems);
    await saveAuditTemplate(getDb(), r.template);
    setProblems([]);
    setSaved(`Copied as "${r.template.name}".`);
    setEditing(r.template);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const rows = editing.criteria.map((c, i) => ({ c, text: String(form.get(`text-${i}`) ?? '').trim(), guidance: String(form.get(`guidance-${i}`) ?? '').trim(), keep: form.get(`keep-${i}`) === 'on' }));
    const criteria: AuditCriterion[] = rows.filter((r) => r.keep).map((r) => ({ ...r.c, text: r.text, guidance: r.guidance }));
    const added = String(form.get('new-text') ?? '').trim();
    if (added) {
      let id = slug(added);
      while (criteria.some((c) => c.id === id)) id = `${id}-2`;
      criteria.push({ id, text: added, guidance: String(form.get('new-guidance') ?? '').trim(), kind: 'ynpn' });
    }
    const r = editTemplate(editing, { name: String(form.get('name') ?? ''), criteria });
    if (!r.ok) return setProblems(r.problems);
    await saveAuditTemplate(getDb(), r.template);
    setProblems([]);
    setSaved(`Saved "${r.template.name}" as version ${r.template.version}. Cycles already run keep the version they used.`);
    setEditing(r.template);
  };

  return (
    <section aria-labelledby="audit-templates-title" data-testid="audit-templates">
      <h2 id="audit-templates-title">Audit templates</h2>
      <ul>
        {templates.map((t) => (
          <li key={t.id} data-template={t.id}>
            <strong>{t.name}</strong> (version {t.version}, {t.criteria.length} questions{t.builtIn ? ', built in' : ''}){' '}
            <button type="button" class="secondary" onClick={() => void copy(t)} aria-label={`Copy ${t.name}`}>
              Copy
            </button>{' '}
            {!t.builtIn && (
              <button type="button" class="secondary" onClick={() => setEditing(t)} aria-label={`Edit ${t.name}`}>
                Edit
              </button>
            )}
          </li>
        ))}
      </ul>
      {saved && <p role="status">{saved}</p>}
      {problems.length > 0 && (
        <div role="alert" class="error">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {editing && (
        <form key={`${editing.id}@${editing.version}`} onSubmit={save} class="stack" data-testid="audit-template-editor">
          <label>
            Audit name <input type="text" name="name" value={editing.name} maxLength={120} />
          </label>
          {editing.criteria.map((c, i) => (
            <fieldset key={c.id} data-criterion={c.id}>
              <legend>Question {i + 1}</legend>
              <label>
                Question <input type="text" name={`text-${i}`} value={c.text} maxLength={200} />
              </label>
              <label>
                Guidance <textarea name={`guidance-${i}`} rows={2} value={c.guidance} />
              </label>
              <label class="inline">
                <input type="checkbox" name={`keep-${i}`} defaultChecked /> Keep this question
              </label>
            </fieldset>
          ))}
          <fieldset>
            <legend>Add a question (yes / partly / no / not applicable)</legend>
            <label>
              New question <input type="text" name="new-text" maxLength={200} />
            </label>
            <label>
              Its guidance <textarea name="new-guidance" rows={2} />
            </label>
          </fieldset>
          <button type="submit">Save as a new version</button>
        </form>
      )}
    </section>
  );
}
