import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, openCallWithTranscript, writeVttFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('annotations', (started) => (h = started));

const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const badges = (id: string) => turn(id).getByTestId('tag-badge');
const saveState = () => h.page.getByTestId('save-state').textContent();
const chains = () => h.page.getByTestId('chains-panel').getByTestId('chain');
/** The tags as the call's document on disk holds them. */
type StoredTag = { id: string; level: number; chainId: string | null; parentId: string | null; span: { start: number } };
const tagsOnDisk = (): StoredTag[] => JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'call.json'), 'utf8')).annotations.tags;

/** Four turns over jfk.wav's 11 s, so no transcription run is needed. */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.500', '<v Dana Rep>How is onboarding going for new clients these days?'],
    ['00:00:02.500 --> 00:00:05.000', '<v Sam Prospect>Onboarding takes us weeks and the team keeps redoing the same setup.'],
    ['00:00:05.000 --> 00:00:08.000', '<v Dana Rep>What does that delay cost you?'],
    ['00:00:08.000 --> 00:00:11.000', '<v Sam Prospect>We lost two renewals last quarter because clients waited too long.'],
  ]);

describe('Review annotations: pain tags, chains, undo/redo, autosave (real renderer, real backend)', () => {
  it('imports a call and a transcript of four turns', async () => {
    callId = await openCallWithTranscript(h, writeVtt());
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(4);
    expect(await chains().count()).toBe(0);
    expect(await h.page.getByTestId('annotation-keys-hint').textContent()).toBe('1/2/3 tag · Ctrl+Z undo');
  });

  it('1 tags the selected turn as a symptom, opens a chain and saves it to the call document', async () => {
    await turn('t2').getByTestId('turn-time').click();
    await expect.poll(() => turn('t2').getAttribute('data-selected')).toBe('true');
    expect(await turn('t1').getAttribute('data-selected')).toBe('false');
    await h.page.keyboard.press('1');

    await expect.poll(() => badges('t2').count()).toBe(1);
    expect(await badges('t2').first().getAttribute('data-level')).toBe('1');
    expect(await badges('t2').first().textContent()).toBe('Symptom');
    await expect.poll(saveState).toBe('Saved');
    expect(await chains().count()).toBe(1);
    expect(await chains().first().getByTestId('chain-topic').textContent()).toBe('Onboarding takes us weeks and the');
    expect(await chains().first().getByTestId('chain-depth').textContent()).toBe('Depth 1 of 3');
    expect(await h.page.getByTestId('lane-tag').count()).toBe(1);
    const onDisk = tagsOnDisk();
    expect(onDisk).toHaveLength(1);
    expect(onDisk[0]).toMatchObject({ level: 1, span: { start: 2.5, end: 5 }, parentId: null, author: 'Reviewer' });
  });

  it('2 on a later turn links a business impact into the same chain', async () => {
    await turn('t4').getByTestId('turn-time').click();
    await expect.poll(() => turn('t4').getAttribute('data-selected')).toBe('true');
    await h.page.keyboard.press('2');

    await expect.poll(() => badges('t4').count()).toBe(1);
    expect(await badges('t4').first().textContent()).toBe('Business impact');
    expect(await badges('t4').first().getAttribute('data-level')).toBe('2');
    await expect.poll(() => chains().first().getByTestId('chain-depth').textContent()).toBe('Depth 2 of 3');
    expect(await chains().count()).toBe(1);
    const chain = chains().first();
    expect(await chain.getByTestId('chain-path').textContent()).toBe('Symptom → Business impact');
    expect(await chain.getByTestId('chain-quote').allTextContents()).toEqual([
      '“Onboarding takes us weeks and the team keeps…”',
      '“We lost two renewals last quarter because clients…”',
    ]);
    await expect.poll(saveState).toBe('Saved');
    const [symptom, impact] = tagsOnDisk();
    expect(impact).toMatchObject({ level: 2, chainId: symptom!.chainId, parentId: symptom!.id });
    expect(await h.page.getByTestId('lane-tag').count()).toBe(2);
  });

  it('clicking a quote or a lane region seeks there', async () => {
    const media = h.page.getByTestId('review-audio');
    await chains().first().getByTestId('chain-quote').first().click();
    await expect.poll(() => media.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeCloseTo(2.5, 1);
    await h.page.locator('[data-testid="lane-tag"][data-level="2"]').click();
    await expect.poll(() => media.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeCloseTo(8, 1);
  });

  it('2 again removes it; Ctrl+Z brings it back; Ctrl+Shift+Z removes it again', async () => {
    await turn('t4').getByTestId('turn-time').click();
    await h.page.keyboard.press('2');
    await expect.poll(() => badges('t4').count()).toBe(0);
    await expect.poll(() => chains().first().getByTestId('chain-depth').textContent()).toBe('Depth 1 of 3');
    await expect.poll(saveState).toBe('Saved');
    expect(tagsOnDisk()).toHaveLength(1);

    await h.page.keyboard.press('Control+z');
    await expect.poll(() => badges('t4').count()).toBe(1);
    await expect.poll(() => chains().first().getByTestId('chain-depth').textContent()).toBe('Depth 2 of 3');
    await expect.poll(saveState).toBe('Saved');
    expect(tagsOnDisk()).toHaveLength(2);

    await h.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => badges('t4').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    expect(tagsOnDisk()).toHaveLength(1);

    await h.page.keyboard.press('Control+z'); // back to symptom → business impact for the reload check
    await expect.poll(() => badges('t4').count()).toBe(1);
    await expect.poll(saveState).toBe('Saved');
  });

  it('on an AZERTY keyboard the key labelled 2 untags ("é", no Shift) and tags again ("2", with Shift)', async () => {
    // Playwright types with a US layout: dispatch what an AZERTY keyboard sends (the physical key and its character).
    const azerty = (key: string, shiftKey: boolean) =>
      h.page.evaluate(
        ([key, shiftKey]) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'Digit2', shiftKey, bubbles: true, cancelable: true })),
        [key, shiftKey] as const,
      );
    await turn('t4').getByTestId('turn-time').click();
    await azerty('é', false);
    await expect.poll(() => badges('t4').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    await azerty('2', true);
    await expect.poll(() => badges('t4').count()).toBe(1);
    await expect.poll(saveState).toBe('Saved');
    expect(tagsOnDisk()).toHaveLength(2);
  });

  it("the Edit menu's Undo/Redo step through the history, or undo typing in the focused field", async () => {
    const menu = (command: 'undo' | 'redo') =>
      h.page.evaluate(
        (c) => (window as unknown as { __callReviewEvent: (e: string, p: unknown) => void }).__callReviewEvent('app:command', { command: c }),
        command,
      );
    await h.page.getByTestId('turns-scroll').focus();
    await menu('undo');
    await expect.poll(() => badges('t4').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    await menu('redo');
    await expect.poll(() => badges('t4').count()).toBe(1);
    await expect.poll(saveState).toBe('Saved');
    expect(tagsOnDisk()).toHaveLength(2);

    const field = h.page.getByTestId('rep-prompt').getByTestId('remember-name-input');
    await field.focus();
    await h.page.keyboard.type('Dana');
    await menu('undo');
    expect(await field.inputValue()).toBe('');
    expect(tagsOnDisk()).toHaveLength(2); // typing was undone, not a tag
    expect(await badges('t4').count()).toBe(1);
  });

  it('keys typed into a field do not tag', async () => {
    const before = tagsOnDisk().length;
    const field = h.page.getByTestId('rep-prompt').getByTestId('remember-name-input'); // asked since the import
    await field.focus();
    await h.page.keyboard.press('3');
    expect(await field.inputValue()).toBe('3');
    await field.fill('');
    expect(tagsOnDisk()).toHaveLength(before);
    expect(await h.page.locator('[data-testid="tag-badge"][data-level="3"]').count()).toBe(0);
  });

  it('keeps the tags and the chain across a reload', async () => {
    await h.page.reload();
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(4);
    await expect.poll(() => badges('t2').allTextContents()).toEqual(['Symptom']);
    expect(await badges('t4').allTextContents()).toEqual(['Business impact']);
    expect(await chains().count()).toBe(1);
    expect(await chains().first().getByTestId('chain-depth').textContent()).toBe('Depth 2 of 3');
    expect(await h.page.getByTestId('lane-tag').count()).toBe(2);
    // The playhead's turn is the one 1/2/3 act on until another is clicked.
    await expect.poll(() => turn('t1').getAttribute('data-selected')).toBe('true');
    await h.page.screenshot({ path: join(RESULTS, 'review-annotations.png'), fullPage: true });
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
