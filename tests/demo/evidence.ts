import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Opens the evidence pack from the side panel, saves it as an A4 PDF (what "Save as PDF" gives)
 * and, where pdftoppm is installed, renders its first pages to PNG so the PDF can be looked at.
 */
export async function saveEvidencePack(panel: Page, out: string): Promise<string> {
  const [pack] = await Promise.all([panel.context().waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  await pack.getByTestId('evidence-pack').waitFor();
  await pack.getByTestId('pack-sources').waitFor();
  const pdf = path.join(out, 'evidence-pack.pdf');
  await pack.pdf({ path: pdf, format: 'A4', printBackground: true });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(out, '8-evidence-pack-page')]);
  } catch {
    // No pdftoppm (poppler-utils) here: the PDF itself is still saved.
  }
  const measures = await pack.getByTestId('pack-measure').count();
  await pack.close();
  return `${measures} measures; saved ${pdf}`;
}
