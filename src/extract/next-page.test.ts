// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RecipePageSchema } from '../model/recipe';
import { nextPageUrl } from './next-page';

const page = (history: object) => RecipePageSchema.parse({ id: 'p', match: '.*', history, note: { root: 'tr', fields: { text: { selector: 'td' }, careAt: { selector: 'td' }, residentName: { selector: 'h1' } } } });

describe('the next page for a history capture', () => {
  it('follows the next-page link, relative to the page', () => {
    document.body.innerHTML = '<nav><a rel="next" href="?page=3&per=50">Next</a></nav>';
    expect(nextPageUrl(document, page({ nextPage: 'a[rel="next"]' }), 'https://care.example/r/R1/notes?page=2')).toBe('https://care.example/r/R1/notes?page=3&per=50');
  });

  it('stops at the last page, where the link is gone', () => {
    document.body.innerHTML = '<nav><span>Page 44 of 44</span></nav>';
    expect(nextPageUrl(document, page({ nextPage: 'a[rel="next"]' }), 'https://care.example/r/R1/notes?page=44')).toBeUndefined();
  });

  it('fills a URL template with the next page number', () => {
    expect(nextPageUrl(document, page({ urlTemplate: '?page={page}' }), 'https://care.example/r/R1/notes?page=4', 4)).toBe('https://care.example/r/R1/notes?page=5');
  });

  it('refuses a history setting that says neither', () => {
    expect(RecipePageSchema.safeParse({ id: 'p', match: '.*', history: {}, note: { root: 'tr', fields: { text: { selector: 'td' }, careAt: { selector: 'td' }, residentName: { selector: 'h1' } } } }).success).toBe(false);
  });
});
