// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isStableName, isStateClass, looksGenerated, usableAttributeName, usableAttributeValue } from './names';

describe('looksGenerated', () => {
  it.each([
    'css-1x2y3z', 'css-1a2b3c', 'sc-bdVaJa', 'kQkWJr', 'bdVaJa', 'jsx-123456', 'jsx-1', 'ember123',
    'ember1234', 'note-12345', 'Card__title___3xYz1', 'Home_title__3DjR7', '_title_1vmjl_5',
    'e1x2y3z0', 'svelte-1abc2d', 'makeStyles-root-12', 'jss42', 'ng-tns-c12-3',
    '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'item-7ba5bd90', 'has space', '1starts-with-digit', 'a.b',
  ])('rejects %s', (name) => expect(looksGenerated(name)).toBe(true));

  it.each([
    'note-row', 'col-date', 'wl-card', 'wl-person__name', 'wl-card__head', 'wl-card--urgent',
    'timeline', 'entry', 'MuiButton-root', 'NavBar', 'col-md-12', 'h2', 'notes', 'app', 'v2beta',
    'mp3player', 'note', 'resident-name',
  ])('accepts %s', (name) => expect(looksGenerated(name)).toBe(false));
});

describe('our own highlight names', () => {
  it('are never part of a selector', () => {
    expect(isStableName('record-lens-hit')).toBe(false);
    expect(usableAttributeName('data-record-lens-match')).toBe(false);
  });
});

describe('state classes', () => {
  it.each(['is-open', 'has-error', 'wl-card--urgent', 'selected', 'active', 'Active'])('%s is a state', (c) =>
    expect(isStateClass(c)).toBe(true));
  it.each(['wl-card', 'note-row', 'wl-person__name'])('%s is not', (c) => expect(isStateClass(c)).toBe(false));
});

describe('attributes', () => {
  it('keeps stable data-/aria- names and drops foreign or interactive ones', () => {
    for (const ok of ['data-testid', 'data-entry', 'data-section', 'aria-level', 'aria-roledescription']) {
      expect(usableAttributeName(ok)).toBe(true);
    }
    for (const no of ['data-v-7ba5bd90', 'data-reactid', 'data-record-lens-hit', 'data-gramm', 'aria-selected',
      'aria-label', 'aria-expanded', 'style', 'onclick', 'href', 'title', 'data-Upper']) {
      expect(usableAttributeName(no)).toBe(false);
    }
  });

  it('keeps short token values and drops text, ids and hashes', () => {
    for (const ok of ['note', 'resident-name', 'e-1', '12', 'care.plan']) expect(usableAttributeValue(ok)).toBe(true);
    for (const no of ['Note by Jo', '', 'a"b', '123456', 'x1y2z3a4', '3f2504e0-4f89-11d3-9a0c-0305e82c3301']) {
      expect(usableAttributeValue(no)).toBe(false);
    }
  });
});
