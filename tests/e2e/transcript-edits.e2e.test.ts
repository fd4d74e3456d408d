import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../shared/domain/transcript';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, openCallWithTranscript, writeVttFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('transcript edits', (started) => {
  h = started;
  h.page.setDefaultTimeout(10_000); // a stuck step fails with its locator, not a test timeout
});

const turns = () => h.page.getByTestId('turn');
const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const word = (id: string, index: number) => turn(id).locator(`[data-word="${index}"]`);
const textOf = (id: string) => turn(id).getByTestId('turn-text').textContent();
const badges = (id: string) => turn(id).getByTestId('tag-badge');
const editor = () => h.page.getByTestId('turn-editor-text');
const notice = (id: string) => turn(id).getByTestId('turn-notice');
const saveState = () => h.page.getByTestId('save-state').textContent();
const menuItem = (testId: string) => h.page.getByTestId('turn-menu').getByTestId(testId);
const callFolder = () => join(h.backend.libraryFolder(), 'calls', callId);
const turnsOnDisk = (): Turn[] => JSON.parse(readFileSync(join(callFolder(), 'transcript.json'), 'utf8')).transcript.turns;
const diskTurn = (id: string) => turnsOnDisk().find((t) => t.id === id);
type Stored = { tags: { id: string; level: number }[]; chains: { id: string }[] };
const annotationsOnDisk = (): Stored => JSON.parse(readFileSync(join(callFolder(), 'call.json'), 'utf8')).annotations;

/** Selects a turn the way a reviewer does: its time (which also seeks there). */
async function selectTurn(id: string) {
  await turn(id).getByTestId('turn-time').click();
  await expect.poll(() => turn(id).getAttribute('data-selected')).toBe('true');
}
async function openMenu(id: string) {
  await turn(id).hover();
  await turn(id).getByTestId('turn-actions').click();
  await h.page.getByTestId('turn-menu').waitFor();
}

/** Four turns over jfk.wav's 11 s; the last one carries a misheard word ("weighted"). */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.500', '<v Dana Rep>How is onboarding going for new clients these days?'],
    ['00:00:02.500 --> 00:00:05.000', '<v Sam Prospect>Onboarding takes us weeks and the team keeps redoing the same setup.'],
    ['00:00:05.000 --> 00:00:08.000', '<v Dana Rep>What does that delay cost you?'],
    ['00:00:08.000 --> 00:00:11.000', '<v Sam Prospect>We lost two renewals last quarter because clients weighted too long.'],
  ]);

describe('Review transcript edits: text, split, merge, speaker, delete, undo (real renderer, real backend)', () => {
  it('imports a call and a transcript of four turns', async () => {
    callId = await openCallWithTranscript(h, writeVtt());
    await expect.poll(() => turns().count()).toBe(4);
  });

  it('E opens the editor on the current turn; an empty text is refused with the draft kept; Esc cancels', async () => {
    await selectTurn('t4');
    await h.page.keyboard.press('e');
    await editor().waitFor();
    expect(await editor().inputValue()).toBe('We lost two renewals last quarter because clients weighted too long.');
    await editor().fill('   ');
    await h.page.keyboard.press('Enter');
    expect(await h.page.getByTestId('turn-editor-error').textContent()).toBe('A turn needs some text; delete the turn instead.');
    await h.page.keyboard.press('Escape');
    expect(await editor().count()).toBe(0);
    expect(await textOf('t4')).toBe('We lost two renewals last quarter because clients weighted too long.');
  });

  it('fixing a misheard word saves it; untouched words keep their timings; the draft survives playback', async () => {
    const before = diskTurn('t4')!;
    await selectTurn('t4');
    await h.page.keyboard.press('e');
    await editor().fill('We lost two renewals last quarter because clients waited too long.');
    // The playhead moving re-renders the rows; the draft lives above them.
    await h.page.getByTestId('review-audio').evaluate((a: HTMLAudioElement) => (a.currentTime = 9.2));
    await expect.poll(() => turn('t4').getAttribute('data-active')).toBe('true');
    expect(await editor().inputValue()).toBe('We lost two renewals last quarter because clients waited too long.');
    await h.page.screenshot({ path: join(RESULTS, 'review-edits.png') });
    await h.page.keyboard.press('Enter');

    await expect.poll(() => textOf('t4')).toBe('We lost two renewals last quarter because clients waited too long.');
    await expect.poll(saveState).toBe('Saved');
    const after = diskTurn('t4')!;
    expect(after.text).toBe('We lost two renewals last quarter because clients waited too long.');
    expect(after.words.map((w) => w.text.trim())).toEqual(before.words.map((w) => w.text.trim().replace('weighted', 'waited')));
    const fixed = before.words.findIndex((w) => w.text.trim() === 'weighted');
    after.words.forEach((w, i) => {
      if (i !== fixed) expect([w.start, w.end]).toEqual([before.words[i]!.start, before.words[i]!.end]);
    });
    // The new word fills the time between its neighbours.
    expect(after.words[fixed]!.start).toBeCloseTo(before.words[fixed - 1]!.end, 6);
    expect(after.words[fixed]!.end).toBeCloseTo(before.words[fixed + 1]!.start, 6);
    expect(await editor().count()).toBe(0);
  });

  it('Ctrl+Z undoes the edit and Ctrl+Shift+Z redoes it', async () => {
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => textOf('t4')).toContain('weighted');
    await expect.poll(saveState).toBe('Saved');
    expect(diskTurn('t4')!.text).toContain('weighted');
    await h.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => textOf('t4')).toContain('waited');
    await expect.poll(saveState).toBe('Saved');
    expect(diskTurn('t4')!.text).toContain('waited');
  });

  it('S without a chosen word says what to do; M on the last turn says there is no next turn', async () => {
    await selectTurn('t3');
    await h.page.keyboard.press('s');
    expect(await notice('t3').textContent()).toContain('Click the word the new turn should start with, then press S.');
    await selectTurn('t4');
    await h.page.keyboard.press('m');
    expect(await notice('t4').textContent()).toContain('This is the last turn: there is no next turn to merge with.');
    await h.page.screenshot({ path: join(RESULTS, 'review-edits-notice.png') });
    await notice('t4').getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice('t4').count()).toBe(0);
    expect(turnsOnDisk()).toHaveLength(4);
  });

  it('a tagged turn split at a clicked word (S) keeps its tag on the first part; M merges it back', async () => {
    await selectTurn('t2');
    await h.page.keyboard.press('1');
    await expect.poll(() => badges('t2').count()).toBe(1);
    await expect.poll(saveState).toBe('Saved');

    await word('t2', 4).click(); // "and"
    await expect.poll(() => word('t2', 4).getAttribute('data-chosen')).toBe('true');
    await h.page.keyboard.press('s');
    await expect.poll(() => turns().count()).toBe(5);
    expect(await textOf('t2')).toBe('Onboarding takes us weeks');
    expect(await textOf('t5')).toBe('and the team keeps redoing the same setup.');
    expect(await turn('t5').getAttribute('data-speaker-id')).toBe(await turn('t2').getAttribute('data-speaker-id'));
    // Tags are anchored to time: the tag stays on the first part's words.
    expect(await badges('t2').count()).toBe(1);
    expect(await badges('t5').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t1', 't2', 't5', 't3', 't4']);
    expect(await h.page.getByTestId('lane-turn').count()).toBe(5);
    // The player tracks the new turns: a playhead in the second part makes t5 the playing turn.
    await h.page.getByTestId('review-audio').evaluate((a: HTMLAudioElement) => (a.currentTime = 4.5));
    await expect.poll(() => turn('t5').getAttribute('data-active')).toBe('true');
    expect(await turn('t2').getAttribute('data-active')).toBe('false');

    await selectTurn('t2');
    await h.page.keyboard.press('m');
    await expect.poll(() => turns().count()).toBe(4);
    expect(await textOf('t2')).toBe('Onboarding takes us weeks and the team keeps redoing the same setup.');
    expect(await badges('t2').count()).toBe(1);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('the row menu splits at the clicked word and merges with the next turn', async () => {
    await word('t3', 2).click(); // "that"
    await openMenu('t3');
    expect(await menuItem('menu-split').textContent()).toContain('Split before “that”');
    await menuItem('menu-split').click();
    await expect.poll(() => turns().count()).toBe(5);
    expect(await textOf('t3')).toBe('What does');
    expect(await textOf('t5')).toBe('that delay cost you?');
    expect(await h.page.getByTestId('turn-menu').count()).toBe(0);

    await openMenu('t3');
    await menuItem('menu-merge').click();
    await expect.poll(() => turns().count()).toBe(4);
    expect(await textOf('t3')).toBe('What does that delay cost you?');
    await expect.poll(saveState).toBe('Saved');
    expect(diskTurn('t3')!.text).toBe('What does that delay cost you?');
  });

  it('the menu is keyboard reachable and reassigns a turn to another speaker', async () => {
    await turn('t3').getByTestId('turn-actions').focus();
    await h.page.keyboard.press('Enter');
    await h.page.getByTestId('turn-menu').waitFor();
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-edit-text');
    await h.page.keyboard.press('Escape');
    expect(await h.page.getByTestId('turn-menu').count()).toBe(0);
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('turn-actions');

    const prospect = (await turn('t2').getAttribute('data-speaker-id'))!;
    await openMenu('t3');
    await h.page.screenshot({ path: join(RESULTS, 'review-edits-menu.png') });
    await h.page.locator(`[data-testid="menu-speaker"][data-speaker-id="${prospect}"]`).click();
    await expect.poll(() => turn('t3').getAttribute('data-speaker-id')).toBe(prospect);
    expect(await turn('t3').getByTestId('turn-speaker').textContent()).toBe('Sam Prospect');
    await expect.poll(saveState).toBe('Saved');
    expect(diskTurn('t3')!.speakerId).toBe(prospect);
    const laneSlot = (id: string) => h.page.locator(`[data-testid="lane-turn"][data-turn-id="${id}"]`).getAttribute('class');
    expect(await laneSlot('t3')).toBe(await laneSlot('t2'));
  });

  it('offers to give the rest of that voice to the same speaker, as one step that Ctrl+Z takes back', async () => {
    const speakerIds = () => h.page.getByTestId('turn').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-speaker-id')));
    const before = await speakerIds();
    const notice = h.page.getByTestId('review-notice');
    await expect.poll(() => notice.textContent()).toMatch(/more turns? ha(s|ve) .+’s voice/);
    await notice.getByTestId('review-notice-action').click();
    await expect.poll(async () => new Set(await speakerIds()).size).toBe(1);
    await expect.poll(saveState).toBe('Saved');
    expect(new Set(turnsOnDisk().map((t) => t.speakerId)).size).toBe(1);
    // Every turn that changed hands is marked as the reviewer's choice (re-detection keeps it).
    expect(turnsOnDisk().filter((t) => t.speakerSetBy === 'user').length).toBeGreaterThan(1);

    await h.page.keyboard.press('Control+z');
    await expect.poll(speakerIds).toEqual(before);
    await expect.poll(saveState).toBe('Saved');
  });

  it('deleting a turn with tags asks first, removes turn and tags as one step, and Ctrl+Z brings both back', async () => {
    await selectTurn('t2');
    await h.page.keyboard.press('2'); // a second pain tag on the same turn
    await expect.poll(() => badges('t2').count()).toBe(2);
    await expect.poll(saveState).toBe('Saved');

    await openMenu('t2');
    await menuItem('menu-delete').click();
    const dialog = h.page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This turn has 2 pain tags. Delete the turn and them?');
    await dialog.getByTestId('confirm-ok').click();
    await expect.poll(() => turns().count()).toBe(3);
    expect(await turn('t2').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t1', 't3', 't4']);
    expect(annotationsOnDisk().tags).toHaveLength(0);
    expect(annotationsOnDisk().chains).toHaveLength(0);
    expect(await h.page.getByTestId('tag-badge').count()).toBe(0);

    await h.page.keyboard.press('Control+z');
    await expect.poll(() => turns().count()).toBe(4);
    await expect.poll(() => badges('t2').count()).toBe(2);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']);
    expect(annotationsOnDisk().tags).toHaveLength(2);
    expect(annotationsOnDisk().chains).toHaveLength(1);
  });

  it('a turn without marks is deleted at once, and undo restores it', async () => {
    await openMenu('t1');
    await menuItem('menu-delete').click();
    await expect.poll(() => turns().count()).toBe(3);
    expect(await h.page.getByTestId('confirm-dialog').count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => turns().count()).toBe(4);
    await expect.poll(saveState).toBe('Saved');
    expect(turnsOnDisk().map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('a save the main process refuses keeps the editor open with the draft and says why', async () => {
    // Another change to t1 lands behind this window's back, so its edit no longer matches the file.
    const t1 = diskTurn('t1')!;
    const changed = { ...t1, words: t1.words.map((w, i) => (i === 0 ? { ...w, p: 0.5 } : w)) };
    await h.page.evaluate(
      ([id, remove, insert]) => window.callReview.invoke('transcript:edit', { callId: id, splice: { at: 0, remove: [remove], insert: [insert] } }),
      [callId, t1, changed] as const,
    );
    await selectTurn('t1');
    await h.page.keyboard.press('e');
    await editor().fill('How is onboarding going for your new clients these days?');
    await h.page.keyboard.press('Enter');
    const error = h.page.getByTestId('turn-editor-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Not saved: The transcript changed since this edit was made; reload the call and try again.');
    expect(await editor().inputValue()).toBe('How is onboarding going for your new clients these days?');
    await expect.poll(saveState).toBe('Not saved: The transcript changed since this edit was made; reload the call and try again.');
    await h.page.keyboard.press('Escape');
  });

  it('keeps the edits across a reload', async () => {
    await h.page.reload();
    await expect.poll(() => turns().count()).toBe(4);
    expect(await textOf('t4')).toBe('We lost two renewals last quarter because clients waited too long.');
    expect(await turn('t3').getByTestId('turn-speaker').textContent()).toBe('Sam Prospect');
    expect(await textOf('t1')).toBe('How is onboarding going for new clients these days?');
    expect(await badges('t2').count()).toBe(2);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
