/**
 * A stored page address, only when it is an http(s) one. Addresses are checked when a capture
 * arrives; this second check covers records stored before that check existed, so a `javascript:`
 * address can never become a link or a tab.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
