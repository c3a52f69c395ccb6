/**
 * Pins what Record Lens asks the browser for (README "Permissions it asks for, and why").
 * A new permission, host access, web-accessible file, static content script or a looser CSP
 * fails here: such a change must be deliberate, and listed in the README in the same commit.
 * Reads the manifest from wxt.config.ts (no build needed); `tests/e2e/no-network.spec.ts` checks
 * the built one, with what WXT adds.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const DELIBERATE =
  'What Record Lens asks the browser for must change only deliberately: update this pin AND the README ' +
  'table "Permissions it asks for, and why" in the same commit';

type Browser = 'chrome' | 'firefox';

/** The manifest wxt.config.ts gives for one browser, production or the demo/test build. */
async function manifestFor(browser: Browser, { demo = false, command = 'build' as 'build' | 'serve' } = {}) {
  vi.resetModules();
  vi.stubEnv('RECORD_LENS_DEMO', demo ? '1' : '0'); // read once when wxt.config.ts loads
  const { default: config } = await import('../wxt.config');
  const manifest = config.manifest;
  const env = { browser, command, mode: 'production', manifestVersion: 3 as const };
  return (typeof manifest === 'function' ? await manifest(env) : await manifest) as Record<string, unknown>;
}

const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PINNED: Record<Browser, { permissions: string[]; keys: string[] }> = {
  chrome: {
    permissions: ['unlimitedStorage', 'scripting', 'activeTab', 'storage', 'sidePanel'],
    keys: ['action', 'content_security_policy', 'description', 'externally_connectable', 'name', 'optional_host_permissions', 'permissions'],
  },
  firefox: {
    permissions: ['unlimitedStorage', 'scripting', 'activeTab', 'storage'],
    keys: ['action', 'browser_specific_settings', 'content_security_policy', 'description', 'name', 'optional_host_permissions', 'permissions'],
  },
};

const definedKeys = (m: Record<string, unknown>) => Object.keys(m).filter((k) => m[k] !== undefined).sort();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks for exactly the pinned permissions, and no host access at install', async () => {
    const m = await manifestFor(browser);
    expect(m.permissions, DELIBERATE).toEqual(PINNED[browser].permissions);
    expect(m.optional_host_permissions, DELIBERATE).toEqual(['*://*/*']);
    expect(m.host_permissions, `${DELIBERATE}. The production build never pre-grants a site`).toBeUndefined();
  });

  it('has no other keys: no web-accessible resources, no static content scripts, no commands or pages', async () => {
    const m = await manifestFor(browser);
    expect(definedKeys(m), DELIBERATE).toEqual(PINNED[browser].keys);
    expect(m.web_accessible_resources, 'Web-accessible resources let any page fingerprint Record Lens').toBeUndefined();
    expect(m.content_scripts, 'The capture script is injected into loaded pages of granted origins at run time, never declared in the manifest').toBeUndefined();
  });

  it('sets the strict CSP for extension pages and the service worker', async () => {
    const m = await manifestFor(browser);
    expect(m.content_security_policy, `${DELIBERATE}; the CSP is explained there too`).toEqual({ extension_pages: CSP });
    const directives = new Map(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  it('the demo/test build adds only the loopback demo care system', async () => {
    const m = await manifestFor(browser, { demo: true });
    expect(m.host_permissions, DELIBERATE).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(m.permissions, DELIBERATE).toEqual(PINNED[browser].permissions);
    expect(definedKeys(m)).toEqual([...PINNED[browser].keys, 'host_permissions'].sort());
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  });
});

it('Chrome: externally_connectable has no ids, so no other extension or web page can message Record Lens', async () => {
  expect((await manifestFor('chrome')).externally_connectable, DELIBERATE).toEqual({ ids: [] });
});

it('Firefox: declares that no data is collected', async () => {
  const m = (await manifestFor('firefox')) as { browser_specific_settings: { gecko: Record<string, unknown> } };
  expect(m.browser_specific_settings.gecko.data_collection_permissions, DELIBERATE).toEqual({ required: ['none'] });
});

it('only the dev server (`wxt`, live reload from localhost) runs under the browser default CSP', async () => {
  expect((await manifestFor('chrome', { command: 'serve' })).content_security_policy).toBeUndefined();
});

it('every content script is registered at run time, so WXT writes none into the manifest', () => {
  const dir = path.resolve('entrypoints');
  const contentEntries = readdirSync(dir)
    .filter((name) => name === 'content' || name.endsWith('.content') || /\.content\.tsx?$/.test(name) || /^content\.tsx?$/.test(name))
    .map((name) => (existsSync(path.join(dir, name, 'index.ts')) ? path.join(dir, name, 'index.ts') : path.join(dir, name)));
  expect(contentEntries.length).toBeGreaterThan(0);
  for (const file of contentEntries) {
    expect(readFileSync(file, 'utf8'), `${path.relative(process.cwd(), file)}: ${DELIBERATE}`).toMatch(/registration:\s*'runtime'/);
  }
});
