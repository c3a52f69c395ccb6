import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const run = (args: string[]) => {
  const r = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const manifest = async (dir: string) => JSON.parse(await readFile(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/**
 * The packages a provider's IT (or a store) is given, made by the same commands the README names,
 * from the same code: Chrome and Edge share one package (side panel), Firefox has its own (sidebar).
 */
test('npm run zip makes the Chrome/Edge and Firefox packages, and Mozilla\'s web-ext lint finds no error in the Firefox one', async () => {
  test.setTimeout(300_000);
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const args of [['wxt', 'zip'], ['wxt', 'zip', '-b', 'firefox', '--mv3']]) {
    const built = run(args);
    expect(built.code, `${args.join(' ')}\n${built.err}`).toBe(0);
  }
  for (const file of [`record-lens-${version}-chrome.zip`, `record-lens-${version}-firefox.zip`, `record-lens-${version}-sources.zip`]) {
    expect((await stat(path.join(ROOT, '.output', file))).size, file).toBeGreaterThan(10_000);
  }

  // The browser differences, in the packages themselves: the side panel is Firefox's sidebar.
  const chrome = await manifest('chrome-mv3');
  const firefox = await manifest('firefox-mv3');
  expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(chrome.permissions).toContain('sidePanel');
  expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(firefox.permissions).not.toContain('sidePanel');
  // Production packages ask for no site at install, on either browser.
  for (const m of [chrome, firefox]) expect(m.host_permissions ?? []).toEqual([]);

  const lint = run(['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input']);
  const report = JSON.parse(lint.out) as { errors: { code: string; message: string }[]; summary: { errors: number } };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
