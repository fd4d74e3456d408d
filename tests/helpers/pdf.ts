import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * The backend's `printPdf` as played by real Chromium (Debian's, as in the e2e harness) where Electron
 * cannot run: the HTML is set as a page's content and printed to A4 with its backgrounds, the same
 * options electron/pdf.ts gives Electron's printToPDF. One browser per document, closed afterwards.
 */
export async function chromiumPrintPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  } finally {
    await browser.close();
  }
}

// Exported PDFs are read back with unpdf (pdf.js, JavaScript only), so the tests need no poppler.

/** The PDF's text, every page, lines in reading order. */
export async function pdfText(file: string): Promise<string> {
  const { text } = await extractText(new Uint8Array(await readFile(file)), { mergePages: true });
  return text;
}

/** Each page's size in millimetres, rounded (A4 is 210 × 297). */
export async function pdfPageSizes(file: string): Promise<Array<{ width: number; height: number }>> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  try {
    const sizes = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 }); // in points: 1/72 inch
      sizes.push({ width: Math.round((width * 25.4) / 72), height: Math.round((height * 25.4) / 72) });
    }
    return sizes;
  } finally {
    await pdf.loadingTask.destroy();
  }
}
