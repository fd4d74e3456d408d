import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, openCallWithTranscript, writeVttFile } from './reviewCall';

/** More turns than fit on screen, so the list windows and far turns are not in the DOM. */
const TURNS = 40;
let h: Harness;
const files = harnessForFile('review find', (started) => (h = started));

const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const selectedId = () => h.page.locator('[data-testid="turn"][data-selected="true"]').getAttribute('data-turn-id', { timeout: 2_000 });
const found = (id: string, state: 'match' | 'current') => turn(id).locator(`[data-testid="word"][data-find="${state}"]`);
const count = () => h.page.getByTestId('find-count').textContent();
const input = () => h.page.getByTestId('find-input');
const scroller = () => h.page.getByTestId('turns-scroll');
const media = () => h.page.getByTestId('review-audio');
const focusedTestId = () => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
/** Inside the scroller's box, not merely in the DOM. */
const inView = async (inner: Locator) => {
  if ((await inner.count()) === 0) return false; // a virtualized row off screen is not in the DOM at all
  const [a, b] = [await inner.boundingBox(), await scroller().boundingBox()];
  return !!a && !!b && a.y + a.height > b.y && a.y < b.y + b.height;
};

/** What turn n says: "renewal" in t3 (twice), t12 and t37 (far down), "revenue number" in t20 and t21. */
const SAYS: Record<number, string> = {
  3: 'The renewal is in March, and the renewal price went up.',
  12: 'We track renewals in a spreadsheet today.',
  20: 'What is the revenue number for this account?',
  21: 'Revenue, number two on my list is churn.',
  37: 'Renewal season is when the board asks about it.',
};

/** 40 alternating turns over jfk.wav's 11 s (consecutive cues of one speaker would merge into one turn). */
function writeVtt(): string {
  const stamp = (ms: number) => `00:00:${String(Math.floor(ms / 1000)).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
  const cues = Array.from({ length: TURNS }, (_, i) => {
    const who = i % 2 === 0 ? 'Dana Rep' : 'Sam Prospect';
    const text = SAYS[i + 1] ?? `Turn ${i + 1} talks about onboarding and the weekly team meeting.`;
    return [`${stamp(i * 250)} --> ${stamp(i * 250 + 250)}`, `<v ${who}>${text}`] as const;
  });
  return writeVttFile(files.path, 'find call.vtt', cues);
}

describe('Review: find in transcript, J/K, keyboard help (real renderer, real backend)', () => {
  it('imports a call with a 40-turn transcript that only partly renders', async () => {
    await openCallWithTranscript(h, writeVtt());
    await turn('t1').waitFor();
    await expect.poll(selectedId).toBe('t1'); // the playhead's turn
    const rendered = await h.page.getByTestId('turn').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(TURNS);
    expect(await turn('t37').count()).toBe(0);
    expect(await h.page.getByTestId('find-bar').count()).toBe(0);
  });

  it('Ctrl+F opens the find box focused; typing finds every turn with the word and goes to the first', async () => {
    await h.page.getByTestId('review-title').click();
    await h.page.keyboard.press('Control+f');
    await h.page.getByTestId('find-bar').waitFor();
    expect(await focusedTestId()).toBe('find-input');
    expect(await h.page.getByTestId('find-button').count()).toBe(0);

    await h.page.keyboard.type('RENEWAL');
    await expect.poll(count).toBe('1 of 4');
    await expect.poll(selectedId).toBe('t3');
    expect(await found('t3', 'current').allTextContents()).toEqual(['renewal']);
    expect(await found('t3', 'match').allTextContents()).toEqual(['renewal']);
    expect(await found('t12', 'match').allTextContents()).toEqual(['renewals']);
    expect(await turn('t37').count()).toBe(0); // still far off screen
    await h.page.getByTestId('transcript-panel').scrollIntoViewIfNeeded();
    await h.page.screenshot({ path: join(RESULTS, 'review-find.png') });
  });

  it('Enter goes through the matches: the far turn is rendered, selected and highlighted, without seeking', async () => {
    await h.page.keyboard.press('Enter');
    await expect.poll(count).toBe('2 of 4');
    expect(
      await turn('t3')
        .locator('[data-find="current"]')
        .evaluate((w) => w.getAttribute('data-word')),
    ).toBe('7');

    await h.page.keyboard.press('Enter');
    await expect.poll(count).toBe('3 of 4');
    await expect.poll(selectedId).toBe('t12');

    await h.page.keyboard.press('Enter');
    await expect.poll(count).toBe('4 of 4');
    await expect.poll(() => inView(turn('t37'))).toBe(true);
    await expect.poll(selectedId).toBe('t37');
    expect(await found('t37', 'current').allTextContents()).toEqual(['Renewal']);
    expect(await turn('t37').getAttribute('data-selected')).toBe('true');
    // A jump is the user's own move: the view stops following the playhead, and the audio stays put.
    await h.page.getByTestId('back-to-playhead').waitFor();
    expect(await media().evaluate((a: HTMLAudioElement) => [a.currentTime, a.paused])).toEqual([0, true]);
    expect(await focusedTestId()).toBe('find-input');

    await h.page.keyboard.press('Enter'); // wraps to the first
    await expect.poll(count).toBe('1 of 4');
    await expect.poll(() => inView(turn('t3'))).toBe(true);
  });

  it('Shift+Enter and the arrow buttons go back', async () => {
    await h.page.keyboard.press('Shift+Enter');
    await expect.poll(count).toBe('4 of 4');
    await expect.poll(selectedId).toBe('t37');
    await h.page.getByTestId('find-previous').click();
    await expect.poll(count).toBe('3 of 4');
    await expect.poll(selectedId).toBe('t12');
    await h.page.getByTestId('find-next').click();
    await expect.poll(count).toBe('4 of 4');
  });

  it('matches a phrase across words, ignoring case and the comma between them', async () => {
    await input().fill('revenue number');
    await expect.poll(count).toBe('1 of 2');
    await expect.poll(selectedId).toBe('t20');
    expect(await found('t20', 'current').allTextContents()).toEqual(['revenue', 'number']);
    expect(await found('t21', 'match').allTextContents()).toEqual(['Revenue,', 'number']);
    expect(await h.page.locator('[data-find]').count()).toBe(4);
  });

  it('says "No matches" for a word nowhere in the call, in the muted colour', async () => {
    await input().fill('escalation');
    await expect.poll(count).toBe('No matches');
    expect(await h.page.locator('[data-find]').count()).toBe(0);
    expect(await h.page.getByTestId('find-next').isDisabled()).toBe(true);
    const [color, muted] = await h.page
      .getByTestId('find-count')
      .evaluate((e) => [getComputedStyle(e).color, getComputedStyle(document.documentElement).getPropertyValue('--text-muted')]);
    expect(color).toBe('rgb(93, 103, 120)');
    expect(muted.trim()).toBe('#5d6778');
  });

  it('Esc closes the box and clears the highlights; the found turn stays selected', async () => {
    await input().fill('revenue number');
    await expect.poll(count).toBe('1 of 2');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('find-bar').count()).toBe(0);
    expect(await h.page.locator('[data-find]').count()).toBe(0);
    expect(await selectedId()).toBe('t20');
    await h.page.getByTestId('find-button').waitFor();

    // Opened again: empty, focused; "?" typed there is text, not the help.
    await h.page.getByTestId('find-button').click();
    expect(await input().inputValue()).toBe('');
    expect(await focusedTestId()).toBe('find-input');
    await h.page.keyboard.type('?');
    expect(await input().inputValue()).toBe('?');
    expect(await h.page.getByTestId('keyboard-help').count()).toBe(0);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('find-bar').count()).toBe(0);
  });

  it('J / K select the next / previous turn and scroll it into view, without seeking', async () => {
    await h.page.getByTestId('review-title').click();
    await h.page.keyboard.press('j');
    await expect.poll(selectedId).toBe('t21');
    await h.page.keyboard.press('k');
    await h.page.keyboard.press('k');
    await expect.poll(selectedId).toBe('t19');
    for (let i = 0; i < 25; i++) await h.page.keyboard.press('j'); // past the end: stays on the last
    await expect.poll(selectedId).toBe('t40');
    await expect.poll(() => inView(turn('t40'))).toBe(true);
    expect(await turn('t1').count()).toBe(0);
    expect(await media().evaluate((a: HTMLAudioElement) => [a.currentTime, a.paused])).toEqual([0, true]);
    for (let i = 0; i < 39; i++) await h.page.keyboard.press('k');
    await expect.poll(selectedId).toBe('t1');
    await expect.poll(() => inView(turn('t1'))).toBe(true);
  });

  it('? opens the keyboard help, grouped, with Ctrl on this platform; Esc closes it and focus returns', async () => {
    await scroller().focus();
    await h.page.keyboard.press('?');
    const help = h.page.getByTestId('keyboard-help');
    await help.waitFor();
    expect(await help.locator('.keymap-title').allTextContents()).toEqual([
      'Playback',
      'Tagging',
      'Suggestions',
      'Clips',
      'Editing',
      'Navigation',
      'History',
      'Help',
    ]);
    expect(await help.locator('.keymap-keys').allTextContents()).toEqual([
      ...['Space', '← / →'],
      ...['1 / 2 / 3', 'F', 'P', 'O', 'C'],
      ...['Enter', 'Backspace'],
      ...['[', ']', 'Shift+Drag'],
      ...['E', 'S', 'M'],
      ...['J / K', 'Ctrl+F', 'Ctrl+K', 'Enter / Shift+Enter', 'Esc'],
      ...['Ctrl+Z', 'Ctrl+Shift+Z'],
      '?',
    ]);
    expect(await help.locator('.keymap-action').first().textContent()).toBe('Play or pause');
    // Keys of the view are off while the help is open.
    await h.page.keyboard.press('j');
    expect(await selectedId()).toBe('t1');
    await h.page.screenshot({ path: join(RESULTS, 'review-help.png') });
    await h.page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await focusedTestId()).toBe('turns-scroll');

    await h.page.getByTestId('keyboard-help-button').click();
    await help.waitFor();
    await h.page.getByTestId('keyboard-help-close').click();
    await expect.poll(() => help.count()).toBe(0);
    expect(await focusedTestId()).toBe('keyboard-help-button');
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
