import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** Chromium's own print engine, on the exported document's A4 pages with its colours. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true } as const;

/**
 * HTML to PDF in a window nobody sees. The window can only lay the document out: sandboxed, isolated,
 * no preload, no Node, JavaScript off. The HTML is loaded from a temporary file rather than a data: URL,
 * which Chromium refuses beyond 2 MB (a long call's scorecard can get there). The window and the file are
 * gone afterwards, whether printing worked or not.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'call-review-pdf-'));
  let win: BrowserWindow | null = null;
  try {
    const file = join(dir, 'scorecard.html');
    await writeFile(file, html, 'utf8');
    win = new BrowserWindow({
      show: false,
      // A4 at 96 dpi, so anything sized to the viewport matches the page.
      width: 794,
      height: 1123,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        javascript: false,
        // Nothing here is clicked, but no middle-click may open a window from a printed page either.
        disableBlinkFeatures: 'Auxclick',
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
      },
    });
    await win.loadFile(file);
    return await win.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    if (win && !win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
