import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventPayload } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/services/backend';
import { ScriptedDialogs } from './dialogs';
import { audio } from './fixtures';
import { WHISPER_BINARY } from './whisper';

/** Three turns, two speakers: a question, a pain, a pitch. */
export const THREE_TURN_VTT = [
  'WEBVTT',
  '',
  '00:00:00.000 --> 00:00:03.000',
  '<v Dana>What made you look at this now?',
  '',
  '00:00:03.000 --> 00:00:08.000',
  '<v Sam>Onboarding takes weeks and we lose renewals.',
  '',
  '00:00:08.000 --> 00:00:11.000',
  '<v Dana>Let me show you our dashboard.',
  '',
].join('\n');

export type TestLibrary = { backend: Backend; dialogs: ScriptedDialogs; changes: EventPayload<'library:changed'>[]; userDataDir: string };

/** A real backend in `userDataDir`, keeping the library changes it announces. */
export async function testLibrary(userDataDir: string): Promise<TestLibrary> {
  const dialogs = new ScriptedDialogs();
  const changes: EventPayload<'library:changed'>[] = [];
  const emit = (event: string, payload: unknown) => {
    if (event === 'library:changed') changes.push(payload as EventPayload<'library:changed'>);
  };
  const backend = await createBackend({ userDataDir, dialogs, emit, whisperBinary: WHISPER_BINARY });
  return { backend, dialogs, changes, userDataDir };
}

/** Imports a fixture recording and gives it a transcript read from a VTT file written in `workDir` (no whisper). */
export async function callWithVtt({ backend, dialogs }: TestLibrary, workDir: string, file = 'jfk.wav', vtt = THREE_TURN_VTT) {
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio(file)] });
  if (outcome?.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  const path = join(workDir, `${callId}.vtt`);
  writeFileSync(path, vtt);
  dialogs.transcripts.push(path);
  await backend.handlers['transcripts:import']({ callId });
  const detail = await backend.handlers['calls:get']({ callId });
  const transcript = (await backend.handlers['calls:transcript']({ callId }))!;
  return { callId, detail, turns: transcript.turns, transcript };
}
