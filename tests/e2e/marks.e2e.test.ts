import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comment, FollowUp } from '../../shared/domain/annotations';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, openCallWithTranscript, writeVttFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('marks', (started) => (h = started));

const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const media = () => h.page.getByTestId('review-audio');
const playhead = () => media().evaluate((a: HTMLAudioElement) => a.currentTime);
const followUpDialog = () => h.page.getByTestId('follow-up-dialog');
const commentDialog = () => h.page.getByTestId('comment-dialog');
const followUpItems = () => h.page.getByTestId('follow-ups-panel').getByTestId('follow-up-item');
const commentItems = () => h.page.getByTestId('comments-panel').getByTestId('comment-item');
const annotationsOnDisk = (): { followUps: FollowUp[]; comments: Comment[] } =>
  JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'call.json'), 'utf8')).annotations;
const followUpsOnDisk = () => annotationsOnDisk().followUps;
const commentsOnDisk = () => annotationsOnDisk().comments;
const myNameOnDisk = () => JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'library.json'), 'utf8')).myName;

/** Selects a turn the way a reviewer does: clicking its time (which also plays from there). */
async function selectTurn(id: string) {
  await turn(id).getByTestId('turn-time').click();
  await expect.poll(() => turn(id).getAttribute('data-selected')).toBe('true');
}

/** Four turns over jfk.wav's 11 s: the rep asks, the prospect opens doors. */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.500', '<v Dana Rep>How is onboarding going for new clients these days?'],
    ['00:00:02.500 --> 00:00:05.000', '<v Sam Prospect>Honestly it is a mess, the team keeps redoing the same setup.'],
    ['00:00:05.000 --> 00:00:08.000', '<v Dana Rep>Great, let me show you our onboarding module.'],
    ['00:00:08.000 --> 00:00:11.000', '<v Sam Prospect>Sure. We did lose two renewals over it, though.'],
  ]);

describe('Review marks: missed follow-ups and comments (real renderer, real backend)', () => {
  it('imports a call with four turns and sets the speakers’ roles in the Speakers panel', async () => {
    callId = await openCallWithTranscript(h, writeVtt());
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(4);

    const speakerRow = (name: string) => h.page.getByTestId('speakers-panel').getByTestId('speaker-row').filter({ hasText: name });
    await speakerRow('Dana Rep').getByTestId('speaker-role').selectOption('rep');
    await expect.poll(() => turn('t1').getByTestId('turn-role').textContent()).toBe('Rep');
    await speakerRow('Sam Prospect').getByTestId('speaker-role').selectOption('prospect');
    await expect.poll(() => turn('t2').getByTestId('turn-role').textContent()).toBe('Prospect');
    expect(await followUpItems().count()).toBe(0);
    expect(await commentItems().count()).toBe(0);
  });

  it('F on the rep’s turn says why nothing happens', async () => {
    await selectTurn('t3');
    await h.page.keyboard.press('f');
    await expect.poll(() => h.page.getByTestId('review-notice').textContent()).toContain('prospect’s turn: the door they opened');
    expect(await followUpDialog().count()).toBe(0);
    expect(followUpsOnDisk()).toHaveLength(0);
  });

  it('F on a prospect’s turn marks a missed follow-up: reason and what to ask, saved to disk', async () => {
    await selectTurn('t2');
    await h.page.keyboard.press('f');
    await followUpDialog().waitFor();
    expect(await h.page.getByTestId('review-notice').count()).toBe(0); // the dialog replaces the old notice
    expect(await h.page.getByTestId('follow-up-dialog-quote').textContent()).toContain('Honestly it is a mess');
    await h.page.getByTestId('follow-up-save').click();
    expect(await h.page.getByTestId('follow-up-error').textContent()).toBe('Pick what happened at this turn.');
    await followUpDialog().getByLabel('Pivoted to a pitch or demo').check();
    await h.page.getByTestId('follow-up-asked').fill('What does redoing the setup cost the team each month?');
    await h.page.screenshot({ path: join(RESULTS, 'review-marks-dialog.png') });
    await h.page.getByTestId('follow-up-save').click();
    await expect.poll(() => followUpDialog().count()).toBe(0);

    await expect.poll(() => followUpsOnDisk().length).toBe(1);
    expect(followUpsOnDisk()[0]).toMatchObject({
      span: { start: 2.5, end: 5 },
      reason: 'pivoted-to-pitch',
      shouldHaveAsked: 'What does redoing the setup cost the team each month?',
      author: 'Reviewer',
    });
    expect(await turn('t2').getByTestId('follow-up-badge').textContent()).toBe('Missed follow-up');
    expect(await turn('t3').getByTestId('follow-up-badge').count()).toBe(0);
    expect(await h.page.getByTestId('lane-follow-up').count()).toBe(1);
    expect(await followUpItems().count()).toBe(1);
    const item = followUpItems().first();
    expect(await item.getByTestId('follow-up-item-reason').textContent()).toBe('Pivoted to a pitch or demo');
    expect(await item.getByTestId('follow-up-item-time').textContent()).toBe('0:02');
    expect(await item.getByTestId('follow-up-item-quote').textContent()).toContain('“Honestly it is a mess');
    expect(await item.getByTestId('follow-up-item-asked').textContent()).toContain('cost the team each month?');
  });

  it('the list and the lane seek; F again edits the same follow-up', async () => {
    await selectTurn('t4');
    await followUpItems().first().getByTestId('follow-up-item-quote').click();
    await expect.poll(playhead).toBeCloseTo(2.5, 1);
    await selectTurn('t1');
    await h.page.getByTestId('lane-follow-up').click();
    await expect.poll(playhead).toBeCloseTo(2.5, 1);

    await selectTurn('t2');
    await h.page.keyboard.press('f');
    await followUpDialog().waitFor();
    expect(await followUpDialog().getByRole('heading').textContent()).toBe('Edit missed follow-up');
    expect(await followUpDialog().getByLabel('Pivoted to a pitch or demo').isChecked()).toBe(true);
    expect(await h.page.getByTestId('follow-up-asked').inputValue()).toContain('cost the team');
    await followUpDialog().getByLabel('Accepted the answer at face value').check();
    await h.page.getByTestId('follow-up-asked').fill('“A mess how? What does it cost you?”');
    await h.page.getByTestId('follow-up-save').click();
    await expect.poll(() => followUpsOnDisk()[0]?.reason).toBe('accepted-at-face-value');
    expect(followUpsOnDisk()).toHaveLength(1);
    expect(followUpsOnDisk()[0]!.shouldHaveAsked).toBe('“A mess how? What does it cost you?”');
    await expect.poll(() => followUpItems().first().getByTestId('follow-up-item-reason').textContent()).toBe('Accepted the answer at face value');
  });

  it('C comments on the current turn, asking the name once and keeping it with the library', async () => {
    await selectTurn('t4');
    await h.page.keyboard.press('c');
    await commentDialog().waitFor();
    expect(await h.page.getByTestId('comment-dialog-where').textContent()).toContain('On the turn at 0:08');
    await h.page.getByTestId('comment-text').fill('Renewals lost: this is the business impact. Dig here.');
    await h.page.getByTestId('comment-save').click();
    expect(await h.page.getByTestId('comment-error').textContent()).toBe('Add your name, so others know who wrote this.');
    await h.page.getByTestId('comment-author').fill('Morgan Manager');
    await h.page.getByTestId('comment-save').click();
    await expect.poll(() => commentDialog().count()).toBe(0);

    await expect.poll(() => commentsOnDisk().length).toBe(1);
    expect(commentsOnDisk()[0]).toMatchObject({
      author: 'Morgan Manager',
      at: 8,
      span: { start: 8, end: 11 },
      text: 'Renewals lost: this is the business impact. Dig here.',
    });
    expect(myNameOnDisk()).toBe('Morgan Manager');
    expect(await turn('t4').getByTestId('comment-badge').textContent()).toBe('1 comment');
    expect(await h.page.getByTestId('lane-comment').count()).toBe(1);
    expect(await commentItems().first().getByTestId('comment-item-author').textContent()).toBe('Morgan Manager');
    expect(await commentItems().first().getByTestId('comment-item-written').textContent()).toBe('just now');
  });

  it('comments at the playhead, listed in time order; the author edits their text', async () => {
    await selectTurn('t2'); // plays from 2.5 s
    await expect.poll(playhead).toBeCloseTo(2.5, 1);
    await h.page.getByTestId('comment-at-playhead').click();
    await commentDialog().waitFor();
    expect(await h.page.getByTestId('comment-author').count()).toBe(0); // the name is known now
    expect(await h.page.getByTestId('comment-dialog-where').textContent()).toBe('At 0:02 in the call');
    await h.page.getByTestId('comment-text').fill('Door opened: “it is a mess”.');
    await h.page.keyboard.press('Control+Enter');
    await expect.poll(() => commentsOnDisk().length).toBe(2);
    const atPlayhead = commentsOnDisk().find((c) => c.span === null)!;
    expect(atPlayhead.at).toBeCloseTo(2.5, 1);
    expect(atPlayhead.author).toBe('Morgan Manager');
    await expect
      .poll(() => commentItems().getByTestId('comment-item-text').allTextContents())
      .toEqual(['Door opened: “it is a mess”.', 'Renewals lost: this is the business impact. Dig here.']);
    expect(await turn('t2').getByTestId('comment-badge').textContent()).toBe('1 comment');
    expect(await h.page.getByTestId('lane-comment').count()).toBe(2);

    await commentItems().first().getByTestId('comment-edit').click();
    await commentDialog().waitFor();
    await h.page.getByTestId('comment-text').fill('Door opened: “it is a mess”. Ask what the mess costs.');
    await h.page.getByTestId('comment-save').click();
    await expect.poll(() => commentsOnDisk().find((c) => c.id === atPlayhead.id)?.text).toBe('Door opened: “it is a mess”. Ask what the mess costs.');
    expect(commentsOnDisk()).toHaveLength(2);
    // On disk first; the dialog closes when the answer arrives (until then Ctrl+Z belongs to its field).
    await expect.poll(() => commentDialog().count()).toBe(0);
  });

  it('undo and redo cover comments and follow-ups', async () => {
    await h.page.keyboard.press('Control+z'); // the comment's edit
    await expect.poll(() => commentsOnDisk().find((c) => c.span === null)?.text).toBe('Door opened: “it is a mess”.');
    await h.page.keyboard.press('Control+z'); // the comment at the playhead
    await expect.poll(() => commentsOnDisk().length).toBe(1);
    await expect.poll(() => commentItems().count()).toBe(1);
    await h.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => commentsOnDisk().length).toBe(2);
    await h.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => commentsOnDisk().find((c) => c.span === null)?.text).toBe('Door opened: “it is a mess”. Ask what the mess costs.');

    await followUpItems().first().getByTestId('follow-up-delete').click();
    await expect.poll(() => followUpsOnDisk().length).toBe(0);
    // On disk first, then on screen when the answer arrives.
    await expect.poll(() => turn('t2').getByTestId('follow-up-badge').count()).toBe(0);
    expect(await h.page.getByTestId('lane-follow-up').count()).toBe(0);
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => followUpsOnDisk().length).toBe(1);
    expect(followUpsOnDisk()[0]!.reason).toBe('accepted-at-face-value');
    await expect.poll(() => turn('t2').getByTestId('follow-up-badge').count()).toBe(1);
    await h.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => followUpsOnDisk().length).toBe(0);
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => followUpsOnDisk().length).toBe(1);
    await expect.poll(() => h.page.getByTestId('save-state').textContent()).toBe('Saved');
  });

  it('keeps every mark across a reload', async () => {
    await h.page.reload();
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(4);
    await expect.poll(() => followUpItems().count()).toBe(1);
    expect(await followUpItems().first().getByTestId('follow-up-item-reason').textContent()).toBe('Accepted the answer at face value');
    expect(await turn('t2').getByTestId('follow-up-badge').count()).toBe(1);
    expect(await turn('t2').getByTestId('comment-badge').textContent()).toBe('1 comment');
    expect(await turn('t4').getByTestId('comment-badge').textContent()).toBe('1 comment');
    expect(await h.page.getByTestId('lane-follow-up').count()).toBe(1);
    expect(await h.page.getByTestId('lane-comment').count()).toBe(2);
    expect(await commentItems().getByTestId('comment-item-author').allTextContents()).toEqual(['Morgan Manager', 'Morgan Manager']);

    // The rep's turn still gets the notice after the reload (roles were saved with the call).
    await selectTurn('t3');
    await h.page.keyboard.press('f');
    await h.page.getByTestId('review-notice').getByRole('button', { name: 'Dismiss' }).click();
    expect(await h.page.getByTestId('review-notice').count()).toBe(0);
    await selectTurn('t2');
    await h.page.screenshot({ path: join(RESULTS, 'review-marks.png'), fullPage: true });
  });

  it('P marks the rep’s pitch and O a door the prospect opened; again unmarks; the wrong side says why', async () => {
    const momentsOnDisk = () => (annotationsOnDisk() as unknown as { moments: { kind: string; span: { start: number } }[] }).moments;
    await selectTurn('t3'); // the rep: "let me show you our onboarding module"
    await h.page.keyboard.press('p');
    await expect.poll(() => momentsOnDisk().map((m) => [m.kind, m.span.start])).toEqual([['pitch', 5]]);
    await expect.poll(() => turn('t3').getByTestId('moment-badge').textContent()).toBe('Pitch');
    await h.page.keyboard.press('o');
    await expect.poll(() => h.page.getByTestId('review-notice').textContent()).toContain('prospect’s turn');
    expect(momentsOnDisk()).toHaveLength(1);

    await selectTurn('t2');
    await h.page.keyboard.press('o');
    await expect
      .poll(() =>
        momentsOnDisk()
          .map((m) => m.kind)
          .sort(),
      )
      .toEqual(['door-opener', 'pitch']);
    await selectTurn('t3');
    await h.page.keyboard.press('p');
    await expect.poll(() => momentsOnDisk().map((m) => m.kind)).toEqual(['door-opener']);
    await expect.poll(() => turn('t3').getByTestId('moment-badge').count()).toBe(0); // on disk first, then on screen
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => momentsOnDisk()).toHaveLength(2);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
