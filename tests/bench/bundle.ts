import { build } from 'esbuild';

/** One benchmark probe as a self-contained script string for page.evaluate / addScriptTag. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}
