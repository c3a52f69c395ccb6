/**
 * Chrome's match-pattern test, so a recipe's `origins` mean the same thing to us as to the
 * browser that grants host access. A pattern without a port matches every port, as in Chrome.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/.exec(pattern);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  return globToRegExp(path).test(parsed.pathname + parsed.search);
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** The origin a pattern asks access for, as `permissions.request` wants it. */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return ['http:', 'https:'].includes(u.protocol) ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
