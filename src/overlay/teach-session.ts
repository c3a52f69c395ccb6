import { extractPage } from '../extract/extract-page';
import { RECORD_KINDS } from '../extract/record-kinds';
import { cleanText, ownText } from '../extract/read-field';
import type { BuilderState, BuilderStateIn } from '../messaging/builder-protocol';
import type { RecordType } from '../model/extraction-problem';
import type { FieldSpec, RecipePage } from '../model/recipe';
import { RecipePageSchema } from '../model/recipe';
import { datePatternFor } from '../recipes/date-pattern';
import { fieldSelector, queryAllDeep, recordSelector } from '../recipes/selector/generate';
import { recordRootOf, widerRoot } from './record-root';

const PREVIEW_ROWS = 50;

/**
 * One "teach this page" session: the records the user pointed at (and rejected), the fields
 * they clicked, and the recipe page that follows from them. DOM only, no extension APIs, so it
 * is tested like any other module.
 */
export class TeachSession {
  positives: Element[] = [];
  negatives: Element[] = [];
  selector?: string;
  fields: Record<string, FieldSpec> = {};
  mode: BuilderState['mode'] = 'idle';
  field?: string;
  message?: string;

  constructor(
    readonly top: Document,
    readonly recordType: RecordType,
    readonly now: () => number = Date.now,
  ) {}

  /** The records the current selector matches, in page order. */
  matches(): Element[] {
    return this.selector ? queryAllDeep(this.top, this.selector) : [];
  }

  /**
   * A click while picking records: the first proposes every record of that kind; a click on a
   * highlighted record rejects it; a click elsewhere adds the record it belongs to.
   */
  clickRecord(target: Element): void {
    const hit = this.matches().find((m) => m === target || m.contains(target));
    if (hit) {
      this.negatives.push(hit);
      this.positives = this.positives.filter((p) => p !== hit);
    } else {
      this.positives.push(recordRootOf(target));
    }
    this.refresh();
  }

  widen(): void {
    const wider = this.positives.map(widerRoot);
    if (wider.some((w) => !w)) return void (this.message = 'These are already whole records.');
    this.positives = wider as Element[];
    this.negatives = [];
    this.refresh();
  }

  private refresh(): void {
    this.selector = this.positives.length ? recordSelector(this.top, this.positives, this.negatives) : undefined;
    this.message = this.positives.length && !this.selector ? 'No selector tells these records apart: try clicking another one.' : undefined;
  }

  /** A click while picking a field: inside a record it is read from every record; outside, once per page. */
  clickField(field: string, target: Element): void {
    const records = this.matches();
    const record = records.find((r) => r === target || r.contains(target));
    let spec: FieldSpec | undefined;
    if (record) {
      const selector = fieldSelector(record, target, records.filter((r) => r !== record).slice(0, 20));
      if (selector) spec = { selector };
    } else {
      const selector = recordSelector(this.top, [target]);
      if (selector && queryAllDeep(this.top, selector).length === 1) spec = { selector, scope: 'page' };
    }
    if (!spec) return void (this.message = `Could not find a way to read the ${field} there: try clicking the text itself.`);
    this.fields[field] = { ...spec, ...tidy(field, target, this.recordType, this.now()) };
    this.message = undefined;
  }

  clearField(field: string): void {
    delete this.fields[field];
  }

  /** The recipe page this session describes so far (its match is filled in when saved). */
  draftPage(): RecipePage | undefined {
    if (!this.selector) return undefined;
    const parsed = RecipePageSchema.safeParse({
      id: this.recordType === 'note' ? 'daily-notes' : 'care-plan',
      match: '.*',
      [this.recordType]: { root: this.selector, fields: { ...placeholders(this.recordType), ...this.fields } },
    });
    return parsed.success ? parsed.data : undefined;
  }

  state(url: string): BuilderStateIn {
    const records = this.matches();
    const page = this.draftPage();
    const read = page ? extractPage(this.top, page, this.now()) : undefined;
    const rows = [...(read?.notes ?? []), ...(read?.sections ?? [])].slice(0, PREVIEW_ROWS).map(asText);
    const first = records[0];
    const samples: Record<string, string> = {};
    for (const name of Object.keys(this.fields)) samples[name] = first ? sampleOf(first, this.fields[name]!, this.top) : '';
    return {
      url,
      recordType: this.recordType,
      mode: this.mode,
      field: this.field,
      recordSelector: this.selector,
      matchCount: records.length,
      excluded: this.negatives.length,
      fields: this.fields,
      samples,
      preview: { matched: read ? Object.values(read.matched).reduce((s, n) => s + (n ?? 0), 0) : 0, rows, problems: (read?.problems ?? []).slice(0, 50) },
      message: this.message,
    };
  }
}

/**
 * Fields the user has not picked yet still need a selector for the schema; one that can never
 * match leaves them missing, so the preview shows which required fields are still to pick.
 */
function placeholders(recordType: RecordType): Record<string, FieldSpec> {
  return Object.fromEntries(RECORD_KINDS[recordType].required.map((f) => [f, { selector: 'record-lens-unpicked' }]));
}

/** Small clean-ups a quality lead would otherwise have to type: date prefixes, brackets, child text. */
function tidy(field: string, el: Element, recordType: RecordType, now: number): Partial<FieldSpec> {
  const hasChildText = Array.from(el.children).some((c) => cleanText(c.textContent));
  const own = hasChildText && cleanText(ownText(el)) ? { ownText: true } : {};
  const text = cleanText(own.ownText ? ownText(el) : el.textContent);
  if (RECORD_KINDS[recordType].dates.includes(field)) {
    const pattern = datePatternFor(text, now);
    return { ...own, ...(pattern ? { pattern } : {}) };
  }
  if (field !== 'text' && /^\(.*\)$/.test(text)) return { ...own, pattern: '^\\((.*)\\)$' };
  return own;
}

function sampleOf(record: Element, spec: FieldSpec, top: Document): string {
  const selectors = typeof spec.selector === 'string' ? [spec.selector] : spec.selector;
  const el = spec.scope === 'page' ? queryAllDeep(top, selectors[0]!)[0] : selectors[0] === ':scope' ? record : queryAllDeep(record, selectors[0]!)[0];
  if (!el) return '';
  const raw = cleanText(spec.ownText ? ownText(el) : el.textContent);
  const m = spec.pattern ? new RegExp(spec.pattern).exec(raw) : null;
  return (m ? (m[1] ?? m[0]) : raw).slice(0, 200);
}

/** Preview rows as plain strings (dates shown as UK local time) for the side panel's table. */
function asText(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k.endsWith('Precision')) continue;
    out[k] = (typeof v === 'number' ? new Date(v).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' }) : String(v)).slice(0, 200);
  }
  return out;
}
