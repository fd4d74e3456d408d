import { chromium } from 'playwright-core';

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
