// npm run screenshots
// The README's screenshots, taken the way the end-to-end tests run the app: the built renderer in Debian's
// Chromium with the real backend bound as window.callReview (tests/e2e/harness.ts), on a fresh library
// that gets the demo call on its first run. Writes docs/screenshots/{library,review,scorecard,reps}.png
// at 1280×800, and chains.png (the Review view's chains panel alone).
import '../bench/review/shim'; // lets the harness run under tsx
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { DEMO_CALL_ID } from '../shared/domain/call';
import { buildRenderer, startHarness, type Harness } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');

/** Saves the window (or one element of it) as docs/screenshots/<name>.png. */
async function shoot(h: Harness, name: string, element?: Locator): Promise<void> {
  // Fonts and the waveform settle after the data is there; a moment's pause keeps them out of the picture.
  await h.page.evaluate(() => document.fonts.ready);
  await h.page.waitForTimeout(500);
  const path = join(OUT, `${name}.png`);
  await (element ?? h.page).screenshot({ path });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await startHarness(buildRenderer(), { demoDir: join(ROOT, 'resources', 'demo') });
  try {
    const { page } = h;
    await page.getByTestId('call-row').first().waitFor();
    await shoot(h, 'library');

    await page.getByTestId('call-row').first().getByTestId('call-title').locator('a').click();
    await page.getByTestId('chains-panel').getByTestId('chain').first().waitFor();
    await page.getByTestId('turn').first().waitFor();
    // The transcript scrolled to the chain's first quote (the symptom at 0:33), so its tagged turns show.
    const symptom = page.getByTestId('turn').filter({ hasText: 'my reps waste' }).first();
    await symptom.evaluate((turn) => {
      const scroller = turn.closest('[data-testid="turns-scroll"]')!;
      scroller.scrollTop += turn.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    });
    await shoot(h, 'review');
    // The chains panel on its own (it sits below the fold of the side column).
    await shoot(h, 'chains', page.getByTestId('chains-panel'));

    await page.goto(`${h.url}#/calls/${encodeURIComponent(DEMO_CALL_ID)}/scorecard`);
    await page.getByTestId('scorecard-section').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0)); // a route change keeps the page's scroll
    await shoot(h, 'scorecard');

    await page.goto(`${h.url}#/reps`);
    await page.getByTestId('rep-link').first().click();
    await page.getByTestId('rep-call-row').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(h, 'reps');

    if (h.errors.length > 0) throw new Error(`the page reported errors:\n${h.errors.join('\n')}`);
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
