import { expect } from 'vitest';
import { audio } from '../helpers/fixtures';
import type { Harness } from './harness';
import { writeVttFile, type Cue } from './reviewCall';

/**
 * What the search panel's end-to-end suites share: calls made through the backend with transcripts
 * imported from WebVTT written for the test (no recognition run), and the panel's parts.
 */

export type CallToBuild = { recording: string; cues: readonly Cue[]; title: string; recordedAt: string };

/** One call through the backend: import, transcript (written into `folder`), title and date; answers its id. */
export async function buildCall(h: Harness, folder: string, call: CallToBuild): Promise<string> {
  const handlers = h.backend.handlers;
  const [outcome] = await handlers['calls:import']({ paths: [audio(call.recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`${call.recording} was not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(writeVttFile(folder, `${call.title}.vtt`, call.cues));
  expect(await handlers['transcripts:import']({ callId })).toEqual({ imported: true });
  await handlers['calls:rename']({ callId, title: call.title });
  await handlers['calls:setRecordedAt']({ callId, recordedAt: call.recordedAt });
  return callId;
}

/** Gives each speaker of the call the role its name ends in (" Rep": rep, else prospect). */
export async function setRolesByName(h: Harness, callId: string): Promise<void> {
  const handlers = h.backend.handlers;
  const { speakers } = await handlers['calls:get']({ callId });
  for (const s of speakers) await handlers['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name.endsWith(' Rep') ? 'rep' : 'prospect' });
}

/** The panel's parts in the harness's page (read when used: the harness starts after the file loads). */
export function searchPanel(harness: () => Harness, callA: () => string) {
  const page = () => harness().page;
  const hits = () => page().getByTestId('search-hit');
  return {
    panel: () => page().getByTestId('search-panel'),
    input: () => page().getByTestId('search-input'),
    hits,
    /** The results as "A/t2", "B/t4" (call A, any other call B; then the turn), in order, once the answer is shown. */
    found: async () => {
      await expect.poll(() => page().getByTestId('search-summary').textContent()).not.toBe('Searching…');
      return hits().evaluateAll((rows, a) => rows.map((r) => `${r.getAttribute('data-call-id') === a ? 'A' : 'B'}/${r.getAttribute('data-turn-id')}`), callA());
    },
    /** The Review view's player. */
    media: () => page().getByTestId('review-audio'),
  };
}
