import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { harnessForFile } from './reviewCall';

let h: Harness;
harnessForFile('about', (started) => (h = started));
const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('Help → About Call Review (real renderer, real backend)', () => {
  it('opens a dialog with the app version and the licences of what is bundled, and closes on Escape', async () => {
    await h.page.getByTestId('library-view').waitFor();
    await h.page.evaluate(() =>
      (window as unknown as { __callReviewEvent: (e: string, p: unknown) => void }).__callReviewEvent('app:command', { command: 'about' }),
    );
    const dialog = h.page.getByTestId('about-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('about-version').textContent()).toBe(`Version ${version}`);
    const licences = dialog.getByTestId('about-licences').locator('li');
    expect(await licences.filter({ hasText: 'whisper.cpp and ggml' }).textContent()).toContain('MIT');
    expect(await licences.filter({ hasText: '3D-Speaker CAM++' }).textContent()).toContain('Apache-2.0');
    expect(await licences.filter({ hasText: 'SQLite' }).first().textContent()).toContain('Public domain');
    expect(await dialog.textContent()).toContain('THIRD_PARTY_LICENSES.txt');
    await h.page.screenshot({ path: join(__dirname, '../../test-results/about.png') });

    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(h.errors).toEqual([]);
  });
});
