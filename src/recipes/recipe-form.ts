import { AuditAnswerFieldsSchema, CarePlanEventFieldsSchema, CarePlanSectionFieldsSchema, NoteFieldsSchema, RecipeSchema, type FieldSpec, type Recipe } from '../model/recipe';
import type { DateFormatHint } from '../model/date-format-hint';
import type { RecordType } from '../model/extraction-problem';
import { fieldLabel } from '../model/field-labels';
import { RECORD_KINDS } from '../extract/record-kinds';
import { asSentence, describeIssue, valueAt } from './recipe-issues';

/**
 * The recipe editor's form model: every value a plain string, boolean or choice, so each control
 * binds to one property, and lists (selectors, origins) are text with one entry per line.
 * A recipe page holding both notes and care-plan sections becomes two form pages with the same
 * id and URL pattern, and is joined again on the way back, so nothing is lost.
 */
export interface FieldForm {
  selectors: string;
  scope: 'record' | 'page';
  attr: string;
  pattern: string;
  format: DateFormatHint | '';
  ownText: boolean;
  /** "words = value", one per line (the words a page uses for each kind of care-plan event). */
  values: string;
}
export interface PageForm {
  id: string;
  match: string;
  recordType: RecordType;
  root: string;
  observe: string;
  nextPage: string;
  urlTemplate: string;
  fields: Record<string, FieldForm>;
}
export interface RecipeForm {
  id: string;
  version: number;
  name: string;
  origins: string;
  pages: PageForm[];
}
/** Errors keyed by form control: "name", "origins", "pages.0.match", "pages.0.fields.careAt.format", "form". */
export type FormErrors = Record<string, string[]>;

const FIELD_SCHEMAS = { note: NoteFieldsSchema, carePlanSection: CarePlanSectionFieldsSchema, carePlanEvent: CarePlanEventFieldsSchema, auditAnswer: AuditAnswerFieldsSchema };
const RECORD_TYPES = ['note', 'carePlanSection', 'carePlanEvent', 'auditAnswer'] as const;

/** The fields a record type can have, in the schema's order (required ones first). */
export const fieldNames = (type: RecordType): string[] => Object.keys(FIELD_SCHEMAS[type].shape);
export const isRequiredField = (type: RecordType, name: string) => RECORD_KINDS[type].required.includes(name);
export const isDateField = (type: RecordType, name: string) => RECORD_KINDS[type].dates.includes(name);

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const asLines = (s: string | string[] | undefined) => (s === undefined ? '' : typeof s === 'string' ? s : s.join('\n'));
/** One line is one selector; several lines are fallbacks tried in order. */
const selectorList = (text: string): string | string[] => {
  const l = lines(text);
  return l.length === 1 ? l[0]! : l.length ? l : '';
};

export const blankField = (): FieldForm => ({ selectors: '', scope: 'record', attr: '', pattern: '', format: '', ownText: false, values: '' });

const valuesToText = (v: Record<string, string> | undefined) => Object.entries(v ?? {}).map(([words, value]) => `${words} = ${value}`).join('\n');
function textToValues(text: string): Record<string, string> | undefined {
  const pairs = lines(text).map((l) => {
    const i = l.lastIndexOf('=');
    return i < 0 ? [l, ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  });
  return pairs.length ? Object.fromEntries(pairs) : undefined;
}

const fieldToForm = (f: FieldSpec | undefined): FieldForm =>
  f
    ? { selectors: asLines(f.selector), scope: f.scope ?? 'record', attr: f.attr ?? '', pattern: f.pattern ?? '', format: f.format ?? '', ownText: f.ownText ?? false, values: valuesToText(f.values) }
    : blankField();

export function blankPage(recordType: RecordType): PageForm {
  const fields = Object.fromEntries(fieldNames(recordType).map((n) => [n, blankField()]));
  return { id: '', match: '', recordType, root: '', observe: '', nextPage: '', urlTemplate: '', fields };
}

/** Switching a page's record type keeps the fields both types share (resident's name, unit...). */
export function withRecordType(page: PageForm, recordType: RecordType): PageForm {
  const fields = Object.fromEntries(fieldNames(recordType).map((n) => [n, page.fields[n] ?? blankField()]));
  return { ...page, recordType, fields };
}

export function recipeToForm(recipe: Recipe): RecipeForm {
  const pages = recipe.pages.flatMap((page) =>
    RECORD_TYPES.flatMap((type) => {
      const spec = page[type];
      if (!spec) return [];
      const given = spec.fields as Record<string, FieldSpec | undefined>;
      return [
        {
          id: page.id,
          match: page.match,
          recordType: type,
          root: asLines(spec.root),
          observe: page.observe ?? '',
          nextPage: asLines(page.history?.nextPage),
          urlTemplate: page.history?.urlTemplate ?? '',
          fields: Object.fromEntries(fieldNames(type).map((n) => [n, fieldToForm(given[n])])),
        },
      ];
    }),
  );
  return { id: recipe.id, version: recipe.version, name: recipe.name, origins: recipe.origins.join('\n'), pages };
}

/** A field the person left blank is not read at all (if it is required, the schema says so). */
function formToField(f: FieldForm): FieldSpec | undefined {
  const used = f.selectors.trim() || f.attr.trim() || f.pattern || f.format || f.ownText || f.scope === 'page' || f.values.trim();
  if (!used) return undefined;
  const values = textToValues(f.values);
  return {
    selector: selectorList(f.selectors),
    scope: f.scope,
    ...(f.attr.trim() && { attr: f.attr.trim() }),
    ...(f.ownText && { ownText: true }),
    ...(f.pattern && { pattern: f.pattern }),
    ...(f.format && { format: f.format }),
    ...(values && { values }),
  };
}

/** Which form page each record type of each recipe page came from, to put errors back in place. */
type PageSources = Array<{ first: number } & Partial<Record<RecordType, number>>>;

/** The recipe the form describes (not yet validated), and where each of its pages came from. */
export function formToCandidate(form: RecipeForm): { candidate: Record<string, unknown>; sources: PageSources } {
  const pages: Array<Record<string, unknown>> = [];
  const sources: PageSources = [];
  form.pages.forEach((p, formIndex) => {
    const id = p.id.trim();
    const match = p.match.trim();
    const joined = pages.findIndex((q, i) => id && q.id === id && q.match === match && sources[i]![p.recordType] === undefined);
    const fields = Object.fromEntries(fieldNames(p.recordType).flatMap((n) => {
      const f = p.fields[n] && formToField(p.fields[n]);
      return f ? [[n, f]] : [];
    }));
    const records = { root: selectorList(p.root), fields };
    if (joined >= 0) {
      pages[joined]![p.recordType] = records;
      sources[joined]![p.recordType] = formIndex;
      return;
    }
    const history = p.nextPage.trim() || p.urlTemplate.trim()
      ? { ...(p.nextPage.trim() && { nextPage: selectorList(p.nextPage) }), ...(p.urlTemplate.trim() && { urlTemplate: p.urlTemplate.trim() }) }
      : undefined;
    pages.push({ id, match, ...(p.observe.trim() && { observe: p.observe.trim() }), ...(history && { history }), [p.recordType]: records });
    sources.push({ first: formIndex, [p.recordType]: formIndex });
  });
  const candidate = { schemaVersion: 1, id: form.id.trim(), version: form.version, name: form.name.trim(), origins: lines(form.origins), pages };
  return { candidate, sources };
}

const RECORD_WORD: Record<RecordType, string> = { note: 'note', carePlanSection: 'care-plan section', carePlanEvent: 'care-plan history row', auditAnswer: 'audit answer' };

/** The form control a schema path belongs to. */
function formKey(path: readonly PropertyKey[], sources: PageSources): string {
  const [top, pageIndex, part, a, b, c] = path;
  if (top === 'name' || top === 'id' || top === 'origins') return String(top);
  if (top !== 'pages') return 'form';
  const src = typeof pageIndex === 'number' ? sources[pageIndex] : undefined;
  if (!src) return 'pages';
  const page = (i: number) => `pages.${i}`;
  if (part === 'id' || part === 'match' || part === 'observe') return `${page(src.first)}.${part}`;
  if (part === 'history') return `${page(src.first)}.${a === 'urlTemplate' ? 'urlTemplate' : 'nextPage'}`;
  if (part !== 'note' && part !== 'carePlanSection' && part !== 'carePlanEvent' && part !== 'auditAnswer') return `${page(src.first)}.root`;
  const at = page(src[part] ?? src.first);
  if (a !== 'fields' || b === undefined) return `${at}.root`;
  // A refinement of the whole field (the event type's words) belongs to its words box.
  if (c === undefined && ((part === 'carePlanEvent' && b === 'type') || (part === 'auditAnswer' && b === 'answer'))) return `${at}.fields.${String(b)}.values`;
  return `${at}.fields.${String(b)}.${c === undefined || c === 'selector' ? 'selectors' : String(c)}`;
}

/** Checks the form against the recipe schema; each mistake is put next to its control. */
export function validateForm(form: RecipeForm): { ok: true; recipe: Recipe } | { ok: false; errors: FormErrors } {
  const { candidate, sources } = formToCandidate(form);
  const parsed = RecipeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, recipe: parsed.data };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const key = formKey(issue.path, sources);
    const [, , record, , field] = issue.path;
    const missingField = issue.path[3] === 'fields' && issue.path.length === 5 && valueAt(candidate, issue.path) === undefined;
    const text = missingField
      ? `Give a selector for the ${fieldLabel(String(field))}: every ${RECORD_WORD[record as RecordType] ?? 'record'} needs one.`
      : asSentence(describeIssue(issue, candidate).text);
    (errors[key] ??= []).push(text);
  }
  return { ok: false, errors };
}
