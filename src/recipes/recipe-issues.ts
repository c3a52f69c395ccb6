import type { z } from 'zod';
import { fieldLabel } from '../model/field-labels';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

/**
 * One schema mistake in words a quality lead understands: `where` is the way down to it
 * ("page 1", "note fields", "time of care"), `text` the sentence about the thing itself
 * ("the date format must be one of ..."). Zod's own messages name types and paths
 * ("expected string, received undefined at pages.0.note.fields.careAt") that mean nothing to
 * the person who has to fix the file.
 */
export interface IssueWords {
  where: string[];
  text: string;
}

const RECORD_WORDS: Record<string, string> = { note: 'note', carePlanSection: 'care-plan section', carePlanEvent: 'care-plan history row', auditAnswer: 'audit answer' };
const PAGE_WORDS: Record<string, string> = {
  id: 'the page id',
  match: 'the URL pattern',
  observe: 'the element to watch for new records',
  history: 'history capture',
};
const FIELD_WORDS: Record<string, string> = {
  selector: 'the selector',
  scope: 'where to look',
  attr: 'the attribute',
  ownText: 'the own-text setting',
  pattern: 'the pattern',
  format: 'the date format',
};
const RECIPE_WORDS: Record<string, string> = {
  schemaVersion: 'the recipe format version',
  version: 'the version number',
  name: 'the name',
  origins: 'the list of origins',
  pages: 'the list of pages',
};

const quoted = (v: unknown) => (typeof v === 'string' && v.length <= 60 ? ` "${v}"` : '');

/** The value the issue is about, read from the input (zod leaves it out of issues by default). */
export function valueAt(input: unknown, path: readonly Segment[]): unknown {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

interface Step {
  /** How the step reads as a place on the way to a deeper mistake ("page 1"); none for lists. */
  place?: string;
  /** How it reads as the thing the mistake is about ("the URL pattern"). */
  subject: string;
  level: string;
}

/** Names one step down a recipe, given the kind of thing the step starts from. */
function step(level: string, seg: Segment, value: unknown, record: string): Step {
  const key = String(seg);
  const n = typeof seg === 'number' ? seg + 1 : 0;
  const unknownKey = { subject: `"${key}"`, place: `"${key}"`, level: 'leaf' };
  switch (level) {
    case 'recipe':
      if (key === 'id') return { subject: `the id${quoted(value)}`, level: 'leaf' };
      return RECIPE_WORDS[key] ? { subject: RECIPE_WORDS[key], level: key } : unknownKey;
    case 'origins':
      return { subject: quoted(value) ? `the origin${quoted(value)}` : `origin ${n}`, level: 'leaf' };
    case 'pages':
      return { subject: `page ${n}`, place: `page ${n}`, level: 'page' };
    case 'page':
      if (key === 'history') return { subject: 'history capture', place: 'history capture', level: 'history' };
      if (RECORD_WORDS[key]) return { subject: `the ${RECORD_WORDS[key]}s`, level: 'record' };
      return PAGE_WORDS[key] ? { subject: PAGE_WORDS[key], level: 'leaf' } : unknownKey;
    case 'history':
      if (key === 'nextPage') return { subject: 'the next-page link', place: 'next-page link', level: 'selectors' };
      if (key === 'urlTemplate') return { subject: 'the URL template', level: 'leaf' };
      return unknownKey;
    case 'record':
      if (key === 'root') return { subject: `the ${record} record selector`, place: `${record} records`, level: 'selectors' };
      if (key === 'fields') return { subject: `the ${record} fields`, place: `${record} fields`, level: 'fields' };
      return unknownKey;
    case 'fields':
      return { subject: `the ${fieldLabel(key)}`, place: fieldLabel(key), level: 'field' };
    case 'field':
      if (key === 'selector') return { subject: 'the selector', level: 'selectors' };
      return FIELD_WORDS[key] ? { subject: FIELD_WORDS[key], level: 'leaf' } : unknownKey;
    case 'selectors':
      return typeof seg === 'number' ? { subject: `selector ${n}`, level: 'leaf' } : unknownKey;
    default:
      return unknownKey;
  }
}

/** The places on the way to the issue, and the words for the thing at its end. */
function walk(path: readonly Segment[], input: unknown): { where: string[]; subject: string; place?: string } {
  const where: string[] = [];
  let current: Step = { subject: 'the recipe', level: 'recipe' };
  let record = 'note';
  path.forEach((seg, i) => {
    if (i > 0 && current.place) where.push(current.place);
    if (current.level === 'page' && RECORD_WORDS[String(seg)]) record = RECORD_WORDS[String(seg)]!;
    current = step(current.level, seg, valueAt(input, path.slice(0, i + 1)), record);
  });
  return { where, subject: current.subject, place: current.place };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of settings in { }',
  array: 'a list in [ ]',
};

function kindOf(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a whole number' : 'a number with a fraction';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return typeof v === 'object' ? 'a group of settings' : typeof v;
}

/** What is wrong, as the end of a sentence whose subject is the thing at the issue's path. */
function predicate(issue: Issue, value: unknown, subject: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(issue.values.length === 2 ? ' or ' : ', ');
      const one = issue.values.length === 1 ? `must be ${allowed}` : `must be one of ${allowed}`;
      if (value === undefined) return `is missing (it ${one})`;
      const newer = subject === 'the recipe format version' && typeof value === 'number' && value > Number(issue.values[0]);
      return newer ? `${one}; this recipe comes from a newer Record Lens` : one;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${issue.minimum === 1 ? 'one entry' : `${issue.minimum} entries`}`;
      return `must be a whole number of at least ${issue.inclusive ? issue.minimum : Number(issue.minimum) + 1}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (subject.startsWith('the id')) return 'may use only lower-case letters, digits and dashes (for example oak-house-notes)';
      return issue.message.startsWith('Invalid') ? 'is not written the right way' : issue.message;
    case 'invalid_union':
      if (subject.endsWith('selector')) return 'should be one selector in quotes, or a list of selectors in [ ]';
      return 'is not in a form Record Lens understands';
    default:
      return issue.message;
  }
}

/** Zod's issue turned into a place and a sentence (see IssueWords). */
export function describeIssue(issue: Issue, input: unknown): IssueWords {
  const { where, subject, place } = walk(issue.path, input);
  const value = valueAt(input, issue.path);
  // A refinement written as a whole sentence ("A page must say which records it holds") stands alone.
  if (issue.code === 'custom' && /^[A-Z]/.test(issue.message)) {
    return { where: place ? [...where, place] : where, text: issue.message };
  }
  return { where, text: `${subject} ${predicate(issue, value, subject)}` };
}

/** "the date format must be ..." → "The date format must be ....", for a message on its own. */
export const asSentence = (text: string) => {
  const s = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
};
