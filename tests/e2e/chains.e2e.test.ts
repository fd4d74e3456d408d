import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, openCallWithTranscript, writeVttFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('chains', (started) => (h = started));

const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const word = (turnId: string, i: number) => turn(turnId).locator(`[data-word="${i}"]`);
const saveState = () => h.page.getByTestId('save-state').textContent();
const panel = () => h.page.getByTestId('chains-panel');
const chains = () => panel().getByTestId('chain');
const chain = (i: number) => chains().nth(i);
const step = (chainIndex: number, level: number) => chain(chainIndex).locator(`[data-testid="chain-step"][data-level="${level}"]`);
const unlinked = () => panel().getByTestId('unlinked-tag');
const audioTime = () => h.page.getByTestId('review-audio').evaluate((a: HTMLAudioElement) => a.currentTime);

type StoredTag = { id: string; level: number; chainId: string | null; parentId: string | null; span: { start: number; end: number } };
type Stored = { tags: StoredTag[]; chains: { id: string; topic: string }[] };
const onDisk = (): Stored => JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'call.json'), 'utf8')).annotations;
type StoredWord = { start: number; end: number };
const wordsOnDisk = (turnId: string): StoredWord[] =>
  JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'transcript.json'), 'utf8')).transcript.turns.find(
    (t: { id: string }) => t.id === turnId,
  ).words;
const tagAt = (level: number, start: number) => onDisk().tags.find((t) => t.level === level && Math.abs(t.span.start - start) < 0.001);

/** Six turns over jfk.wav's 11 s: the rep's questions lead from each pain to the next. */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.000', '<v Dana Rep>How is onboarding going for new clients?'],
    ['00:00:02.000 --> 00:00:04.500', '<v Sam Prospect>Onboarding takes us weeks and the team keeps redoing setup.'],
    ['00:00:04.500 --> 00:00:06.000', '<v Dana Rep>I see. What does that delay cost you?'],
    ['00:00:06.000 --> 00:00:08.500', '<v Sam Prospect>We lost two renewals last quarter because clients waited.'],
    ['00:00:08.500 --> 00:00:09.500', '<v Dana Rep>How does that land on you personally?'],
    ['00:00:09.500 --> 00:00:11.000', '<v Sam Prospect>My bonus is tied to renewals so it hurts me.'],
  ]);

/** Drags the mouse over words first..last of a turn, as a reviewer selects them. */
async function selectWords(turnId: string, first: number, last: number, toTurnId = turnId) {
  await word(turnId, first).scrollIntoViewIfNeeded();
  const from = (await word(turnId, first).boundingBox())!;
  const to = (await word(toTurnId, last).boundingBox())!;
  await h.page.mouse.move(from.x + 1, from.y + from.height / 2);
  await h.page.mouse.down();
  await h.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await h.page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 2 });
  await h.page.mouse.up();
  expect(await h.page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(false);
}

const painWords = (turnId: string) =>
  turn(turnId)
    .locator('[data-pain-level]')
    .evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-word')), Number(e.getAttribute('data-pain-level'))]));

describe('Pain chains: tagging selected words, the rep’s questions, rename, re-link, unlinked, delete (real renderer, real backend)', () => {
  it('imports a call with six turns and makes Dana the rep', async () => {
    callId = await openCallWithTranscript(h, writeVtt());
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(6);

    const dana = h.page.getByTestId('speaker-row').filter({ hasText: 'Dana Rep' });
    await dana.getByTestId('speaker-role').selectOption('rep');
    await expect.poll(() => turn('t1').getByTestId('turn-role').textContent()).toBe('Rep');
  });

  it('1 on a turn opens a chain; 2 on words selected with the mouse tags exactly those words, linked under it', async () => {
    await turn('t2').getByTestId('turn-time').click();
    await h.page.keyboard.press('1');
    await expect.poll(() => chains().count()).toBe(1);

    await selectWords('t4', 1, 3); // "lost two renewals"
    await h.page.keyboard.press('2');
    await expect
      .poll(() => painWords('t4'))
      .toEqual([
        [1, 2],
        [2, 2],
        [3, 2],
      ]);
    expect(await h.page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
    expect(await turn('t4').getByTestId('tag-badge').allTextContents()).toEqual(['Business impact']);
    await expect.poll(saveState).toBe('Saved');
    const words = wordsOnDisk('t4');
    const impact = onDisk().tags.find((t) => t.level === 2)!;
    expect(impact.span.start).toBeCloseTo(words[1]!.start, 6);
    expect(impact.span.end).toBeCloseTo(words[3]!.end, 6);
    const symptom = onDisk().tags.find((t) => t.level === 1)!;
    expect(impact).toMatchObject({ chainId: symptom.chainId, parentId: symptom.id });
    expect(await step(0, 2).getByTestId('chain-quote').textContent()).toBe('“lost two renewals”');
    expect(await painWords('t2')).toEqual([]); // a whole-turn tag shows as its badge, not as highlighted words
  });

  it('the same key on the same words removes the span tag; undo brings it back', async () => {
    await selectWords('t4', 1, 3);
    await h.page.keyboard.press('2');
    await expect.poll(() => painWords('t4')).toEqual([]);
    await expect.poll(saveState).toBe('Saved');
    expect(onDisk().tags).toHaveLength(1);
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => painWords('t4')).toHaveLength(3);
    await expect.poll(saveState).toBe('Saved');
    expect(onDisk().tags).toHaveLength(2);
  });

  it('a selection across two turns tags nothing and says why', async () => {
    await selectWords('t3', 2, 1, 't4');
    await h.page.keyboard.press('1');
    await expect.poll(() => h.page.getByTestId('review-notice').textContent()).toContain('the selection crosses turns');
    expect(onDisk().tags).toHaveLength(2);
    await h.page.getByTestId('review-notice').getByRole('button', { name: 'Dismiss' }).click();
    await h.page.evaluate(() => window.getSelection()?.removeAllRanges());
  });

  it('shows the rep’s questions between the levels, and plays one on click', async () => {
    await turn('t6').getByTestId('turn-time').click();
    await h.page.keyboard.press('3');
    await expect.poll(() => chain(0).getByTestId('chain-depth').textContent()).toBe('Depth 3 of 3');
    expect(await chain(0).getByTestId('chain-path').textContent()).toBe('Symptom → Business impact → Personal stakes');
    expect(await step(0, 1).getByTestId('chain-question').count()).toBe(0);
    expect(await step(0, 2).getByTestId('chain-question').allTextContents()).toEqual(['Asked: “What does that delay cost you?”']);
    expect(await step(0, 3).getByTestId('chain-question').allTextContents()).toEqual(['Asked: “How does that land on you personally?”']);
    await step(0, 3).getByTestId('chain-question').click();
    await expect.poll(audioTime).toBeCloseTo(8.5, 1);
  });

  it('renames a chain inline and saves the topic', async () => {
    await chain(0).getByTestId('chain-rename').click();
    const input = chain(0).getByTestId('chain-topic-input');
    await input.fill('Slow onboarding');
    await input.press('Enter');
    await expect.poll(() => chain(0).getByTestId('chain-topic').textContent()).toBe('Slow onboarding');
    await expect.poll(() => onDisk().chains.map((c) => c.topic)).toEqual(['Slow onboarding']);
    // Focus returns to the Rename button, so keys act on the transcript again, not a stale field.
    expect(
      await chain(0)
        .getByTestId('chain-rename')
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
  });

  it('re-links a step to another chain, taking its deeper pain along', async () => {
    await selectWords('t2', 6, 9); // "team keeps redoing setup."
    await h.page.keyboard.press('1');
    await expect.poll(() => chains().count()).toBe(2);
    expect(await chain(1).getByTestId('chain-topic').textContent()).toBe('team keeps redoing setup.');
    const second = await step(1, 1).getAttribute('data-tag-id');

    await step(0, 2).getByTestId('chain-step-parent').focus(); // the list fills when reached for
    await step(0, 2).getByTestId('chain-step-parent').selectOption(second!);
    await expect.poll(() => chain(1).getByTestId('chain-depth').textContent()).toBe('Depth 3 of 3');
    expect(await chain(0).getByTestId('chain-depth').textContent()).toBe('Depth 1 of 3');
    await expect.poll(saveState).toBe('Saved');
    const { tags, chains: stored } = onDisk();
    const secondChain = stored[1]!.id;
    expect(
      tags
        .filter((t) => t.chainId === secondChain)
        .map((t) => t.level)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(tags.find((t) => t.level === 2)!.parentId).toBe(second);
    // The questions follow the new link: from the moved-to symptom's words to the impact.
    expect(await step(1, 2).getByTestId('chain-question').allTextContents()).toEqual(['Asked: “What does that delay cost you?”']);
  });

  it('"Not linked" moves a step under Unlinked; "Link to…" puts it back', async () => {
    await step(1, 2).getByTestId('chain-step-parent').focus();
    await step(1, 2).getByTestId('chain-step-parent').selectOption('');
    await expect.poll(() => unlinked().count()).toBe(2); // the impact, and the stakes still drilling from it
    expect(await chain(1).getByTestId('chain-depth').textContent()).toBe('Depth 1 of 3');
    await expect.poll(saveState).toBe('Saved');
    expect(onDisk().tags.find((t) => t.level === 2)).toMatchObject({ chainId: null, parentId: null });

    const first = await step(0, 1).getAttribute('data-tag-id');
    await panel().locator('[data-testid="unlinked-tag"][data-level="2"]').getByTestId('unlinked-link').focus();
    await panel().locator('[data-testid="unlinked-tag"][data-level="2"]').getByTestId('unlinked-link').selectOption(first!);
    await expect.poll(() => unlinked().count()).toBe(0);
    await expect.poll(() => chain(0).getByTestId('chain-depth').textContent()).toBe('Depth 3 of 3');
    await expect.poll(saveState).toBe('Saved');
    const firstChain = onDisk().chains[0]!.id;
    expect(onDisk().tags.find((t) => t.level === 2)).toMatchObject({ chainId: firstChain, parentId: first });
    expect(onDisk().tags.find((t) => t.level === 3)).toMatchObject({ chainId: firstChain });
  });

  it('deleting a chain keeps its tags, unlinked; Undo restores the chain', async () => {
    await chain(0).getByTestId('chain-delete').click();
    await expect.poll(() => chains().count()).toBe(1);
    await expect.poll(() => unlinked().count()).toBe(3);
    expect(await h.page.getByTestId('review-notice').textContent()).toContain('Chain “Slow onboarding” deleted');
    await expect.poll(saveState).toBe('Saved');
    expect(onDisk().tags).toHaveLength(4);
    expect(onDisk().tags.filter((t) => t.chainId === null)).toHaveLength(3);
    expect(onDisk().chains.map((c) => c.topic)).toEqual(['team keeps redoing setup.']);
    expect(await painWords('t4')).toHaveLength(3); // still tagged, still highlighted
    await h.page.screenshot({ path: join(RESULTS, 'review-chains-deleted.png'), fullPage: true });

    await h.page.getByTestId('review-notice-action').click();
    await expect.poll(() => chains().count()).toBe(2);
    await expect.poll(() => unlinked().count()).toBe(0);
    await expect.poll(saveState).toBe('Saved');
    expect(
      onDisk()
        .chains.map((c) => c.topic)
        .sort(),
    ).toEqual(['Slow onboarding', 'team keeps redoing setup.']);
    expect(onDisk().tags.filter((t) => t.chainId === null)).toHaveLength(0);
  });

  it('keeps chains, links, names and highlights across a reload', async () => {
    await h.page.reload();
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(6);
    await expect.poll(() => chains().count()).toBe(2);
    const slow = chains().filter({ hasText: 'Slow onboarding' });
    expect(await slow.getByTestId('chain-depth').textContent()).toBe('Depth 3 of 3');
    expect(await slow.getByTestId('chain-question').allTextContents()).toEqual([
      'Asked: “What does that delay cost you?”',
      'Asked: “How does that land on you personally?”',
    ]);
    expect(await painWords('t4')).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    expect((await painWords('t2')).map(([i]) => i)).toEqual([6, 7, 8, 9]);
    expect(tagAt(1, wordsOnDisk('t2')[6]!.start)).toBeDefined();
    expect(await unlinked().count()).toBe(0);
    await h.page.screenshot({ path: join(RESULTS, 'review-chains.png'), fullPage: true });
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
