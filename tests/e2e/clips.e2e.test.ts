import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import { TEST_MODEL, TRAINED_MODEL } from '../helpers/whisper';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, selectTurn, turnRow, writeVttFile } from './reviewCall';

const MODEL = TRAINED_MODEL ?? TEST_MODEL;
let h: Harness;
let callId = '';
let durationSec = 0;
const files = harnessForFile('clips', (started) => (h = started));

/** Six turns over jfk.wav's 11 s: a chain from symptom to impact, a door the rep walks past. */
const writeVtt = () =>
  writeVttFile(files.path, 'discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.000', '<v Dana Rep>How is onboarding going for new clients?'],
    ['00:00:02.000 --> 00:00:04.500', '<v Sam Prospect>Onboarding takes us weeks and the team keeps redoing setup.'],
    ['00:00:04.500 --> 00:00:06.000', '<v Dana Rep>I see. What does that delay cost you?'],
    ['00:00:06.000 --> 00:00:08.500', '<v Sam Prospect>We lost two renewals last quarter because clients waited.'],
    ['00:00:08.500 --> 00:00:09.500', '<v Dana Rep>Let me show you our dashboard.'],
    ['00:00:09.500 --> 00:00:11.000', '<v Sam Prospect>My bonus is tied to renewals so it hurts me.'],
  ]);

const waveform = () => h.page.getByTestId('waveform');
const selectionRegion = () => waveform().locator('[part~="clip-selection"]');
const rangeBar = () => h.page.getByTestId('range-bar');
const dialog = () => h.page.getByTestId('clip-dialog');
const notice = () => h.page.getByTestId('review-notice');
const currentTime = () => h.page.getByTestId('review-audio').evaluate((a: HTMLAudioElement) => a.currentTime);
const rangeOf = async (locator: ReturnType<typeof rangeBar>) => ({
  start: Number(await locator.getAttribute('data-start')),
  end: Number(await locator.getAttribute('data-end')),
});
const clips = () => h.backend.handlers['clips:list']({});

/** The waveform's box, and the x of a time on it (the whole call fits: no zoom). */
async function waveX(seconds: number): Promise<{ x: number; y: number }> {
  const box = (await waveform().locator('[part="wrapper"]').boundingBox())!;
  return { x: box.x + (seconds / durationSec) * box.width, y: box.y + 25 };
}

async function shiftDrag(from: number, to: number): Promise<void> {
  const [a, b] = [await waveX(from), await waveX(to)];
  await h.page.keyboard.down('Shift');
  await h.page.mouse.move(a.x, a.y);
  await h.page.mouse.down();
  await h.page.mouse.move(b.x, b.y, { steps: 8 });
  await h.page.mouse.up();
  await h.page.keyboard.up('Shift');
}

async function saveAndWait(): Promise<void> {
  await dialog().getByTestId('clip-save').click();
  await expect.poll(() => dialog().count()).toBe(0);
}

// A failed step leaves no dialog over the page for the next one.
afterEach(async () => {
  if ((await dialog().count()) > 0) await h.page.keyboard.press('Escape');
});

describe('Clips from the Review view: a range on the waveform, a chain, a missed follow-up (real renderer, real backend)', () => {
  it('transcribes a call (for its waveform) and replaces the transcript with six turns', async () => {
    h.dialogs.models.push(MODEL);
    await h.page.goto(`${h.url}#/settings`);
    await h.page.getByTestId('models-section').getByTestId('choose-model').click();
    await expect.poll(() => h.page.getByTestId('model-name').textContent()).toBe(basename(MODEL));
    await h.page.goto(h.url);
    h.dialogs.files.push([audio('jfk.wav')]);
    await h.page.getByTestId('import-button').click();
    const row = h.page.getByTestId('call-row').first();
    await row.waitFor();
    callId = (await row.getAttribute('data-call-id'))!;
    durationSec = (await h.backend.handlers['calls:get']({ callId })).durationSec;
    await row.getByTestId('call-title').click();
    await h.page.getByTestId('no-transcript').getByTestId('transcribe-button').click();
    await waveform().waitFor({ timeout: 120_000 });
    await expect.poll(() => waveform().locator('canvas').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    h.dialogs.transcripts.push(writeVtt());
    await h.page.getByTestId('transcript-panel').getByTestId('import-transcript').click();
    await h.page.getByTestId('confirm-ok').click();
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(6);
    const dana = h.page.getByTestId('speaker-row').filter({ hasText: 'Dana Rep' });
    await dana.getByTestId('speaker-role').selectOption('rep');
    await expect.poll(() => turnRow(h, 't1').getByTestId('turn-role').textContent()).toBe('Rep');
    expect(await h.page.getByTestId('range-hint').textContent()).toContain('Shift+drag on the waveform');
  }, 150_000);

  it('Shift+drag selects a range without seeking; a handle adjusts its end; a click still seeks', async () => {
    expect(await currentTime()).toBe(0);
    await shiftDrag(2, 5);
    await rangeBar().waitFor();
    const selected = await rangeOf(rangeBar());
    expect(selected.start).toBeCloseTo(2, 0);
    expect(selected.end).toBeCloseTo(5, 0);
    expect(await selectionRegion().count()).toBe(1);
    expect(await currentTime()).toBe(0); // the drag selected, it did not seek
    expect(await h.page.getByTestId('range-length').textContent()).toBe(`(${(selected.end - selected.start).toFixed(1)} s)`);

    // The right handle, dragged 1.5 s later.
    const handle = selectionRegion().locator('[part~="region-handle-right"]');
    const box = (await handle.boundingBox())!;
    const to = await waveX(selected.end + 1.5);
    await h.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await h.page.mouse.down();
    await h.page.mouse.move(to.x, box.y + box.height / 2, { steps: 8 });
    await h.page.mouse.up();
    await expect.poll(async () => (await rangeOf(rangeBar())).end).toBeGreaterThan(selected.end + 1);
    const adjusted = await rangeOf(rangeBar());
    expect(adjusted.start).toBe(selected.start);
    expect(adjusted.end).toBeCloseTo(selected.end + 1.5, 0);
    expect(await currentTime()).toBe(0);

    // A plain click inside the range plays from there, as anywhere on the waveform.
    const inside = await waveX(4);
    await h.page.mouse.click(inside.x, inside.y);
    await expect.poll(currentTime).toBeGreaterThan(3.5);
    expect(await currentTime()).toBeLessThan(4.5);
    expect(await rangeOf(rangeBar())).toEqual(adjusted);
  });

  it('Esc clears the range; [ and ] set it at the playhead', async () => {
    await h.page.keyboard.press('Escape');
    await expect.poll(() => rangeBar().count()).toBe(0);
    // The region on the waveform follows the range a frame later: waited for, not read once.
    await expect.poll(() => selectionRegion().count()).toBe(0);

    const at = async (seconds: number) => {
      const p = await waveX(seconds);
      await h.page.mouse.click(p.x, p.y);
      await expect.poll(currentTime).toBeCloseTo(seconds, 0);
    };
    await at(6);
    await h.page.keyboard.press(']');
    await expect.poll(() => h.page.getByTestId('range-point').count()).toBe(1);
    await expect.poll(() => h.page.getByTestId('range-make-clip').isDisabled()).toBe(true);
    await at(2.5);
    await h.page.keyboard.press('[');
    await expect.poll(() => h.page.getByTestId('range-length').count()).toBe(1);
    const range = await rangeOf(rangeBar());
    expect(range.start).toBeCloseTo(2.5, 0);
    expect(range.end).toBeCloseTo(6, 0);
    await expect.poll(() => selectionRegion().count()).toBe(1);
  });

  it('makes a clip of the range into a new playlist', async () => {
    const range = await rangeOf(rangeBar());
    await h.page.getByTestId('range-make-clip').click();
    await dialog().waitFor();
    expect(await dialog().getByTestId('clip-title').inputValue()).toBe('Onboarding takes us weeks and the team keeps…');
    expect(await dialog().getByTestId('clip-context-before').count()).toBe(0); // a range has no context: its ends are the clip's
    await dialog().getByTestId('clip-title').fill('Onboarding pain');
    await dialog().getByTestId('clip-note').fill('Listen to how long setup takes.');
    await dialog().getByTestId('clip-playlist').selectOption({ label: 'New playlist…' });
    await dialog().getByTestId('clip-save').click();
    expect(await dialog().getByTestId('clip-error').textContent()).toBe('A playlist needs a name.');
    await dialog().getByTestId('clip-playlist-name').fill('Best moments');
    expect(await dialog().getByTestId('clip-error').count()).toBe(0); // the message answered the last Save
    await h.page.screenshot({ path: join(RESULTS, 'clip-dialog.png') });
    await saveAndWait();
    await expect.poll(() => notice().textContent()).toContain('Clip “Onboarding pain” saved to “Best moments”.');

    const [clip] = await clips();
    expect(clip).toMatchObject({
      origin: { kind: 'call', callId },
      start: range.start,
      end: range.end,
      title: 'Onboarding pain',
      note: 'Listen to how long setup takes.',
    });
    const playlists = await h.backend.handlers['playlists:list']({});
    expect(playlists.map((p) => p.name)).toEqual(['Best moments']);
    const view = await h.backend.handlers['playlists:get']({ playlistId: playlists[0]!.id });
    expect(view.items.map((i) => i.clip.id)).toEqual([clip!.id]);
    // The clip shows on the waveform, as a bar that takes no clicks.
    await expect.poll(() => waveform().locator(`[part~="clip-mark-${clip!.id}"]`).count()).toBe(1);
    expect(
      await waveform()
        .locator(`[part~="clip-mark-${clip!.id}"]`)
        .evaluate((e) => getComputedStyle(e).pointerEvents),
    ).toBe('none');
  });

  it('makes a clip of a whole pain chain with 1 s of context, into the existing playlist', async () => {
    await selectTurn(h, 't2');
    await h.page.keyboard.press('1');
    await selectTurn(h, 't4');
    await h.page.keyboard.press('2');
    const chain = h.page.getByTestId('chains-panel').getByTestId('chain');
    await expect.poll(() => chain.getByTestId('chain-step').count()).toBe(2);

    await chain.getByTestId('chain-make-clip').click();
    await dialog().waitFor();
    const shown = dialog().getByTestId('clip-range');
    expect(await rangeOf(shown)).toEqual({ start: 0, end: 11.5 > durationSec ? durationSec : 11.5 }); // 3 s each side of 2.0–8.5
    await dialog().getByTestId('clip-context-before').fill('1');
    await dialog().getByTestId('clip-context-after').fill('1');
    expect(await rangeOf(shown)).toEqual({ start: 1, end: 9.5 });
    expect(await shown.textContent()).toBe('0:01.0 – 0:09.5 (8.5 s)');
    await dialog().getByTestId('clip-playlist').selectOption({ label: 'Best moments' });
    await saveAndWait();

    const made = (await clips())[1]!;
    expect(made).toMatchObject({ start: 1, end: 9.5 });
    const [playlist] = await h.backend.handlers['playlists:list']({});
    const view = await h.backend.handlers['playlists:get']({ playlistId: playlist!.id });
    expect(view.items.map((i) => i.clip.id)).toEqual([(await clips())[0]!.id, made.id]);
  });

  it('makes a clip of a missed follow-up: the door and the rep’s reply', async () => {
    await selectTurn(h, 't4');
    await h.page.keyboard.press('f');
    const followUp = h.page.getByTestId('follow-up-dialog');
    await followUp.getByLabel('Pivoted to a pitch or demo').check();
    await h.page.getByTestId('follow-up-asked').fill('What did losing those renewals cost?');
    await h.page.getByTestId('follow-up-save').click();
    await expect.poll(() => followUp.count()).toBe(0);

    await h.page.getByTestId('follow-ups-panel').getByTestId('follow-up-make-clip').click();
    await dialog().waitFor();
    expect(await dialog().getByTestId('clip-title').inputValue()).toBe('Missed follow-up: What did losing those renewals cost?');
    await dialog().getByTestId('clip-context-before').fill('0');
    await dialog().getByTestId('clip-context-after').fill('0');
    // t4 (the door, 6.0–8.5) and t5, the rep's reply (8.5–9.5).
    expect(await rangeOf(dialog().getByTestId('clip-range'))).toEqual({ start: 6, end: 9.5 });
    await saveAndWait();
    await expect.poll(() => notice().textContent()).toContain('saved.');
    expect(await notice().getByTestId('review-notice-action').count()).toBe(0); // in no playlist: nothing to open
    expect((await clips())[2]).toMatchObject({ start: 6, end: 9.5, title: 'Missed follow-up: What did losing those renewals cost?' });
  });

  it('a range past the end of the call is refused with the reason, and nothing is saved', async () => {
    await h.page.getByTestId('range-make-clip').click();
    await dialog().waitFor();
    await dialog().getByTestId('clip-end').fill('0:30');
    const message = `The clip ends at 0:30, after the end of the call (0:${String(Math.round(durationSec)).padStart(2, '0')}).`;
    expect(await dialog().getByTestId('clip-range-error').textContent()).toBe(message);
    await dialog().getByTestId('clip-save').click();
    expect(await dialog().getByTestId('clip-error').textContent()).toBe(message);
    await dialog().getByTestId('clip-end').fill('0:05');
    expect(await dialog().getByTestId('clip-range-error').count()).toBe(0);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await clips()).toHaveLength(3);
  });

  it('a turn’s menu makes a clip of the turn', async () => {
    await turnRow(h, 't6').hover();
    await turnRow(h, 't6').getByTestId('turn-actions').click();
    await h.page.getByTestId('menu-make-clip').click();
    await dialog().waitFor();
    expect(await dialog().getByTestId('clip-title').inputValue()).toBe('My bonus is tied to renewals so it…');
    await dialog().getByTestId('clip-context-before').fill('0');
    await dialog().getByTestId('clip-context-after').fill('0');
    expect(await rangeOf(dialog().getByTestId('clip-range'))).toEqual({ start: 9.5, end: Math.min(11, durationSec) });
    await dialog().getByTestId('clip-cancel').click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await clips()).toHaveLength(3);
  });

  it('the notice of a clip saved into a playlist opens that playlist', async () => {
    await turnRow(h, 't6').hover();
    await turnRow(h, 't6').getByTestId('turn-actions').click();
    await h.page.getByTestId('menu-make-clip').click();
    await dialog().waitFor();
    await dialog().getByTestId('clip-playlist').selectOption({ label: 'Best moments' });
    await saveAndWait();
    await expect.poll(() => notice().textContent()).toContain('saved to “Best moments”.');
    const [playlist] = await h.backend.handlers['playlists:list']({});
    await notice().getByTestId('review-notice-action').click();
    await h.page.getByTestId('clip-list').waitFor();
    expect(await h.page.evaluate(() => window.location.hash)).toBe(`#/playlists/${playlist!.id}`);
    expect(await h.page.getByTestId('clip-row').last().getByTestId('clip-title').textContent()).toBe('My bonus is tied to renewals so it…');
  });

  it('logged no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
