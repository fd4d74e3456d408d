import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS, type Harness } from './harness';
import { annotationsOnDisk, harnessForFile, openCallWithTranscript, turnRow, writeVttFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('suggestions', (started) => (h = started));

/** Saves go through the real backend: on a loaded machine two in a row can take longer than poll's 1 s. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5_000 });
const onDisk = () => annotationsOnDisk(h, callId);
const panel = () => h.page.getByTestId('suggestions-panel');
const chips = (turnId: string) => turnRow(h, turnId).getByTestId('suggestion-chip');
const chip = (turnId: string, kind: string) => turnRow(h, turnId).locator(`[data-testid="suggestion-chip"][data-kind="${kind}"]`);
const kinds = (turnId: string) => chips(turnId).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
const savedSettled = () => poll(() => h.page.getByTestId('save-state').textContent()).toBe('Saved');

/** Selects a turn without focusing a button (a click on the speaker's name), so Enter is the review's key. */
async function selectTurn(id: string) {
  await turnRow(h, id).getByTestId('turn-speaker').click();
  await poll(() => turnRow(h, id).getAttribute('data-selected')).toBe('true');
}

/** Eight turns over jfk.wav's 11 s: a symptom the rep answers with a demo, then a better-run dig to personal stakes. */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:01.300', '<v Dana Rep>Thanks for making time today. How are things going with your sales team?'],
    ['00:00:01.300 --> 00:00:02.600', "<v Sam Prospect>Honestly, our reps waste hours on meeting notes, it's a mess."],
    ['00:00:02.600 --> 00:00:04.000', '<v Dana Rep>Let me show you a quick demo of our platform.'],
    ['00:00:04.000 --> 00:00:05.300', '<v Sam Prospect>Sure. We lost two deals last quarter because follow-ups slipped.'],
    ['00:00:05.300 --> 00:00:06.600', '<v Dana Rep>That sounds painful. What happened with those deals?'],
    ['00:00:06.600 --> 00:00:08.000', '<v Sam Prospect>My VP asked me to explain it to the board, and my bonus depends on it.'],
    ['00:00:08.000 --> 00:00:09.500', '<v Dana Rep>Understood. Our tool writes the notes for you automatically.'],
    ['00:00:09.500 --> 00:00:11.000', '<v Sam Prospect>Okay. Can you send me the pricing afterwards?'],
  ]);

describe('Review suggestions: chips, Enter / Backspace, the panel (real renderer, real backend)', () => {
  it('without speaker roles the panel says why there are no suggestions', async () => {
    callId = await openCallWithTranscript(h, writeVtt());
    await poll(() => h.page.getByTestId('turn').count()).toBe(8);
    expect(await panel().getByTestId('suggestions-unavailable').textContent()).toContain('Say which speaker is the rep to get suggestions.');
    expect(await panel().getByTestId('suggestions-unavailable').textContent()).toContain('Speakers panel');
    expect(await h.page.getByTestId('suggestion-chip').count()).toBe(0);
  });

  it('with roles set, dashed chips appear on the turns the rules point at', async () => {
    const speakerRow = (name: string) => h.page.getByTestId('speakers-panel').getByTestId('speaker-row').filter({ hasText: name });
    await speakerRow('Dana Rep').getByTestId('speaker-role').selectOption('rep');
    await speakerRow('Sam Prospect').getByTestId('speaker-role').selectOption('prospect');

    await poll(() => kinds('t2')).toEqual(['door-opener', 'pain']);
    expect(await kinds('t1')).toEqual([]);
    expect(await kinds('t3')).toEqual(['missed-follow-up', 'pitch']);
    expect(await kinds('t4')).toEqual(['door-opener', 'pain']);
    expect(await kinds('t5')).toEqual([]);
    expect(await kinds('t6')).toEqual(['pain']);
    expect(await kinds('t7')).toEqual(['pitch']);
    expect(await kinds('t8')).toEqual([]);
    expect(await chip('t2', 'pain').getByTestId('suggestion-kind').textContent()).toBe('Pain · Symptom');
    expect(await chip('t4', 'pain').getByTestId('suggestion-kind').textContent()).toBe('Pain · Business impact');
    expect(await chip('t6', 'pain').getByTestId('suggestion-kind').textContent()).toBe('Pain · Personal stakes');
    expect(await chip('t3', 'missed-follow-up').textContent()).toContain('Suggested: Missed follow-up');
    expect(await chip('t2', 'door-opener').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('dashed');

    // The reason on hover (title) and on expand; a missed follow-up also says what to ask.
    expect(await chip('t3', 'missed-follow-up').getAttribute('title')).toContain('Ask instead:');
    await chip('t3', 'missed-follow-up').getByTestId('suggestion-toggle').click();
    expect(await chip('t3', 'missed-follow-up').getByTestId('suggestion-detail').textContent()).toContain('a mess');
    expect(await chip('t3', 'missed-follow-up').getByTestId('suggestion-asked').textContent()).toContain('Tell me more');

    expect(await panel().getByTestId('suggestions-count').textContent()).toBe('8');
    const counts = await panel()
      .getByTestId('suggestion-count')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')} ${e.querySelector('.suggestion-count-value')?.textContent}`));
    expect(counts).toEqual(['door-opener 2', 'pain 3', 'missed-follow-up 1', 'pitch 2']);
    expect(await panel().getByTestId('suggestion-item').count()).toBe(8);
    await chip('t2', 'pain').hover(); // its words are marked in the screenshot
    await h.page.screenshot({ path: join(RESULTS, 'review-suggestions.png'), fullPage: true });
  });

  it('Enter accepts the selected turn’s first suggestion; pressed twice at once, the next one', async () => {
    await selectTurn('t3');
    await h.page.keyboard.press('Enter');
    await h.page.keyboard.press('Enter');
    await poll(() => onDisk().followUps.length).toBe(1);
    await poll(() => onDisk().moments.length).toBe(1);
    await savedSettled();
    expect(onDisk().followUps[0]).toMatchObject({ span: { start: 2.6, end: 4 }, reason: 'pivoted-to-pitch', author: 'Reviewer' });
    expect(onDisk().followUps[0]!.shouldHaveAsked).toContain('a mess');
    expect(onDisk().moments[0]).toMatchObject({ kind: 'pitch', span: { start: 2.6, end: 4 }, author: 'Reviewer' });
    await poll(() => kinds('t3')).toEqual([]);
    expect(await turnRow(h, 't3').getByTestId('follow-up-badge').count()).toBe(1);
    expect(await turnRow(h, 't3').getByTestId('moment-badge').textContent()).toBe('Pitch');
    // The follow-ups panel lists it, with the suggested question (F edits it from there).
    expect(await h.page.getByTestId('follow-ups-panel').getByTestId('follow-up-item-asked').textContent()).toContain('a mess');
  });

  it('Backspace dismisses (saved in .dismissed); Ctrl+Z brings the suggestion back', async () => {
    await selectTurn('t4');
    await h.page.keyboard.press('Backspace');
    await poll(() => onDisk().dismissed).toEqual([{ id: 'door-opener@4118' }]);
    await poll(() => kinds('t4')).toEqual(['pain']);
    await h.page.keyboard.press('Control+z');
    await poll(() => onDisk().dismissed).toEqual([]);
    await poll(() => kinds('t4')).toEqual(['door-opener', 'pain']);
    await h.page.keyboard.press('Backspace');
    await poll(() => onDisk().dismissed).toEqual([{ id: 'door-opener@4118' }]);
    await poll(() => kinds('t4')).toEqual(['pain']);
  });

  it('Enter on a focused button presses the button instead', async () => {
    // t4 stays the selected turn: had Enter been taken, its pain would be tagged.
    await chip('t2', 'door-opener').getByTestId('suggestion-dismiss').focus();
    await h.page.keyboard.press('Enter');
    await poll(() => onDisk().dismissed.map((d) => d.id)).toEqual(['door-opener@4118', 'door-opener@1300']);
    await savedSettled();
    expect(onDisk().tags).toEqual([]);
    await poll(() => kinds('t2')).toEqual(['pain']);
  });

  it('accepted pains join one chain, as keyboard tagging does', async () => {
    await selectTurn('t2');
    await h.page.keyboard.press('Enter');
    await poll(() => onDisk().tags.length).toBe(1);
    await selectTurn('t4');
    await h.page.keyboard.press('Enter');
    await poll(() => onDisk().tags.length).toBe(2);
    await chip('t6', 'pain').getByTestId('suggestion-accept').click();
    await poll(() => onDisk().tags.length).toBe(3);
    const [symptom, impact, stakes] = [...onDisk().tags].sort((a, b) => a.level - b.level);
    expect(symptom).toMatchObject({ level: 1, parentId: null, span: { start: 1.3 } });
    expect(impact).toMatchObject({ level: 2, parentId: symptom!.id, chainId: symptom!.chainId });
    expect(stakes).toMatchObject({ level: 3, parentId: impact!.id, chainId: symptom!.chainId });
    expect(onDisk().chains).toEqual([{ id: symptom!.chainId, topic: 'Honestly, our reps waste hours on' }]);
    const chains = h.page.getByTestId('chains-panel').getByTestId('chain');
    await poll(() => chains.count()).toBe(1);
    await poll(() => chains.first().getByTestId('chain-step').count()).toBe(3);
    expect(await turnRow(h, 't4').getByTestId('tag-badge').textContent()).toBe('Business impact');
    await poll(() => kinds('t6')).toEqual([]);
  });

  it('the panel lists what is left; a click selects and reveals that turn', async () => {
    await poll(() => panel().getByTestId('suggestion-item').count()).toBe(1);
    await panel().locator('[data-testid="suggestion-count"][data-kind="pitch"]').click();
    expect(await panel().getByTestId('suggestion-item').first().textContent()).toContain('Our tool writes the notes');
    await panel().getByTestId('suggestion-item-open').first().click();
    await poll(() => turnRow(h, 't7').getAttribute('data-selected')).toBe('true');
    await h.page.getByTestId('back-to-playhead').waitFor(); // the view stopped following the playhead

    await chip('t7', 'pitch').hover(); // its words are marked
    await poll(() => turnRow(h, 't7').locator('.word.suggested').count()).toBe(8); // not “Understood.”
    expect(await turnRow(h, 't7').locator('.word.suggested').first().textContent()).toBe('Our');
  });

  it('after a reload dismissed suggestions stay gone and accepted ones are marks', async () => {
    await h.page.reload();
    await poll(() => h.page.getByTestId('turn').count()).toBe(8);
    await poll(() => kinds('t7')).toEqual(['pitch']);
    for (const id of ['t1', 't2', 't3', 't4', 't5', 't6', 't8']) expect(await kinds(id)).toEqual([]);
    expect(await panel().getByTestId('suggestions-count').textContent()).toBe('1');
    expect(await turnRow(h, 't3').getByTestId('moment-badge').count()).toBe(1);
    await h.page.screenshot({ path: join(RESULTS, 'review-suggestions-accepted.png'), fullPage: true });
  });

  it('hiding the chips is remembered, and keys then leave suggestions alone', async () => {
    await panel().getByTestId('suggestions-show-inline').uncheck();
    await poll(() => h.page.getByTestId('suggestion-chip').count()).toBe(0);
    await selectTurn('t7');
    await h.page.keyboard.press('Enter');
    await h.page.reload();
    await poll(() => h.page.getByTestId('turn').count()).toBe(8);
    await poll(() => panel().getByTestId('suggestion-item').count()).toBe(1);
    expect(await panel().getByTestId('suggestions-show-inline').isChecked()).toBe(false);
    expect(await h.page.getByTestId('suggestion-chip').count()).toBe(0);
    expect(onDisk().moments).toHaveLength(1);
    await panel().getByTestId('suggestions-show-inline').check();
    await poll(() => kinds('t7')).toEqual(['pitch']);
  });

  it('removing an accepted pitch offers it again; from the scorecard tab the list leads back; the keys are in the ? help', async () => {
    await turnRow(h, 't3').getByTestId('moment-remove').click();
    await poll(() => onDisk().moments).toEqual([]);
    await poll(() => kinds('t3')).toEqual(['pitch']);

    // On the scorecard tab the chips are out of sight: Enter leaves them; the panel's list leads back.
    await h.page.getByTestId('tab-scorecard').click();
    await poll(() => h.page.getByTestId('turn').count()).toBe(0);
    await h.page.getByTestId('review-title').click();
    await h.page.keyboard.press('Enter');
    await panel().locator('[data-testid="suggestion-item"][data-suggestion-id="pitch@2600"] button').click();
    await poll(() => turnRow(h, 't3').getAttribute('data-selected')).toBe('true');
    await h.page.getByTestId('back-to-playhead').waitFor();
    expect(onDisk().moments).toEqual([]);

    await h.page.getByTestId('turn-speaker').first().click();
    await h.page.keyboard.press('?');
    const help = h.page.getByTestId('keyboard-help');
    await help.waitFor();
    expect(await help.textContent()).toContain("Accept the selected turn's first suggestion");
    expect(await help.textContent()).toContain("Dismiss the selected turn's first suggestion");
    await h.page.keyboard.press('Escape');
    await poll(() => help.count()).toBe(0);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
