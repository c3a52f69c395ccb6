import { describe, expect, it } from 'vitest';
import type { PageHealth } from '../model/page-health';
import { checkHealth, type CaptureStats } from './health';

const ctx = (capturedAt: number, extra = {}) => ({ recipeId: 'r', recipeVersion: 1, pageId: 'notes', capturedAt, ...extra });
const good = (matched = 50): CaptureStats => ({
  matched, problems: 0, problemFields: {},
  fieldHits: { 'note.text': matched, 'note.authorName': matched, 'note.careAt': matched },
});
const settle = (n = 3): PageHealth => {
  let h: PageHealth | undefined;
  for (let i = 0; i < n; i++) h = checkHealth(h, good(), ctx(i));
  return h!;
};

describe('recipe health', () => {
  it('learns what a page usually finds from healthy captures', () => {
    const h = settle();
    expect(h).toMatchObject({ status: 'healthy', captures: 3, typicalMatched: 50, problemRate: 0 });
    expect(h.fieldRates['note.authorName']).toBe(1);
  });

  it('says a page that matches nothing, where it usually finds records, is broken — and since when', () => {
    const h1 = checkHealth(settle(), good(0), ctx(100));
    expect(h1).toMatchObject({ status: 'degraded', since: 100, reason: 'Found no records on a page where it usually finds about 50.' });
    const h2 = checkHealth(h1, good(0), ctx(200));
    expect(h2.since).toBe(100);
    // Once it reads well again, it is healthy and the warning clears.
    expect(checkHealth(h2, good(), ctx(300))).toMatchObject({ status: 'healthy', since: undefined, reason: undefined });
  });

  it('does not judge a first capture that finds nothing (a new resident, an empty page)', () => {
    expect(checkHealth(undefined, good(0), ctx(1)).status).toBe('healthy');
  });

  it('flags far fewer records than the same URL showed before, but not a short last page', () => {
    expect(checkHealth(settle(), good(4), ctx(9, { sameUrlMatched: 50 })).reason).toBe(
      'Found 4 records where the same page showed 50 before.',
    );
    expect(checkHealth(settle(), good(4), ctx(9)).status).toBe('healthy');
  });

  it('flags a jump in the problem rate and names the field that failed most', () => {
    const h = checkHealth(settle(), { ...good(), problems: 30, problemFields: { 'note.careAt': 28, 'note.text': 2 } }, ctx(9));
    expect(h).toMatchObject({ status: 'degraded', brokenField: 'note.careAt' });
    expect(h.reason).toBe('60% of records could not be read (usually 0%): the time of care failed most.');
  });

  it('flags an optional field that used to be on every record and is now gone (the author moved)', () => {
    const stats = { ...good(), fieldHits: { 'note.text': 50, 'note.careAt': 50, 'note.authorName': 0 } };
    const h = checkHealth(settle(), stats, ctx(9));
    expect(h).toMatchObject({ status: 'degraded', brokenField: 'note.authorName' });
    expect(h.reason).toBe('The author name was found in 0% of records (usually 100%).');
  });

  it('starts afresh for a new recipe version', () => {
    const h = checkHealth(settle(), good(0), { ...ctx(9), recipeVersion: 2 });
    expect(h).toMatchObject({ status: 'healthy', captures: 1, recipeVersion: 2 });
  });
});
