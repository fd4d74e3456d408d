import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Annotations } from '../../shared/domain/annotations';
import type { Transcript } from '../../shared/domain/transcript';
import { audio, tempDir } from '../helpers/fixtures';
import { buildRenderer, startHarness, type Harness, type HarnessOptions } from './harness';

/**
 * What the Review view's end-to-end suites share: one harness per file, a call with a transcript
 * imported from a WebVTT written for the test (no recognition run), and reading what landed on disk.
 */

/** Starts the harness before the file's tests and closes it after; answers the file's temp folder. */
export function harnessForFile(label: string, started: (h: Harness) => void, options?: HarnessOptions): { path: string } {
  const files = tempDir(label);
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(buildRenderer(), options);
    started(harness);
  }, 180_000);
  afterAll(async () => {
    try {
      await harness?.close();
    } finally {
      files.cleanup();
    }
  });
  return files;
}

/** [cue time, cue text] — the text may carry a `<v Speaker>` voice tag. */
export type Cue = readonly [string, string];

export function writeVttFile(folder: string, name: string, cues: readonly Cue[]): string {
  const path = join(folder, name);
  writeFileSync(path, ['WEBVTT', '', ...cues.flatMap(([time, text]) => [time, text, ''])].join('\n'));
  return path;
}

/** Imports the recording from the library, opens it and imports the transcript; answers the call's id. */
export async function openCallWithTranscript(h: Harness, vtt: string, recording = 'jfk.wav'): Promise<string> {
  h.dialogs.files.push([audio(recording)]);
  await h.page.getByTestId('import-button').click();
  const row = h.page.getByTestId('call-row').first();
  await row.waitFor();
  const callId = (await row.getAttribute('data-call-id'))!;
  await row.getByTestId('call-title').click();
  await h.page.getByTestId('no-transcript').waitFor();
  h.dialogs.transcripts.push(vtt);
  await h.page.getByTestId('no-transcript').getByTestId('import-transcript').click();
  await h.page.getByTestId('turn').first().waitFor();
  return callId;
}

export const turnRow = (h: Harness, id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);

/** Selects a turn the way a reviewer does: clicking its time (which also plays from there). */
export async function selectTurn(h: Harness, id: string): Promise<void> {
  await turnRow(h, id).getByTestId('turn-time').click();
  await expect.poll(() => turnRow(h, id).getAttribute('data-selected')).toBe('true');
}

const callFolder = (h: Harness, callId: string) => join(h.backend.libraryFolder(), 'calls', callId);

/** The call's annotations as its document on disk holds them. */
export const annotationsOnDisk = (h: Harness, callId: string): Annotations =>
  JSON.parse(readFileSync(join(callFolder(h, callId), 'call.json'), 'utf8')).annotations;

/** The call's transcript as its document on disk holds it. */
export const transcriptOnDisk = (h: Harness, callId: string): Transcript =>
  JSON.parse(readFileSync(join(callFolder(h, callId), 'transcript.json'), 'utf8')).transcript;
