/**
 * `npm run care-system`: serve the demo care system on PORT (default 4810) until interrupted.
 * SEED and NOW (epoch ms or an ISO date) override the story's seed and end instant.
 */
import { startCareSystem } from './server';

const port = Number(process.env.PORT ?? 4810);
const seed = process.env.SEED ? Number(process.env.SEED) : undefined;
const now = process.env.NOW ? (/^\d+$/.test(process.env.NOW) ? Number(process.env.NOW) : Date.parse(process.env.NOW)) : undefined;

const started = Date.now();
const system = await startCareSystem({ port, seed, now });
console.log(`Demo care system: ${system.url}/  (${system.data.notes.length} notes, ready in ${Date.now() - started} ms)`);
console.log(`  Harbour: ${system.url}/harbour/residents`);
console.log(`  Willow:  ${system.url}/willow/`);

const stop = (): void => {
  system.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
