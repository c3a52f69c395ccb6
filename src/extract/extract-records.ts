import type { ExtractionProblem, RecordType } from '../model/extraction-problem';
import type { ParsedFieldSpec } from '../model/recipe';
import { parseUkDate } from './dates/parse-uk-date';
import { recordColumns } from './column-index';
import { RECORD_KINDS } from './record-kinds';
import { cleanText, findAll, invalidSelector, readElement, readField, selectorList, type FieldRead } from './read-field';

export interface RecordSpec {
  root: string | readonly string[];
  fields: Record<string, ParsedFieldSpec | undefined>;
}

export interface RecordsRead {
  records: Record<string, string | number>[];
  matched: number;
  problems: ExtractionProblem[];
  /** In how many matched records each field was found: the recipe's health depends on it. */
  fieldHits: Record<string, number>;
}

/** Lets a long page be read in slices so the care system's page never freezes (issue 3). */
export interface Slicing {
  now: () => number;
  pause: () => Promise<void>;
  /** Longest a slice may run before pausing, in ms. */
  budgetMs: number;
}

/**
 * Reads every record of one type on a page. A record missing a required field, or with a date
 * that will not parse, goes to `problems` with the reason: it is never stored half-right.
 */
export function extractRecords(page: ParentNode, spec: RecordSpec, recordType: RecordType, capturedAt: number): RecordsRead {
  const reader = recordReader(page, spec, recordType, capturedAt);
  for (let i = 0; i < reader.count; i++) reader.read(i);
  return reader.finish();
}

/** The same, pausing whenever a slice has used its time budget. */
export async function extractRecordsSliced(
  page: ParentNode,
  spec: RecordSpec,
  recordType: RecordType,
  capturedAt: number,
  slicing: Slicing,
  /** When given, receives each record's root element, aligned with `records`. */
  elements?: Element[],
): Promise<RecordsRead> {
  const reader = recordReader(page, spec, recordType, capturedAt, elements);
  // Finding thousands of records is a slice of its own.
  await slicing.pause();
  let sliceStart = slicing.now();
  for (let i = 0; i < reader.count; i++) {
    reader.read(i);
    if (slicing.now() - sliceStart >= slicing.budgetMs) {
      await slicing.pause();
      sliceStart = slicing.now();
    }
  }
  return reader.finish();
}

/** One field of a record type, with everything that does not change from record to record. */
interface FieldPlan {
  name: string;
  field: ParsedFieldSpec;
  pattern: RegExp | undefined;
  /** The element each record's field is read from, when found page-wide in one query. */
  column: (Element | undefined)[] | undefined;
  required: boolean;
  isDate: boolean;
  /** Where the date's precision goes, for dates that keep it. */
  precisionKey: string | undefined;
  /** How many records had this field. */
  hits: number;
}

function recordReader(page: ParentNode, spec: RecordSpec, recordType: RecordType, capturedAt: number, elements?: Element[]) {
  const kind = RECORD_KINDS[recordType];
  const result: RecordsRead = { records: [], matched: 0, problems: [], fieldHits: {} };
  const fields = Object.entries(spec.fields).filter((e): e is [string, ParsedFieldSpec] => e[1] !== undefined);
  const broken = [['root', selectorList(spec.root)] as const, ...fields.map(([n, f]) => [n, selectorList(f.selector)] as const)]
    .map(([name, selectors]) => [name, invalidSelector(selectors, page)] as const)
    .find(([, bad]) => bad !== undefined);
  if (broken) {
    const [field, bad] = broken;
    const reason = `The recipe's selector for ${field === 'root' ? `${recordType} records` : field} is not valid CSS: ${bad}`;
    result.problems.push({ recordType, index: 0, field, reason, excerpt: '' });
    return { count: 0, read: () => undefined, finish: () => result };
  }
  const roots = findAll(page, selectorList(spec.root));
  result.matched = roots.length;
  const columns = recordColumns(roots);
  const plans: FieldPlan[] = fields.map(([name, field]) => ({
    name,
    field,
    pattern: field.pattern ? new RegExp(field.pattern) : undefined,
    column: field.scope === 'page' ? undefined : columns.column(selectorList(field.selector)),
    required: kind.required.includes(name),
    isDate: kind.dates.includes(name),
    precisionKey: kind.keepsPrecision.includes(name) ? `${name}Precision` : undefined,
    hits: 0,
  }));
  // Field hits are reported in the order each field was first found, as they always were.
  const firstHits: FieldPlan[] = [];
  // Page-scope fields (the resident's name in a heading) are read once per page, not per record.
  const pageValues = new Map<string, FieldRead>();
  const readOne = (root: Element, index: number, plan: FieldPlan): FieldRead => {
    const { name, field, pattern, column } = plan;
    if (column) return readElement(column[index], name, field, pattern);
    if (field.scope !== 'page') return readField(root, page, name, field, pattern);
    let value = pageValues.get(name);
    if (!value) pageValues.set(name, (value = readField(root, page, name, field, pattern)));
    return value;
  };

  const read = (index: number) => {
    const root = roots[index]!;
    const record: Record<string, string | number> = {};
    let problem: { field: string; reason: string } | undefined;
    for (const plan of plans) {
      const { name, field } = plan;
      const value = readOne(root, index, plan);
      if (!value.ok) {
        if (plan.required) problem ??= { field: name, reason: value.reason };
        continue;
      }
      let text = value.value;
      if (field.values) {
        const mapped = valueOf(field.values, text);
        if (mapped === undefined) {
          problem ??= { field: name, reason: `The ${name} "${text.slice(0, 40)}" is not one of the recipe's words (${Object.keys(field.values).join(', ')}).` };
          continue;
        }
        text = mapped;
      }
      if (plan.hits++ === 0) firstHits.push(plan);
      if (!plan.isDate) {
        record[name] = text;
        continue;
      }
      const date = parseUkDate(text, { anchor: capturedAt, hint: field.format });
      if (!date.ok) {
        problem ??= { field: name, reason: date.reason };
        continue;
      }
      record[name] = date.epochMs;
      if (plan.precisionKey) record[plan.precisionKey] = date.precision;
    }
    if (problem) {
      result.problems.push({ recordType, index, ...problem, excerpt: cleanText(root.textContent).slice(0, 200) });
    } else {
      result.records.push(record);
      elements?.push(root);
    }
  };
  const finish = () => {
    for (const plan of firstHits) result.fieldHits[`${recordType}.${plan.name}`] = plan.hits;
    return result;
  };
  return { count: roots.length, read, finish };
}

/** The value for the first of the recipe's words the text contains, in any case. */
function valueOf(values: Record<string, string>, text: string): string | undefined {
  const lower = text.toLowerCase();
  return Object.entries(values).find(([words]) => lower.includes(words.toLowerCase()))?.[1];
}
