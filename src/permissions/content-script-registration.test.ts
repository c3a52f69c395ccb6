import { describe, expect, it } from 'vitest';
import { builtinRecipes } from '../recipes/builtin';
import { CONTENT_SCRIPT_ID, LOADER_FILE, syncContentScripts, type RegistrationApi } from './content-script-registration';

function fakeApi(granted: string[]) {
  const registered = new Map<string, string[]>();
  const files = new Map<string, string[]>();
  const api: RegistrationApi = {
    containsOrigin: async (o) => granted.includes(o),
    getRegistered: async () => [...registered.keys()].map((id) => ({ id })),
    register: async (s) => void (registered.set(s.id, s.matches), files.set(s.id, s.js)),
    unregister: async (ids) => ids.forEach((id) => registered.delete(id)),
  };
  return { api, registered, files };
}

describe('content scripts follow granted access', () => {
  it('registers for granted recipe origins only', async () => {
    const { api, registered, files } = fakeApi(['http://127.0.0.1/*']);
    expect(await syncContentScripts(api, builtinRecipes)).toEqual(['http://127.0.0.1/*']);
    expect(registered.get(CONTENT_SCRIPT_ID)).toEqual(['http://127.0.0.1/*']);
    // Only the small loader runs before the page's load; it asks for the capture script after.
    expect(files.get(CONTENT_SCRIPT_ID)).toEqual([LOADER_FILE]);
  });

  it('registers nothing without access, and removes the script when access is revoked', async () => {
    const granted = ['http://127.0.0.1/*'];
    const { api, registered } = fakeApi(granted);
    await syncContentScripts(api, builtinRecipes);
    granted.length = 0;
    expect(await syncContentScripts(api, builtinRecipes)).toEqual([]);
    expect(registered.size).toBe(0);
  });
});
