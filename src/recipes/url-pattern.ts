/**
 * The recipe page pattern for a URL the user taught on: the same path, with every segment that
 * names one record (an id with digits, a UUID, a long hex) allowed to vary. `/people/R001/journal`
 * → `^/people/[^/]+/journal/?$`. The query is left out: it usually holds page numbers or dates.
 */
export function urlPatternFor(url: string): string {
  const path = new URL(url).pathname;
  const parts = path.split('/').map((segment) => {
    if (!segment) return segment;
    if (/\d/.test(segment) || /^[0-9a-f-]{16,}$/i.test(segment)) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  const body = parts.join('/').replace(/\/$/, '');
  return `^${body || ''}/?$`;
}
