import type { ExtractionProblem, RecordType } from '../model/extraction-problem';
import type { ParsedFieldSpec } from '../model/recipe';
import { parseUkDate } from './dates/parse-uk-date';
import { RECORD_KINDS } from './record-kinds';
import { cleanText, readField, selectorList, type FieldRead } from './read-field';

export interface RecordSpec {
  root: string | readonly string[];
  fields: Record<string, ParsedFieldSpec | undefined>;
}

export interface RecordsRead {
  records: Record<string, string | number>[];
  matched: number;
  problems: ExtractionProblem[];
}

/**
 * Reads every record of one type on a page. A record missing a required field, or with a date
 * that will not parse, goes to `problems` with the reason: it is never stored half-right.
 */
export function extractRecords(
  page: ParentNode,
  spec: RecordSpec,
  recordType: RecordType,
  capturedAt: number,
): RecordsRead {
  const kind = RECORD_KINDS[recordType];
  const problems: ExtractionProblem[] = [];
  let roots: Element[];
  try {
    roots = findRoots(page, selectorList(spec.root));
  } catch {
    const reason = `The recipe's selector for ${recordType} records is not valid CSS.`;
    return { records: [], matched: 0, problems: [{ recordType, index: 0, field: 'root', reason, excerpt: '' }] };
  }
  const fields = Object.entries(spec.fields).filter(
    (e): e is [string, ParsedFieldSpec] => e[1] !== undefined,
  );
  const patterns = new Map(fields.map(([n, f]) => [n, f.pattern ? new RegExp(f.pattern) : undefined]));
  const pageValues = new Map<string, FieldRead>();
  const records: Record<string, string | number>[] = [];

  roots.forEach((root, index) => {
    const record: Record<string, string | number> = {};
    let problem: { field: string; reason: string } | undefined;
    for (const [name, field] of fields) {
      let read: FieldRead;
      try {
        read =
          field.scope === 'page'
            ? (pageValues.get(name) ??
              pageValues.set(name, readField(root, page, name, field, patterns.get(name))).get(name)!)
            : readField(root, page, name, field, patterns.get(name));
      } catch {
        read = { ok: false, reason: `The recipe's selector for ${name} is not valid CSS.` };
      }
      if (!read.ok) {
        if (kind.required.includes(name) || read.reason.includes('not valid CSS')) {
          problem ??= { field: name, reason: read.reason };
        }
        continue;
      }
      if (!kind.dates.includes(name)) {
        record[name] = read.value;
        continue;
      }
      const date = parseUkDate(read.value, { anchor: capturedAt, hint: field.format });
      if (!date.ok) {
        problem ??= { field: name, reason: date.reason };
        continue;
      }
      record[name] = date.epochMs;
      if (kind.keepsPrecision.includes(name)) record[`${name}Precision`] = date.precision;
    }
    if (problem) {
      problems.push({ recordType, index, ...problem, excerpt: cleanText(root.textContent).slice(0, 200) });
    } else {
      records.push(record);
    }
  });
  return { records, matched: roots.length, problems };
}

function findRoots(page: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = Array.from(page.querySelectorAll(selector));
    if (found.length) return found;
  }
  return [];
}
