import { londonDayKey } from '../extract/dates/london-time';

/**
 * Saves text as a file through an `<a download>` link on a Blob, so exporting needs no
 * "downloads" permission. The object URL is released once the browser has taken the file.
 */
export function downloadText(filename: string, text: string, doc: Document = document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-11-23" in UK time, for file names people sort by date. */
export const fileDay = (ms: number) => londonDayKey(ms);
