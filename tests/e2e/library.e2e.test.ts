import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockLibrary } from '../../electron/services/library/lock';
import { audio, tempDirs } from '../helpers/fixtures';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';

let h: Harness;
const folders = tempDirs();

beforeAll(async () => {
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    folders.cleanup();
  }
});

const rows = () => h.page.getByTestId('call-row');
const row = (title: string) => rows().filter({ has: h.page.getByTestId('call-title').getByText(title, { exact: true }) });

describe('library end to end (real renderer, real backend, Chromium)', () => {
  it('starts with an empty library', async () => {
    await h.page.getByTestId('library-view').waitFor();
    await h.page.getByTestId('library-empty').waitFor();
  });

  it('imports two recordings through the import button and lists them', async () => {
    h.dialogs.files.push([audio('jfk.wav'), audio('sales-followup-azure.wav')]);
    await h.page.getByTestId('import-button').click();
    await expect.poll(() => rows().count()).toBe(2);
    await expect.poll(() => h.page.getByTestId('call-title').allTextContents()).toEqual(expect.arrayContaining(['jfk', 'sales-followup-azure']));
    expect(await row('jfk').getByTestId('call-duration').textContent()).toBe('0:11');
    expect(await row('sales-followup-azure').getByTestId('call-duration').textContent()).toBe('2:00');
    expect(await row('jfk').getByTestId('call-status').textContent()).toMatch(/imported/i);
    await h.page.screenshot({ path: join(RESULTS, 'library.png'), fullPage: true });
  });

  it('offers to open the existing call when the same recording is imported again', async () => {
    h.dialogs.files.push([audio('jfk.wav')]);
    await h.page.getByTestId('import-button').click();
    const duplicate = h.page.locator('[data-testid="import-result"][data-kind="duplicate"]');
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toMatch(/already in your library/);
    await duplicate.getByTestId('open-existing').click();
    await h.page.getByTestId('review-view').waitFor();
    expect(await h.page.getByTestId('review-title').textContent()).toContain('jfk');
    await h.page.getByTestId('review-back').click();
    await h.page.getByTestId('library-view').waitFor();
    expect(await rows().count()).toBe(2);
  });

  it('shows a specific message for a bad file and lists nothing new', async () => {
    const bad = folders.make('bad input');
    writeFileSync(join(bad.path, 'notes.mp3'), 'not audio at all\n'.repeat(20));
    h.dialogs.files.push([join(bad.path, 'notes.mp3')]);
    await h.page.getByTestId('import-button').click();
    const failed = h.page.locator('[data-testid="import-result"][data-kind="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/notes\.mp3.*isn't a recording Call Review can read/);
    expect(await rows().count()).toBe(2);
  });

  it('a successful import’s toast goes by itself; a failure stays until closed', async () => {
    const toast = (kind: string) => h.page.locator(`[data-testid="import-result"][data-kind="${kind}"]`);
    await expect.poll(() => toast('imported').count(), { timeout: 15_000 }).toBe(0);
    expect(await toast('failed').count()).toBe(1);
  }, 20_000);

  it('renames a call inline and keeps the new title on disk', async () => {
    await row('jfk').getByTestId('rename-button').click();
    const input = h.page.getByTestId('rename-input');
    await input.fill('JFK inaugural – Müller');
    await input.press('Enter');
    await row('JFK inaugural – Müller').waitFor();
    const stored = (await h.backend.handlers['calls:list']({})).map((c) => c.title);
    expect(stored).toContain('JFK inaugural – Müller');
  });

  it('filters by title and sorts by title', async () => {
    await h.page.getByTestId('filter-input').fill('AZURE');
    await expect.poll(() => rows().count()).toBe(1);
    await h.page.getByTestId('filter-input').fill('');
    await expect.poll(() => rows().count()).toBe(2);
    await h.page.getByTestId('sort-select').selectOption('title');
    await expect.poll(() => h.page.getByTestId('call-title').allTextContents()).toEqual(['JFK inaugural – Müller', 'sales-followup-azure']);
  });

  it('opens a call: title, metadata and its audio streaming from the library', async () => {
    await row('sales-followup-azure').getByTestId('call-title').click();
    await h.page.getByTestId('review-view').waitFor();
    expect(await h.page.getByTestId('review-title').textContent()).toContain('sales-followup-azure');
    const audioEl = h.page.getByTestId('review-audio').first();
    await expect.poll(() => audioEl.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 }).toBeGreaterThan(119);
    // Seeking far into the file needs a Range request the media handler must answer.
    await audioEl.evaluate((a: HTMLAudioElement) => {
      a.muted = true;
      a.currentTime = 100;
      return a.play();
    });
    await expect.poll(() => audioEl.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(100);
    await audioEl.evaluate((a: HTMLAudioElement) => a.pause());
    await h.page.screenshot({ path: join(RESULTS, 'review.png'), fullPage: true });
    await h.page.getByTestId('review-back').click();
  });

  it('imports one call from two per-speaker tracks', async () => {
    h.dialogs.files.push([audio('service-call-track-agent.wav'), audio('service-call-track-caller.wav')]);
    await h.page.getByTestId('import-tracks-button').click();
    const dialog = h.page.getByTestId('tracks-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('tracks-pick').click();
    await expect.poll(() => dialog.getByTestId('track-speaker').count()).toBe(2);
    await dialog.getByTestId('track-speaker').nth(0).fill('Dana (agent)');
    await dialog.getByTestId('track-speaker').nth(1).fill('Caller');
    await dialog.getByTestId('tracks-title').fill('Auto repair call');
    await dialog.getByTestId('tracks-import').click();
    await row('Auto repair call').waitFor();
    expect(await row('Auto repair call').textContent()).toMatch(/Dana \(agent\).*Caller/);
  });

  it('imports a recording dropped onto the window', async () => {
    await h.dropFiles([audio('jfk.mp3')]);
    await row('jfk').waitFor();
    expect(await row('jfk').getByTestId('call-duration').textContent()).toBe('0:11');
    await row('jfk').getByTestId('delete-button').click();
    await h.page.getByTestId('confirm-ok').click();
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('switches to another library folder in Settings and back to the default', async () => {
    const other = join(folders.make('other library').path, 'Team calls');
    h.dialogs.folders.push(other);
    await h.page.getByRole('link', { name: 'Settings' }).click();
    await h.page.getByTestId('settings-view').waitFor();
    await h.page.getByRole('button', { name: 'Change folder…' }).click();
    await expect.poll(() => h.page.getByTestId('library-folder').textContent()).toBe(other);
    expect(h.backend.libraryFolder()).toBe(other);
    await h.page.getByTestId('settings-back').click();
    await h.page.getByTestId('library-empty').waitFor();
    await h.page.getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('button', { name: 'Use default folder' }).click();
    await expect.poll(() => h.page.getByTestId('library-folder').textContent()).toBe(join(h.userData, 'Library'));
    await h.page.getByTestId('settings-back').click();
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('a folder open in another Call Review opens read-only, says where, and opens fully once that one closes it', async () => {
    const shared = join(folders.make('shared library').path, 'Shared');
    mkdirSync(shared);
    const elsewhere = await lockLibrary(shared);
    if (elsewhere.kind !== 'held') throw new Error('could not hold the folder');
    h.dialogs.folders.push(shared, shared);
    await h.page.getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('button', { name: 'Change folder…' }).click();
    const banner = h.page.getByTestId('library-locked');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/open read-only.*open in Call Review on this computer \(since .+\)/);
    await elsewhere.lock.release(); // closed there
    await h.page.getByRole('button', { name: 'Change folder…' }).click(); // the same folder again tries again
    await expect.poll(() => banner.count()).toBe(0);
    await h.page.getByRole('button', { name: 'Use default folder' }).click();
    await expect.poll(() => h.page.getByTestId('library-folder').textContent()).toBe(join(h.userData, 'Library'));
    await h.page.getByTestId('settings-back').click();
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('deletes a call after confirmation and removes its folder', async () => {
    const id = await row('JFK inaugural – Müller').getAttribute('data-call-id');
    const folder = join(h.backend.libraryFolder(), 'calls', id!);
    expect(existsSync(folder)).toBe(true);
    await row('JFK inaugural – Müller').getByTestId('delete-button').click();
    await h.page.getByTestId('confirm-dialog').waitFor();
    await h.page.getByTestId('confirm-cancel').click();
    expect(await rows().count()).toBe(3);
    await row('JFK inaugural – Müller').getByTestId('delete-button').click();
    await h.page.getByTestId('confirm-ok').click();
    await expect.poll(() => rows().count()).toBe(2);
    expect(existsSync(folder)).toBe(false);
  });

  it('rebuilds an unreadable index and names the call folder it could not read', async () => {
    const copy = join(folders.make('damaged library').path, 'Damaged');
    cpSync(h.backend.libraryFolder(), copy, { recursive: true });
    const [damagedId] = readdirSync(join(copy, 'calls'));
    writeFileSync(join(copy, 'library.json'), '{"calls": [');
    writeFileSync(join(copy, 'calls', damagedId!, 'call.json'), '{ truncated');
    // Neither has a last good copy to be restored from (with one, each is restored instead: see the library tests).
    rmSync(join(copy, 'library.json.bak'), { force: true });
    rmSync(join(copy, 'calls', damagedId!, 'call.json.bak'), { force: true });
    h.dialogs.folders.push(copy);
    await h.page.getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('button', { name: 'Change folder…' }).click();
    await expect.poll(() => h.page.getByTestId('library-folder').textContent()).toBe(copy);
    await h.page.getByTestId('settings-back').click();
    await h.page.getByTestId('library-problem').waitFor();
    await h.page.getByRole('button', { name: 'Rebuild library index' }).click();
    const unreadable = h.page.getByTestId('library-unreadable-calls');
    await unreadable.waitFor();
    expect(await unreadable.getByRole('heading').textContent()).toMatch(/1 call folder could not be read/);
    expect(await unreadable.getByTestId('unreadable-call').textContent()).toContain(damagedId);
    await expect.poll(() => rows().count()).toBe(1);
    expect(readFileSync(join(copy, 'calls', damagedId!, 'call.json'), 'utf8')).toBe('{ truncated'); // left untouched
    await unreadable.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => unreadable.count()).toBe(0);

    await h.page.getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('button', { name: 'Use default folder' }).click();
    await h.page.getByTestId('settings-back').click();
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('still lists everything after a reload, with no page errors', async () => {
    await h.page.reload();
    await expect.poll(() => rows().count()).toBe(2);
    expect(h.errors).toEqual([]);
  });
});
