/**
 * HTML helpers for the server-rendered pages. Every piece of data goes through `escapeHtml`:
 * note text is free text typed by carers, and later tests inject hostile text on purpose.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A tagged template that escapes every interpolated value unless it is already `SafeHtml`. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[] | null | undefined | false;

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    if (v instanceof SafeHtml) out += v.html;
    else if (Array.isArray(v)) out += v.map((x: SafeHtml) => x.html).join('\n');
    else if (v !== null && v !== undefined && v !== false) out += escapeHtml(v as string | number);
    out += strings[i + 1] ?? '';
  });
  return new SafeHtml(out);
}

/** The index page at "/": one link per vendor. */
export function indexPage(): string {
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Record Lens demo care systems</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}
li{margin:.5rem 0}small{color:#666}</style></head>
<body>
<h1>Demo care systems</h1>
<p>Synthetic records for Record Lens tests and demos. No real people.</p>
<ul class="vendors">
  <li><a class="vendor-link" data-vendor="harbour" href="/harbour/residents">Harbour Care Records</a> <small>server-rendered pages, 50 notes a page</small></li>
  <li><a class="vendor-link" data-vendor="willow" href="/willow/">Willow Care</a> <small>single-page app, cards that load as you scroll</small></li>
</ul>
<h2>Without a built-in recipe</h2>
<p>Teach Record Lens these by pointing and clicking.</p>
<ul class="vendors-untaught">
  <li><a class="untaught-vendor-link" data-vendor="meadow" href="/meadow/">Meadow Care Manager</a> <small>older intranet pages, notes in an embedded frame</small></li>
</ul>
</body></html>`.html;
}

export function notFoundPage(path: string): string {
  return html`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Not found</title></head>
<body><h1>Not found</h1><p>There is no page at <code>${path}</code>.</p><p><a href="/">Back to the demo care systems</a></p></body></html>`.html;
}
