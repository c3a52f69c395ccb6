/**
 * Vendor "Willow", server side: the SPA shell, its static files and its own JSON API. The
 * extension never calls the API; it reads the cards the app renders. The API answers after a
 * small delay so content really appears later than page load, as in real single-page apps.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CareIndex } from './care-index';
import type { Note } from './generator/index';

export const WILLOW_DEFAULT_LIMIT = 30;
export const WILLOW_MAX_LIMIT = 100;

const STATIC_DIR = fileURLToPath(new URL('./willow/', import.meta.url));
/** Only these files are served; anything else that looks like a file is a 404. */
const STATIC_FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'render.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

export interface Reply {
  status: number;
  type: string;
  body: string;
  delay?: boolean;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
  delay: true,
});

export const WILLOW_SHELL = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Willow Care</title>
<link rel="stylesheet" href="/willow/style.css">
</head>
<body>
<div class="wl-topbar"><a class="wl-brand" href="/willow/">Willow<span>Care</span></a><span class="wl-demo">Synthetic demo data</span></div>
<main id="app" aria-busy="true"><p class="wl-message">Loading&hellip;</p></main>
<script type="module" src="/willow/app.js"></script>
</body>
</html>
`;

export async function willowStatic(name: string): Promise<Reply | undefined> {
  const type = STATIC_FILES[name];
  if (!type) return undefined;
  return { status: 200, type, body: await readFile(STATIC_DIR + name, 'utf8') };
}

function noteJson(index: CareIndex, n: Note) {
  const author = index.staff.get(n.authorId);
  return {
    id: n.id,
    careAt: n.careAt,
    writtenAt: n.writtenAt,
    category: n.category,
    unit: n.unit,
    text: n.text,
    author: { name: author?.name ?? 'Unknown', role: author?.role ?? '' },
  };
}

const intParam = (raw: string | null, fallback: number): number | undefined => {
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
};

/** Answers `/willow/api/...` (`path` is what follows `/willow/api`); unknown paths get a JSON 404. */
export function willowApi(index: CareIndex, path: string, query: URLSearchParams): Reply {
  if (path === '/residents') {
    return json(200, index.data.residents.map((r) => ({ id: r.id, name: r.name, unit: r.unit })));
  }
  const m = /^\/residents\/([^/]+)(\/notes|\/care-plan)?$/.exec(path);
  const resident = m ? index.residents.get(decodeURIComponent(m[1] ?? '')) : undefined;
  if (!m || !resident) return json(404, { error: 'not found' });
  const head = { id: resident.id, name: resident.name, unit: resident.unit };

  if (m[2] === undefined) return json(200, head);
  if (m[2] === '/notes') {
    const offset = intParam(query.get('offset'), 0);
    const limit = intParam(query.get('limit'), WILLOW_DEFAULT_LIMIT);
    if (offset === undefined || limit === undefined || limit < 1 || limit > WILLOW_MAX_LIMIT) {
      return json(400, { error: `offset must be >= 0 and limit 1-${WILLOW_MAX_LIMIT}` });
    }
    const all = index.notesNewestFirst.get(resident.id) ?? [];
    return json(200, {
      resident: head,
      total: all.length,
      offset,
      limit,
      notes: all.slice(offset, offset + limit).map((n) => noteJson(index, n)),
    });
  }
  const plan = index.carePlans.get(resident.id);
  return json(200, {
    resident: head,
    sections: (plan?.sections ?? []).map((s) => ({
      key: s.key,
      name: s.name,
      lastUpdated: s.lastUpdated,
      reviewDue: s.reviewDue,
      ...(s.changeInNeed !== undefined ? { changeInNeed: s.changeInNeed } : {}),
    })),
  });
}
