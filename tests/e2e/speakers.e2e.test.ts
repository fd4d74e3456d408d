import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../shared/domain/transcript';
import { audio, tempDirs } from '../helpers/fixtures';
import { decodePcm, mixPcm, writeWav } from '../helpers/media';
import { MODELS, TRAINED_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';

// A real two-party call as most reps get it: both voices on one channel (the fixture's agent and caller
// tracks mixed down), its first 75 seconds to keep whisper's part short.
const SEGMENTATION = join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx');
const EMBEDDING = join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx');
const folders = tempDirs();
let h: Harness;
let mix: string;

beforeAll(async () => {
  const first = { durationSec: 75 };
  const parts = [decodePcm(audio('service-call-track-agent.wav'), first), decodePcm(audio('service-call-track-caller.wav'), first)];
  mix = await writeWav(join(folders.make('mono mix').path, 'Mono call.wav'), mixPcm(parts));
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    folders.cleanup();
  }
});

const row = () => h.page.getByTestId('call-row').filter({ hasText: 'Mono call' });
const speakerRows = () => h.page.getByTestId('speakers-panel').getByTestId('speaker-row');
let callId = '';
const transcriptOnDisk = async (): Promise<Transcript> =>
  (JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'transcript.json'), 'utf8')) as { transcript: Transcript }).transcript;

describe.skipIf(!TRAINED_MODEL)('speakers of a mono call (real renderer, real backend, whisper.cpp and the speaker models)', () => {
  it('sets up speaker detection in Settings: a wrong file is refused with why, then both models are ready', async () => {
    await h.page.getByRole('link', { name: 'Settings' }).click();
    h.dialogs.models.push(TRAINED_MODEL!);
    await h.page.getByTestId('choose-model').click();
    const section = h.page.getByTestId('speaker-models-section');
    expect(await section.getByTestId('speaker-models-status').textContent()).toMatch(/Not set up/);

    h.dialogs.speakerModels.push(audio('jfk.wav'));
    await section.getByTestId('speaker-model-segmentation').getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => section.getByTestId('speaker-models-error').textContent()).toMatch(/“jfk\.wav” is not a speaker segmentation ONNX model/);
    expect(await section.getByTestId('speaker-model-segmentation').textContent()).toMatch(/Not chosen/);

    h.dialogs.speakerModels.push(SEGMENTATION, EMBEDDING);
    await section.getByTestId('speaker-model-segmentation').getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => section.getByTestId('speaker-model-segmentation').textContent()).toContain('segmentation-3-0.onnx');
    await section.getByTestId('speaker-model-embedding').getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => section.getByTestId('speaker-models-status').textContent()).toMatch(/^Ready/);
    expect(await section.getByTestId('speaker-models-problem').count()).toBe(0);
    await section.screenshot({ path: join(RESULTS, 'settings-speaker-models.png') });
    await h.page.getByTestId('settings-back').click();
  });

  it('transcribes the mono call into two speakers and asks which one is the rep', async () => {
    h.dialogs.files.push([mix]);
    await h.page.getByTestId('import-button').click();
    await row().waitFor();
    await row().getByTestId('transcribe-button').click();
    await expect.poll(() => row().getByTestId('call-status').textContent(), { timeout: 240_000, interval: 500 }).toBe('transcribed');
    callId = (await row().getAttribute('data-call-id'))!;
    await row().getByTestId('call-title').click();
    await h.page.getByTestId('review-view').waitFor();
    await expect.poll(() => speakerRows().count()).toBe(2);
    await h.page.getByTestId('rep-prompt').waitFor();
    const transcript = await transcriptOnDisk();
    expect(new Set(transcript.turns.map((t) => t.speakerId)).size).toBe(2);
    expect(transcript.turns.length).toBeGreaterThan(4); // turns break where the voice changes, not at every pause
    await h.page.screenshot({ path: join(RESULTS, 'review-mono-speakers.png') });
  }, 300_000);

  it('a turn fixed by hand keeps its speaker when the speakers are detected again with another count', async () => {
    const turns = (await transcriptOnDisk()).turns;
    const fixed = turns[1]!;
    const other = turns.find((t) => t.speakerId !== fixed.speakerId)!.speakerId;
    const rowOf = h.page.locator(`[data-testid="turn"][data-turn-id="${fixed.id}"]`);
    await rowOf.getByTestId('turn-actions').click();
    await h.page.locator(`[data-testid="menu-speaker"][data-speaker-id="${other}"]`).click();
    await expect.poll(async () => (await transcriptOnDisk()).turns.find((t) => t.id === fixed.id)?.speakerSetBy).toBe('user');

    const panel = h.page.getByTestId('redetect-speakers');
    await panel.getByTestId('redetect-count').selectOption('3');
    await panel.getByTestId('redetect-button').click();
    await expect.poll(() => panel.getByTestId('redetect-result').textContent()).toMatch(/Found 3 speakers/);
    await expect.poll(() => speakerRows().count()).toBe(3);
    await h.page.getByTestId('speakers-panel').screenshot({ path: join(RESULTS, 'speakers-redetected.png') });
    const after = (await transcriptOnDisk()).turns;
    const kept = after.filter((t) => t.speakerSetBy === 'user');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((t) => t.speakerId === other && t.start >= fixed.start - 0.01 && t.end <= fixed.end + 0.01)).toBe(true);
    expect(new Set(after.map((t) => t.speakerId)).size).toBe(3);

    await panel.getByTestId('redetect-count').selectOption('auto');
    await panel.getByTestId('redetect-button').click();
    await expect.poll(() => panel.getByTestId('redetect-result').textContent()).toMatch(/Found 2 speakers/);
    await expect.poll(() => speakerRows().count()).toBe(2);
    expect((await transcriptOnDisk()).turns.filter((t) => t.speakerSetBy === 'user').every((t) => t.speakerId === other)).toBe(true);
  }, 60_000);

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
