import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audio, tempDirs } from '../helpers/fixtures';
import { decodePcm, mixPcm, writeWav } from '../helpers/media';
import { EMBEDDING, SEGMENTATION } from '../helpers/speakerBackend';
import { TRAINED_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';

// Who-is-who is known on the stereo call (agent left, caller right); the mono call is the same two people
// later in the call, mixed down: the agent's remembered voice must name them there.
const folders = tempDirs();
let h: Harness;
let stereo: string;
let mono: string;

beforeAll(async () => {
  const dir = folders.make('voice calls').path;
  stereo = await writeWav(join(dir, 'Stereo call.wav'), decodePcm(audio('service-call-stereo-agentL-callerR.wav'), { durationSec: 120 }));
  const later = { startSec: 120, durationSec: 75 };
  const parts = [decodePcm(audio('service-call-track-agent.wav'), later), decodePcm(audio('service-call-track-caller.wav'), later)];
  mono = await writeWav(join(dir, 'Mono call.wav'), mixPcm(parts));
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    folders.cleanup();
  }
});

const row = (title: string) => h.page.getByTestId('call-row').filter({ hasText: title });
const speakerRow = (name: string) => h.page.getByTestId('speakers-panel').getByTestId('speaker-row').filter({ hasText: name });
const profiles = () => h.page.getByTestId('voice-profiles-section');

async function transcribeAndOpen(path: string, title: string) {
  h.dialogs.files.push([path]);
  await h.page.getByTestId('import-button').click();
  await row(title).getByTestId('transcribe-button').click();
  await expect.poll(() => row(title).getByTestId('call-status').textContent(), { timeout: 600_000, interval: 500 }).toBe('transcribed');
  await row(title).getByTestId('call-title').click();
  await h.page.getByTestId('review-view').waitFor();
}

describe.skipIf(!TRAINED_MODEL)('voice profiles (real renderer, real backend, whisper.cpp and the speaker models)', () => {
  it('starts with the models set and no voice remembered', async () => {
    await h.page.getByRole('link', { name: 'Settings' }).click();
    h.dialogs.models.push(TRAINED_MODEL!);
    await h.page.getByTestId('choose-model').click();
    const section = h.page.getByTestId('speaker-models-section');
    h.dialogs.speakerModels.push(SEGMENTATION, EMBEDDING);
    await section.getByTestId('speaker-model-segmentation').getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => section.getByTestId('speaker-model-segmentation').textContent()).toContain('segmentation-3-0.onnx');
    await section.getByTestId('speaker-model-embedding').getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => section.getByTestId('speaker-models-status').textContent()).toMatch(/^Ready/);
    await profiles().getByTestId('voice-profiles-empty').waitFor();
    await h.page.getByTestId('settings-back').click();
  });

  it("remembers the rep's voice from a stereo call, after asking", async () => {
    await transcribeAndOpen(stereo, 'Stereo call');
    const left = speakerRow('Left channel');
    await left.getByTestId('speaker-rename').click();
    await h.page.getByTestId('speaker-name-input').fill('Dana');
    await h.page.getByTestId('speaker-name-input').press('Enter');
    const dana = speakerRow('Dana');
    await dana.getByTestId('speaker-role').selectOption('rep');
    await expect.poll(() => dana.getByTestId('speaker-role').inputValue()).toBe('rep');

    await dana.getByTestId('remember-voice').click();
    const dialog = h.page.getByTestId('remember-voice-dialog');
    expect(await dialog.textContent()).toMatch(/not a recording.*this library’s folder only.*delete it in Settings/);
    await dialog.screenshot({ path: join(RESULTS, 'remember-voice-consent.png') });
    await dialog.getByTestId('remember-voice-ok').click();
    await expect.poll(() => dana.getByTestId('remember-voice-done').textContent(), { timeout: 120_000 }).toMatch(/Dana’s voice is remembered/);
    await expect.poll(() => dialog.count()).toBe(0);
    await h.page.getByTestId('review-back').click();
  }, 900_000);

  it('names the rep on a new mono call by voice, with one click to undo', async () => {
    // Told before transcription how many people speak (Speakers panel), then transcribed from the review.
    h.dialogs.files.push([mono]);
    await h.page.getByTestId('import-button').click();
    const callId = await row('Mono call').getAttribute('data-call-id');
    await row('Mono call').getByTestId('call-title').click();
    await h.page.getByTestId('review-view').waitFor();
    await h.page.getByTestId('speaker-count').selectOption('2');
    await expect.poll(async () => (await h.backend.handlers['calls:get']({ callId: callId! })).speakerCount).toBe(2);
    await h.page.getByTestId('transcribe-button').click();
    const dana = speakerRow('Dana');
    await dana.waitFor({ timeout: 600_000 });
    await expect.poll(() => dana.getByTestId('voice-match').textContent()).toMatch(/Named by voice · \d+ % alike/);
    expect(await dana.getByTestId('speaker-role').inputValue()).toBe('rep');
    expect(await h.page.getByTestId('rep-prompt').count()).toBe(0); // the rep is known: no question asked
    await h.page.getByTestId('speakers-panel').screenshot({ path: join(RESULTS, 'voice-named-speaker.png') });

    await dana.getByTestId('voice-match-undo').click();
    await expect.poll(() => h.page.getByTestId('speakers-panel').getByTestId('speaker-name').allTextContents()).toEqual(['Speaker 1', 'Speaker 2']);
    await h.page.getByTestId('rep-prompt').waitFor(); // back to asking who the rep is
    await h.page.getByTestId('review-back').click();
  }, 900_000);

  it('lists the profile in Settings with the call it came from, and deletes it', async () => {
    await h.page.getByRole('link', { name: 'Settings' }).click();
    const profile = profiles().getByTestId('voice-profile');
    await expect.poll(() => profile.getByTestId('voice-profile-name').textContent()).toBe('Dana');
    expect(await profile.getByTestId('voice-profile-sources').textContent()).toBe('From “Stereo call”');
    await profiles().screenshot({ path: join(RESULTS, 'settings-voice-profiles.png') });
    await profile.getByTestId('voice-profile-delete').click();
    await h.page.getByTestId('confirm-ok').click();
    await profiles().getByTestId('voice-profiles-empty').waitFor();
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
