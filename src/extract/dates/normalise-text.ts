/**
 * Turns whatever text a page showed into a canonical lower-case form the format parsers can match
 * with simple anchored patterns, and into a short quotation for error messages.
 */

/** No real date cell is this long; refusing early also keeps every pattern cheap. */
export const MAX_DATE_TEXT_LENGTH = 200;
const QUOTE_LENGTH = 40;

// Zero-width characters and byte-order marks sneak in from copy/paste and rich-text editors.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Control characters (including tabs and newlines) and every Unicode space become one space;
// Intl-formatted times often use U+202F before "pm".
const SPACING = /[\s\u0000-\u001f\u007f-\u009f]+/g;
// Hyphen-like characters seen in dates pasted from word processors.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const EDGE_PUNCTUATION = /^[\s"'`“”‘’«»‹›()[\]{}<>.,;:!?*•·|~-]+|[\s"'`“”‘’«»‹›()[\]{}<>,;:!?*•·|~-]+$/g;
// "Last updated:", "Review due:" … letters only, so it can never swallow the digits of a time.
const LABEL = /^[a-z][a-z '’&()/.-]{0,60}:\s*/;

function tidy(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACING, ' ').trim();
}

/** Text as shown in a reason: tidied, truncated to about 40 characters. */
export function quoteForReason(text: string): string {
  const head = tidy(text.slice(0, 400));
  return head.length > QUOTE_LENGTH ? `${head.slice(0, QUOTE_LENGTH - 1)}…` : head;
}

/**
 * Lower-cased, single-spaced text with surrounding punctuation and up to two leading "Label:"
 * runs removed. A trailing full stop is kept on purpose: it may belong to "p.m.".
 */
export function normaliseDateText(text: string): string {
  let out = tidy(text.normalize('NFKC')).replace(DASHES, '-').toLowerCase().replace(EDGE_PUNCTUATION, '');
  for (let i = 0; i < 2; i += 1) {
    const label = LABEL.exec(out);
    if (!label) break;
    out = out.slice(label[0].length).replace(EDGE_PUNCTUATION, '');
  }
  return out.replace(/\.$/, (dot, offset: number) => (/[ap]\.?\s?m$/.test(out.slice(0, offset)) ? dot : ''));
}
