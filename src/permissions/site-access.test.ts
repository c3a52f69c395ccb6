import { describe, expect, it } from 'vitest';
import { accessOf, originsToRelease, releaseAccess, type PermissionsApi } from './site-access';

function fakeApi(granted: string[]): PermissionsApi & { granted: Set<string> } {
  const set = new Set(granted);
  return {
    granted: set,
    contains: async ({ origins }) => origins.every((o) => set.has(o)),
    request: async ({ origins }) => (origins.forEach((o) => set.add(o)), true),
    remove: async ({ origins }) => (origins.forEach((o) => set.delete(o)), true),
  };
}

describe('site access per recipe', () => {
  it('says whether a recipe can read all, some or none of its origins', async () => {
    const api = fakeApi(['https://a.example/*']);
    expect(await accessOf(api, { origins: ['https://a.example/*'] })).toBe('granted');
    expect(await accessOf(api, { origins: ['https://a.example/*', 'https://b.example/*'] })).toBe('partly');
    expect(await accessOf(api, { origins: ['https://b.example/*'] })).toBe('none');
  });

  it('gives back only the origins no recipe that is still on needs', async () => {
    const off = { id: 'mine', origins: ['https://a.example/*', 'https://b.example/*'] };
    const on = [{ id: 'other', origins: ['https://b.example/*'] }, off];
    expect(originsToRelease(off, on)).toEqual(['https://a.example/*']);
    const api = fakeApi(['https://a.example/*', 'https://b.example/*']);
    await releaseAccess(api, originsToRelease(off, on));
    expect([...api.granted]).toEqual(['https://b.example/*']);
  });

  it('carries on when the browser refuses to remove an origin granted at install', async () => {
    const api = { remove: async () => Promise.reject(new Error('You cannot remove required permissions.')) };
    await expect(releaseAccess(api, ['http://127.0.0.1/*'])).resolves.toBeUndefined();
  });
});
