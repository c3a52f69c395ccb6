/// <reference types="chrome" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(process.env.RECORD_LENS_EXTENSION_DIR ?? '.output/test/chrome-mv3');

/** Debian's Chromium: branded Chrome ignores --load-extension, and nothing can be downloaded here. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) {
    throw new Error(`Chromium not found at ${p}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return p;
}

/** Flags every test browser gets, with or without the extension (the benchmark compares both). */
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded, in a fresh profile (fresh IndexedDB).
 * Waits until the background has registered the capture script for the demo origins.
 */
export async function launchExtension(opts: { headless?: boolean; userDataDir?: string } = {}): Promise<LaunchedExtension> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build:test" first.`);
  }
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    headless: opts.headless ?? true,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...BROWSER_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The worker is reported before its script has run; a page loaded before then would not be read
  // (in use, the extension is installed long before the care system is opened).
  if (!(await worker.evaluate('chrome.tabs.onUpdated.hasListeners()'))) {
    throw new Error('The background did not start listening for loaded pages.');
  }
  return { context, worker, extensionId, close: () => context.close() };
}

/** The browser's id of the tab showing this URL (the side panel is pinned to it in tests). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}
