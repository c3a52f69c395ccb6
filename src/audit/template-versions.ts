import { AuditTemplateSchema, type AuditTemplate } from '../model/audit';

export type TemplateResult = { ok: true; template: AuditTemplate } | { ok: false; problems: string[] };

function checked(candidate: unknown): TemplateResult {
  const parsed = AuditTemplateSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, template: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}

/**
 * A new template of its own (version 1), e.g. a home's variant of a built-in audit. Its cycles are
 * a new series: they are not compared with the original's, because the id differs.
 */
export function copyTemplate(template: AuditTemplate, newId: string, name: string): TemplateResult {
  if (newId === template.id) return { ok: false, problems: ['A copy needs an id of its own.'] };
  const { builtIn: _builtIn, ...rest } = structuredClone(template);
  return checked({ ...rest, id: newId, name, version: 1 });
}

/**
 * The next version of a template: same id, version + 1, so later cycles stay in the same series
 * and are compared with the baseline criterion by criterion (by id). A cycle already started keeps
 * the frozen copy it took, so an edit never rewrites what an old cycle asked. Built-in templates
 * are not edited in place (a new release may update them): copy one first.
 */
export function editTemplate(old: AuditTemplate, changes: { name?: string; criteria?: AuditTemplate['criteria'] }): TemplateResult {
  if (old.builtIn) return { ok: false, problems: ['Built-in audits cannot be edited; make a copy and edit that.'] };
  return checked({ ...structuredClone(old), ...structuredClone(changes), version: old.version + 1 });
}
