import { describe, expect, it } from 'vitest';
import { builtinRecipes } from '../recipes/builtin';
import { grantedRecipeOrigins, injectIfGranted, injectIntoOpenTabs, type InjectionApi } from './capture-injection';

const DEMO_PAGE = 'http://127.0.0.1:4173/harbour/residents/R010/notes';

function fakeApi(granted: string[], failFor: number[] = []) {
  const injected: number[] = [];
  const api: InjectionApi = {
    containsOrigin: async (o) => granted.includes(o),
    inject: async (tabId) => {
      if (failFor.includes(tabId)) throw new Error('No tab with id');
      injected.push(tabId);
    },
  };
  return { api, injected };
}

describe('the capture script goes only where access was granted', () => {
  it('injects into a loaded page of a granted recipe origin', async () => {
    const { api, injected } = fakeApi(['http://127.0.0.1/*']);
    expect(await injectIfGranted(api, builtinRecipes, { id: 7, url: DEMO_PAGE })).toBe(true);
    expect(injected).toEqual([7]);
  });

  it('injects nothing without the grant, on other sites, or without a URL', async () => {
    const { api, injected } = fakeApi([]);
    expect(await injectIfGranted(api, builtinRecipes, { id: 7, url: DEMO_PAGE })).toBe(false);
    const granted = fakeApi(['http://127.0.0.1/*']);
    expect(await injectIfGranted(granted.api, builtinRecipes, { id: 8, url: 'https://example.org/notes' })).toBe(false);
    // The browser leaves out the URL of a tab on an origin we may not read.
    expect(await injectIfGranted(granted.api, builtinRecipes, { id: 9 })).toBe(false);
    expect(await injectIfGranted(granted.api, [], { id: 10, url: DEMO_PAGE })).toBe(false);
    expect([...injected, ...granted.injected]).toEqual([]);
  });

  it('a tab that closed before injection is skipped without an error', async () => {
    const { api } = fakeApi(['http://127.0.0.1/*'], [7]);
    expect(await injectIfGranted(api, builtinRecipes, { id: 7, url: DEMO_PAGE })).toBe(false);
  });

  it('after a grant, the open care-system tabs start being read; others are left alone', async () => {
    const { api, injected } = fakeApi(['http://127.0.0.1/*']);
    const tabs = [{ id: 1, url: DEMO_PAGE }, { id: 2, url: 'https://news.example/' }, { id: 3 }, { id: 4, url: `${DEMO_PAGE}?page=2` }];
    expect(await injectIntoOpenTabs(api, builtinRecipes, tabs)).toEqual([1, 4]);
    expect(injected).toEqual([1, 4]);
  });

  it('reports the granted recipe origins, once each', async () => {
    const { api } = fakeApi(['http://127.0.0.1/*']);
    expect(await grantedRecipeOrigins(api, builtinRecipes)).toEqual(['http://127.0.0.1/*']);
    expect(await grantedRecipeOrigins(fakeApi([]).api, builtinRecipes)).toEqual([]);
  });
});
