import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The demo/test build pre-grants the loopback demo care system so Playwright never meets a native
 * permission prompt. The production build asks for each care-system origin at run time.
 */
const demoBuild = process.env.RECORD_LENS_DEMO === '1';
const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The extension pages' (and service worker's) Content Security Policy, stricter than the browser's
 * MV3 default (`script-src 'self' 'wasm-unsafe-eval'; object-src 'self'`): only our own packaged
 * files run or load, nothing can be fetched from anywhere else, and no page can frame ours.
 * `src/manifest.test.ts` pins it; `tests/e2e/no-network.spec.ts` proves the product runs under it.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'", // no eval, no inline scripts, no remote code (zod runs jitless: src/messaging/zod-setup.ts)
  "object-src 'none'",
  "style-src 'self'", // bundled CSS files; Preact and uPlot set styles through the CSSOM, which CSP allows
  "img-src 'self' data: blob:", // data:/blob: are made on this device and cannot carry anything away
  "connect-src 'self'", // fetch, XHR, WebSocket, sendBeacon: nowhere but our own files
  "frame-src 'none'",
  "frame-ancestors 'none'", // no web page can frame a Record Lens page (clickjacking)
  "base-uri 'none'",
  "form-action 'none'", // forms are handled in script and never submitted anywhere
].join('; ');

export default defineConfig({
  // Kept apart so a demo build can never be zipped or loaded by mistake as the production one.
  outDir: demoBuild ? '.output/test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox reviewers get the sources; never the demo's screenshots or test output.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'bench-output/**', 'playwright-report/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, command }) => ({
    name: 'Record Lens',
    description:
      'Shows whether care records are getting better: reads your care system pages on this device only.',
    // Least access: no host permissions at install; each care-system origin is asked for.
    permissions: [
      'unlimitedStorage',
      'scripting',
      // Lets "Teach this page" reach the tab the user is on, only after they click Record Lens.
      'activeTab',
      // storage.session only: the lock's key while unlocked (src/store/lock/session-key.ts) and the key of
      // the note last picked in each tab's page (src/messaging/picked-note.ts); memory only.
      'storage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['*://*/*'],
    ...(demoBuild ? { host_permissions: DEMO_ORIGINS } : {}),
    // No ids: other extensions and web pages cannot message Record Lens.
    externally_connectable: browser === 'firefox' ? undefined : { ids: [] },
    action: { default_title: 'Record Lens' },
    // `wxt` (dev server) loads pages from localhost with live reload, which this policy forbids:
    // only the dev server runs under the browser's default. Every build (store, demo, test) is strict.
    ...(command === 'serve' ? {} : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'record-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
