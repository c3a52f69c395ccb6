/**
 * The demo care system: one Node `http` server on loopback serving imitation vendors
 * (Harbour, server-rendered; Willow, a single-page app; Meadow, notes in an iframe, taught by pointing) over one set of synthetic records,
 * generated in memory at start. Used by end-to-end tests and `npm run demo`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STORY } from './story';
import { generateCareData, type CareData } from './generator/index';
import { indexCareData, type CareIndex } from './care-index';
import { indexPage, notFoundPage } from './html';
import { auditsPage, carePlanPage, notesPage, residentsPage } from './harbour';
import { WILLOW_SHELL, willowApi, willowStatic, type Reply } from './willow-server';
import { meadowRoute } from './meadow';

export interface CareSystemOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: number;
  /** The instant the story ends at; default Date.now(). */
  now?: number;
  /** Edit the generated data before serving, e.g. to inject hostile note text in a test. */
  mutate?: (data: CareData) => void;
  /**
   * Rewrite a page or script as it is served: how a test makes the care system "change" (a renamed
   * class, a date the recipe cannot read) without a second copy of the vendor.
   */
  rewrite?: (path: string, body: string) => string;
  /** Willow API delay range in ms (default 50-150); { min: 0, max: 0 } for fast unit tests. */
  apiDelayMs?: { min: number; max: number };
}

export interface CareSystem {
  /** e.g. "http://127.0.0.1:4810" (no trailing slash). */
  url: string;
  port: number;
  data: CareData;
  close(): Promise<void>;
}

const html = (status: number, body: string): Reply => ({ status, type: 'text/html; charset=utf-8', body });
const redirect = (location: string): Reply & { location: string } => ({ ...html(302, ''), location });

async function route(index: CareIndex, url: URL): Promise<Reply & { location?: string }> {
  const path = url.pathname;
  if (path === '/') return html(200, indexPage());

  if (path === '/harbour' || path === '/harbour/') return redirect('/harbour/residents');
  if (path === '/harbour/residents') return html(200, residentsPage(index));
  if (path === '/harbour/audits') return html(200, auditsPage(index));
  const notes = /^\/harbour\/residents\/([^/]+)\/notes$/.exec(path);
  if (notes) {
    const raw = url.searchParams.get('page');
    const page = raw === null ? 1 : /^\d+$/.test(raw) ? Number(raw) : NaN;
    const per = url.searchParams.has('per') ? Number(url.searchParams.get('per')) : undefined;
    const body = notesPage(index, decodeURIComponent(notes[1] ?? ''), page, per);
    return body ? html(200, body) : html(404, notFoundPage(path));
  }
  const plan = /^\/harbour\/residents\/([^/]+)\/care-plan$/.exec(path);
  if (plan) {
    const body = carePlanPage(index, decodeURIComponent(plan[1] ?? ''));
    return body ? html(200, body) : html(404, notFoundPage(path));
  }

  if (path === '/willow') return redirect('/willow/');
  if (path.startsWith('/willow/api/')) return willowApi(index, path.slice('/willow/api'.length), url.searchParams);
  if (path.startsWith('/willow/')) {
    const rest = path.slice('/willow/'.length);
    // A file-like last segment is a static asset (or a 404); everything else is an app route.
    if (/\.[a-z0-9]+$/i.test(rest)) return (await willowStatic(rest)) ?? html(404, notFoundPage(path));
    return html(200, WILLOW_SHELL);
  }

  if (path === '/meadow') return redirect('/meadow/');
  if (path.startsWith('/meadow/')) return meadowRoute(index, url);
  return html(404, notFoundPage(path));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startCareSystem(opts: CareSystemOptions = {}): Promise<CareSystem> {
  const data = generateCareData({ seed: opts.seed ?? STORY.seed, now: opts.now ?? Date.now() });
  opts.mutate?.(data);
  const index = indexCareData(data);
  const delay = opts.apiDelayMs ?? { min: 50, max: 150 };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let reply: Reply & { location?: string };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply = { status: 405, type: 'text/plain; charset=utf-8', body: 'Method not allowed' };
    } else {
      try {
        reply = await route(index, url);
      } catch (err) {
        reply = { status: 500, type: 'text/plain; charset=utf-8', body: `Server error: ${String(err)}` };
      }
    }
    if (opts.rewrite && /^(text\/html|text\/javascript|application\/javascript)/.test(reply.type)) {
      reply = { ...reply, body: opts.rewrite(url.pathname, reply.body) };
    }
    if (reply.delay && delay.max > 0) await sleep(delay.min + Math.random() * (delay.max - delay.min));
    res.writeHead(reply.status, {
      'Content-Type': reply.type,
      'Content-Length': Buffer.byteLength(reply.body),
      // Always fresh: tests change data between runs and the extension must see each page as served.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(reply.location ? { Location: reply.location } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    data,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
