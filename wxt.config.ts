import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The demo/test build pre-grants the loopback demo care system so Playwright never meets a native
 * permission prompt. The production build asks for each care-system origin at run time.
 */
const demoBuild = process.env.RECORD_LENS_DEMO === '1';
const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Kept apart so a demo build can never be zipped or loaded by mistake as the production one.
  outDir: demoBuild ? '.output/test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox reviewers get the sources; never the demo's screenshots or test output.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'bench-output/**', 'playwright-report/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Record Lens',
    description:
      'Shows whether care records are getting better: reads your care system pages on this device only.',
    // Least access: no host permissions at install; each care-system origin is asked for.
    permissions: [
      'unlimitedStorage',
      'scripting',
      // Lets "Teach this page" reach the tab the user is on, only after they click Record Lens.
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['*://*/*'],
    ...(demoBuild ? { host_permissions: DEMO_ORIGINS } : {}),
    // No ids: other extensions and web pages cannot message Record Lens.
    externally_connectable: browser === 'firefox' ? undefined : { ids: [] },
    action: { default_title: 'Record Lens' },
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
