import { join } from 'node:path';
import { expect } from 'vitest';
import type { EventName, EventPayload } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/services/backend';
import { ScriptedDialogs } from './dialogs';
import { MODELS, TRAINED_MODEL, WHISPER_BINARY } from './whisper';

export const SEGMENTATION = join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx');
export const EMBEDDING = join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx');

export type BackendEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

/**
 * A real backend in `userDataDir` with the trained whisper model chosen and, when asked, the speaker
 * models set; `transcribe` imports a recording and waits for its transcription to finish.
 */
export async function speakerBackend(userDataDir: string, options: { speakerModels: boolean }) {
  const dialogs = Object.assign(new ScriptedDialogs(), { models: [TRAINED_MODEL] });
  const events: BackendEvent[] = [];
  const backend: Backend = await createBackend({
    userDataDir,
    dialogs,
    emit: (event, payload) => events.push({ event, payload } as BackendEvent),
    whisperBinary: WHISPER_BINARY,
  });
  const h = backend.handlers;
  await h['models:chooseFile']({});
  if (options.speakerModels) {
    dialogs.speakerModels.push(SEGMENTATION, EMBEDDING);
    await h['speakers:chooseModelFile']({ kind: 'segmentation' });
    expect(await h['speakers:chooseModelFile']({ kind: 'embedding' })).toEqual({
      segmentation: SEGMENTATION,
      embedding: EMBEDDING,
      ready: true,
      problem: null,
    });
  }
  const transcribe = async (path: string) => {
    const [outcome] = await h['calls:import']({ paths: [path] });
    if (outcome?.kind !== 'imported') throw new Error('import failed');
    const callId = outcome.call.id;
    await h['transcription:start']({ callId });
    await backend.queue.idle();
    const finished = events.filter((e) => e.event === 'transcription:finished').at(-1)?.payload;
    expect(finished).toEqual({ callId, outcome: 'transcribed', message: null });
    return callId;
  };
  return { backend, h, dialogs, events, transcribe };
}
