import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationCommand } from '../../shared/domain/annotations';
import { tagCommand } from '../../shared/domain/chains';
import { chainClipRange, followUpClipRange } from '../../shared/playlists/clipRange';
import { audio } from '../helpers/fixtures';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, writeVttFile } from './reviewCall';

let h: Harness;
const files = harnessForFile('playlists', (started) => (h = started));
const handlers = () => h.backend.handlers;
const REP = 'Dana Reyes';
const at = '2026-03-01T09:00:00.000Z';

/** Call A (jfk.wav, 11 s): a pain chain over the prospect's two turns, 1.5–5.5 s. */
let callA = '';
/** Call B (sales-followup-azure.wav, 120 s): a missed follow-up at 10–12.5 s and the rep's reply to 14 s. */
let callB = '';
let chainClip = '';
let followUpClip = '';
let playlistId = '';
let chainRange = { start: 0, end: 0 };
let followUpRange = { start: 0, end: 0 };

async function buildCall(recording: string, vtt: string, title: string): Promise<string> {
  const [outcome] = await handlers()['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`${recording} was not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(vtt);
  expect(await handlers()['transcripts:import']({ callId })).toEqual({ imported: true });
  await handlers()['calls:rename']({ callId, title });
  const { speakers } = await handlers()['calls:get']({ callId });
  for (const s of speakers) await handlers()['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name === REP ? 'rep' : 'prospect' });
  return callId;
}

const apply = (callId: string, command: AnnotationCommand) => handlers()['annotations:apply']({ callId, command });
const turnsOf = async (callId: string) => (await handlers()['calls:transcript']({ callId }))!.turns;
const durationOf = async (callId: string) => (await handlers()['calls:get']({ callId })).durationSec;

beforeAll(async () => {
  const vttA = writeVttFile(files.path, 'acme.vtt', [
    ['00:00:00.000 --> 00:00:01.500', `<v ${REP}>How is onboarding going?`],
    ['00:00:01.500 --> 00:00:03.000', '<v Sam Prospect>Onboarding is slow for us.'],
    ['00:00:03.000 --> 00:00:04.000', `<v ${REP}>What does that cost you?`],
    ['00:00:04.000 --> 00:00:05.500', '<v Sam Prospect>Two renewals this quarter.'],
    ['00:00:05.500 --> 00:00:11.000', `<v ${REP}>Let me show you how we fix that.`],
  ]);
  const vttB = writeVttFile(files.path, 'globex.vtt', [
    ['00:00:00.000 --> 00:00:10.000', `<v ${REP}>Thanks for making the time today, tell me about your team.`],
    ['00:00:10.000 --> 00:00:12.500', '<v Pat Buyer>Onboarding new reps takes us weeks.'],
    ['00:00:12.500 --> 00:00:14.000', `<v ${REP}>Great, let me show our pricing.`],
    ['00:00:14.000 --> 00:02:00.000', '<v Pat Buyer>Sure, go ahead.'],
  ]);
  callA = await buildCall('jfk.wav', vttA, 'Acme discovery');
  callB = await buildCall('sales-followup-azure.wav', vttB, 'Globex discovery');

  // A chain: symptom → business impact, as the Review view tags them.
  const symptom = await handlers()['annotations:get']({ callId: callA });
  await apply(callA, tagCommand(symptom, { id: 's1', level: 1, span: { start: 1.5, end: 3 }, author: 'Morgan', createdAt: at }, null, 'Onboarding'));
  const impact = await handlers()['annotations:get']({ callId: callA });
  const tagged = await apply(callA, tagCommand(impact, { id: 'b1', level: 2, span: { start: 4, end: 5.5 }, author: 'Morgan', createdAt: at }, 's1', ''));
  chainRange = chainClipRange(await turnsOf(callA), tagged.annotations, 'chain-s1', 0, await durationOf(callA))!;
  expect(chainRange).toEqual({ start: 1.5, end: 5.5 });

  const followUp = {
    id: 'f1',
    span: { start: 10, end: 12.5 },
    reason: 'pivoted-to-pitch' as const,
    shouldHaveAsked: 'Weeks, how so?',
    author: 'Morgan',
    createdAt: at,
  };
  await apply(callB, { type: 'put', collection: 'followUps', item: followUp });
  followUpRange = followUpClipRange(await turnsOf(callB), followUp, 0, await durationOf(callB));
  expect(followUpRange).toEqual({ start: 10, end: 14 });

  chainClip = (await handlers()['clips:create']({ callId: callA, ...chainRange, title: 'Onboarding chain', note: 'Two levels deep.' })).id;
  followUpClip = (await handlers()['clips:create']({ callId: callB, ...followUpRange, title: 'Missed: weeks, how so?' })).id;
  playlistId = (
    await handlers()['playlists:create']({ name: 'Onboarding pain', description: 'Discovery done right, and not', clipIds: [chainClip, followUpClip] })
  ).id;
}, 60_000);

const page = () => h.page;
const savedOrder = async () => (await handlers()['playlists:get']({ playlistId })).playlist.clipIds;
const rowIds = () =>
  page()
    .getByTestId('clip-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-clip-id')));
const row = (clipId: string) => page().locator(`[data-testid="clip-row"][data-clip-id="${clipId}"]`);
const media = () => page().getByTestId('playlist-audio');
const mediaState = () =>
  media().evaluate((a: HTMLAudioElement) => ({ src: a.getAttribute('src') ?? '', time: a.currentTime, paused: a.paused, rate: a.playbackRate }));
const playerIndex = () => page().getByTestId('playlist-player').getAttribute('data-index');
const hash = () => page().evaluate(() => window.location.hash);

async function openPlaylist() {
  await page().goto(h.url);
  await page().getByTestId('playlists-link').click();
  await page().locator(`[data-testid="playlist-row"][data-playlist-id="${playlistId}"]`).getByTestId('playlist-link').click();
  await page().getByTestId('clip-list').waitFor();
}

describe('Playlists: the list, reordering, the player and smart playlists (real renderer, real backend)', () => {
  it('the library leads to the playlists; the list shows each playlist’s name, description, clip count and length', async () => {
    await page().goto(h.url);
    await page().getByTestId('playlists-link').click();
    await page().getByTestId('playlists-view').waitFor();
    expect(await hash()).toBe('#/playlists');
    const listed = page().locator(`[data-testid="playlist-row"][data-playlist-id="${playlistId}"]`);
    expect(await listed.getByTestId('playlist-link').textContent()).toBe('Onboarding pain');
    expect(await listed.getByTestId('playlist-description').textContent()).toBe('Discovery done right, and not');
    expect(await listed.getByTestId('playlist-meta').textContent()).toBe('2 clips · 0:08');
    expect(await listed.getByTestId('smart-badge').count()).toBe(0);
  });

  it('creates, renames, describes and deletes (after asking) a playlist', async () => {
    await page().getByTestId('new-playlist').click();
    await page().getByTestId('playlist-name-input').fill('Scratch');
    await page().getByTestId('create-playlist-save').click();
    await page().getByTestId('playlist-view').waitFor();
    const created = (await page().getByTestId('playlist-view').getAttribute('data-playlist-id'))!;
    expect(await page().getByTestId('playlist-no-clips').textContent()).toContain('Review view');

    await page().getByTestId('playlist-back').click();
    const scratch = page().locator(`[data-testid="playlist-row"][data-playlist-id="${created}"]`);
    await scratch.getByTestId('playlist-rename').click();
    await scratch.getByTestId('playlist-rename-input').fill('Scratch pad');
    await scratch.getByTestId('playlist-rename-input').press('Enter');
    await expect.poll(() => scratch.getByTestId('playlist-link').textContent()).toBe('Scratch pad');
    await scratch.getByTestId('playlist-describe').click();
    await scratch.getByTestId('playlist-describe-input').fill('Moments to sort later');
    await scratch.getByTestId('playlist-describe-save').click();
    await expect.poll(() => scratch.getByTestId('playlist-description').textContent()).toBe('Moments to sort later');
    const saved = (await handlers()['playlists:get']({ playlistId: created })).playlist;
    expect([saved.name, saved.description]).toEqual(['Scratch pad', 'Moments to sort later']);

    await scratch.getByTestId('playlist-delete').click();
    await page().getByTestId('confirm-ok').click();
    await expect.poll(() => scratch.count()).toBe(0);
    expect((await handlers()['playlists:list']({})).map((p) => p.id)).toEqual([playlistId]);
  });

  it('reorders by keyboard (a drag handle, Move up/down, Alt+↑) and by dragging; each order is saved', async () => {
    await openPlaylist();
    expect(await rowIds()).toEqual([chainClip, followUpClip]);
    expect(await row(chainClip).getByTestId('clip-range').textContent()).toBe('0:01–0:05 (0:04)');
    expect(await row(followUpClip).getByTestId('clip-call-title').textContent()).toBe('Globex discovery');

    // dnd-kit's keyboard sensor: Space picks the clip up, ↑ moves it, Space puts it down.
    // Each step waits for what it announces, as the user hears it before the next key.
    const announced = (text: string) => expect.poll(() => page().locator('[id^="DndLiveRegion"]').textContent()).toContain(text);
    await row(followUpClip).getByTestId('clip-handle').focus();
    await page().keyboard.press('Space');
    await announced('“Missed: weeks, how so?” is now at place 2');
    // dnd-kit listens for the arrows from a setTimeout(0) after the pick-up, and Chromium runs input before
    // timers: a timer of our own, queued after theirs, has run only once they listen (a person is never this fast).
    await page().evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page().keyboard.press('ArrowUp');
    await announced('is now at place 1');
    await page().keyboard.press('Space');
    await expect.poll(savedOrder).toEqual([followUpClip, chainClip]);
    expect(await rowIds()).toEqual([followUpClip, chainClip]);

    await row(followUpClip).getByTestId('clip-move-down').click();
    await expect.poll(savedOrder).toEqual([chainClip, followUpClip]);

    await row(followUpClip).getByTestId('clip-handle').focus();
    await page().keyboard.press('Alt+ArrowUp');
    await expect.poll(savedOrder).toEqual([followUpClip, chainClip]);

    // A pointer drag: the chain's handle over the first row.
    const handle = (await row(chainClip).getByTestId('clip-handle').boundingBox())!;
    const target = (await row(followUpClip).boundingBox())!;
    await page().mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page().mouse.down();
    await page().mouse.move(handle.x + handle.width / 2, handle.y + 10, { steps: 4 });
    await page().mouse.move(handle.x + handle.width / 2, target.y + 4, { steps: 10 });
    await page().mouse.up();
    await expect.poll(savedOrder).toEqual([chainClip, followUpClip]);
    await expect.poll(rowIds).toEqual([chainClip, followUpClip]);

    // Titles and notes are edited in place.
    await row(followUpClip).getByTestId('clip-edit-note').click();
    await row(followUpClip).getByTestId('clip-note-input').fill('Ask how long, and what it costs.');
    await row(followUpClip).getByTestId('clip-note-save').click();
    await expect.poll(() => row(followUpClip).getByTestId('clip-note').textContent()).toBe('Ask how long, and what it costs.');
    expect((await handlers()['clips:list']({})).find((c) => c.id === followUpClip)?.note).toBe('Ask how long, and what it costs.');
    await page().screenshot({ path: join(RESULTS, 'playlist-editor.png') });
  });

  it('puts a clip in a second playlist too (a clip can be in several): a new one, then it is not offered its own', async () => {
    await openPlaylist();
    await row(chainClip).getByTestId('clip-add-to-playlist').click();
    const dialog = page().getByTestId('add-to-playlist-dialog');
    const options = await dialog.getByTestId('add-to-playlist-select').locator('option').allTextContents();
    expect(options).not.toContain('Onboarding pain'); // the playlist it is shown in
    await dialog.getByTestId('add-to-playlist-select').selectOption('new');
    await dialog.getByTestId('add-to-playlist-save').click();
    await expect.poll(() => dialog.getByTestId('add-to-playlist-error').textContent()).toBe('Give the new playlist a name.');
    await dialog.getByTestId('add-to-playlist-name').fill('Chains to copy');
    await dialog.getByTestId('add-to-playlist-save').click();
    await expect.poll(() => row(chainClip).getByTestId('clip-added').textContent()).toBe('Also in “Chains to copy”.');
    const second = (await handlers()['playlists:list']({})).find((p) => p.name === 'Chains to copy')!;
    expect((await handlers()['playlists:get']({ playlistId: second.id })).playlist.clipIds).toEqual([chainClip]);
    expect(await savedOrder()).toContain(chainClip); // still in the first
    await handlers()['playlists:delete']({ playlistId: second.id });
  });

  it('plays the clips back to back across calls: the first from its start, then the second from its own', async () => {
    await openPlaylist();
    expect(await playerIndex()).toBe('0');
    expect(await page().getByTestId('player-clip-title').textContent()).toBe('Onboarding chain');
    expect(await page().getByTestId('player-note').textContent()).toContain('Two levels deep.');
    await page().getByTestId('player-toggle').click();

    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(chainRange.start + 0.5);
    const first = await mediaState();
    expect(first.src).toContain(`/media/${callA}/`);
    expect(first.time).toBeLessThan(chainRange.end);
    expect(first.paused).toBe(false);
    // The turn being spoken is highlighted, with its tag.
    const activeTurn = page().locator('[data-testid="clip-turn"][data-active="true"]');
    await expect.poll(() => activeTurn.textContent()).toMatch(/Onboarding is slow|What does that cost|Two renewals/);
    expect(await page().getByTestId('clip-tag-badge').allTextContents()).toEqual(['Symptom', 'Business impact']);

    // At the chain's end (within 4 s; the recording itself lasts 11 s) the follow-up plays, from its call's recording at its start.
    await expect.poll(playerIndex, { timeout: 5_000 }).toBe('1');
    await expect.poll(async () => (await mediaState()).src).toContain(`/media/${callB}/`);
    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(followUpRange.start + 0.3);
    const second = await mediaState();
    expect(second.time).toBeLessThan(followUpRange.start + 3);
    expect(second.paused).toBe(false);
    expect(await page().getByTestId('clip-follow-up-badge').count()).toBe(1);
    await page()
      .getByTestId('playlist-player')
      .screenshot({ path: join(RESULTS, 'playlist-player.png') });

    // At the last clip's end playback stops, and says so.
    await expect.poll(() => page().getByTestId('player-notice').textContent(), { timeout: 10_000 }).toContain('End of the playlist.');
    expect((await mediaState()).paused).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it('keys: P / N / R move between clips and replay, > speeds up, Space pauses; O opens the full call at that moment', async () => {
    await openPlaylist();
    await page().getByTestId('player-next').click(); // to the follow-up, paused
    expect(await playerIndex()).toBe('1');
    await page().keyboard.press('Space');
    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(followUpRange.start + 0.5);

    await page().keyboard.press('p');
    await expect.poll(playerIndex).toBe('0');
    await expect.poll(async () => (await mediaState()).src).toContain(`/media/${callA}/`);
    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(chainRange.start + 0.3);
    expect((await mediaState()).paused).toBe(false);

    await page().keyboard.press('n');
    await expect.poll(async () => (await mediaState()).src).toContain(`/media/${callB}/`);
    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(followUpRange.start + 1.2);
    await page().keyboard.press('r');
    await expect.poll(async () => (await mediaState()).time).toBeLessThan(followUpRange.start + 1);
    expect(await playerIndex()).toBe('1');

    await page().keyboard.press('>');
    await expect.poll(async () => (await mediaState()).rate).toBe(1.25);
    expect(await page().getByTestId('player-rate').inputValue()).toBe('1.25');

    await page().keyboard.press('Space');
    await expect.poll(async () => (await mediaState()).paused).toBe(true);
    const moment = (await mediaState()).time;
    expect(moment).toBeGreaterThanOrEqual(followUpRange.start);

    await page().keyboard.press('o');
    await expect.poll(hash).toMatch(new RegExp(`^#/calls/${callB}\\?at=`));
    const opened = Number(/at=([\d.]+)/.exec(await hash())![1]);
    expect(Math.abs(opened - moment)).toBeLessThan(0.05);
    await expect
      .poll(
        () =>
          page()
            .getByTestId('review-audio')
            .evaluate((a: HTMLAudioElement) => a.currentTime),
        { timeout: 10_000 },
      )
      .toBeCloseTo(opened, 1);
  });

  it('a smart playlist made in the UI from a saved search lists its hits, then is frozen into an ordinary playlist', async () => {
    const search = await handlers()['searches:save']({ name: 'Onboarding mentions', query: { text: 'onboarding', role: 'prospect', limit: 50 } });
    await page().goto(h.url);
    await page().getByTestId('playlists-link').click();
    await page().getByTestId('new-smart-playlist').click();
    await page().getByTestId('smart-search-select').selectOption(search.id);
    await page().getByTestId('smart-context-input').fill('1');
    await page().getByTestId('smart-playlist-save').click();
    await page().getByTestId('clip-list').waitFor();
    expect(await page().getByTestId('playlist-title').textContent()).toBe('Onboarding mentions');
    expect(await page().getByTestId('smart-badge').textContent()).toBe('Smart · Onboarding mentions');

    // The prospect's two turns that say "onboarding", one per call, each with a second around it: 0.5–4 s and 9–13.5 s.
    await expect.poll(() => page().getByTestId('clip-row').count()).toBe(2);
    const ranges = await page().getByTestId('clip-row').getByTestId('clip-range').allTextContents();
    expect(ranges.sort()).toEqual(['0:00–0:04 (0:04)', '0:09–0:13 (0:05)']);
    expect(await page().getByTestId('clip-handle').count()).toBe(0);
    expect(await page().getByTestId('clip-remove').count()).toBe(0);
    const smartId = (await page().getByTestId('playlist-view').getAttribute('data-playlist-id'))!;

    await page().getByTestId('freeze-playlist').click();
    await expect.poll(() => page().getByTestId('clip-handle').count()).toBe(2);
    expect(await page().getByTestId('smart-badge').count()).toBe(0);
    expect(await page().getByTestId('freeze-playlist').count()).toBe(0);
    const frozen = (await handlers()['playlists:get']({ playlistId: smartId })).playlist;
    expect(frozen.smart).toBeNull();
    expect(frozen.clipIds).toHaveLength(2);
    expect(h.errors).toEqual([]);
  });

  it('a clip whose call was deleted says why it can’t play, and the player passes over it with a note', async () => {
    const [outcome] = await handlers()['calls:import']({ paths: [audio('jfk.mp3')] });
    if (outcome?.kind !== 'imported') throw new Error('jfk.mp3 was not imported');
    const gone = (await handlers()['clips:create']({ callId: outcome.call.id, start: 1, end: 4, title: 'Gone clip' })).id;
    const withGap = (await handlers()['playlists:create']({ name: 'With a gap', clipIds: [chainClip, gone, followUpClip] })).id;
    await handlers()['calls:delete']({ callId: outcome.call.id });

    await page().goto(`${h.url}#/playlists/${withGap}`);
    await page().getByTestId('clip-list').waitFor();
    expect(await row(gone).getByTestId('clip-unavailable').textContent()).toMatch(/Can’t play: The call “.+” was deleted\./);
    await page().keyboard.press('n');
    await expect.poll(playerIndex).toBe('2');
    expect(await page().getByTestId('player-notice').textContent()).toMatch(/^Skipped a clip that can’t play: “Gone clip” \(The call “.+” was deleted\.\)$/);
    await expect.poll(async () => (await mediaState()).src).toContain(`/media/${callB}/`);
    expect(h.errors).toEqual([]);
  });

  it('a clip of a call recorded one file per speaker plays every track together, from the clip’s start', async () => {
    const outcome = await handlers()['calls:importTracks']({
      title: 'Two-track call',
      tracks: [
        { path: audio('service-call-track-agent.wav'), speakerName: 'Agent' },
        { path: audio('service-call-track-caller.wav'), speakerName: 'Caller' },
      ],
    });
    if (outcome.kind !== 'imported') throw new Error(`the tracks were not imported: ${JSON.stringify(outcome)}`);
    const clipId = (await handlers()['clips:create']({ callId: outcome.call.id, start: 20, end: 24, title: 'Both sides' })).id;
    const tracks = (await handlers()['playlists:create']({ name: 'Tracks', clipIds: [clipId] })).id;

    await page().goto(`${h.url}#/playlists/${tracks}`);
    await page().getByTestId('clip-list').waitFor();
    const follower = () =>
      page()
        .getByTestId('playlist-audio-track')
        .evaluate((a: HTMLAudioElement) => ({ time: a.currentTime, paused: a.paused }));
    expect(await page().getByTestId('playlist-audio-track').count()).toBe(1);
    await page().getByTestId('player-toggle').click();
    await expect.poll(async () => (await mediaState()).time, { timeout: 10_000 }).toBeGreaterThan(20.5);
    const [lead, other] = [await mediaState(), await follower()];
    expect(other.paused).toBe(false);
    expect(Math.abs(lead.time - other.time)).toBeLessThan(0.3);
    expect(other.time).toBeGreaterThan(20);
    await expect.poll(() => page().getByTestId('player-notice').textContent(), { timeout: 10_000 }).toContain('End of the playlist.');
    await expect.poll(async () => (await follower()).paused).toBe(true);
    expect(h.errors).toEqual([]);
  });
});
