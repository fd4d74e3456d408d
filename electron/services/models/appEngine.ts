import { engineProfile, type TranscriptionSpeed } from '../../../shared/transcription/engineProfile';
import { quantizeBinaryBeside } from '../transcription/binary';
import type { Engine } from '../transcription/pipeline';
import { eightBitCopy } from './eightBit';
import { inspectModelFile } from './modelFile';

/**
 * For the command line and bench:engine (the app's models service adds the user's thread setting and a
 * fallback when the copy can't be made): the engine the app would run for `speed` (Settings → Transcription speed) with this model, binary and
 * thread count: the profile's decoding and word timing, and its 8-bit copy of the model (made in
 * `copies` once, as the app keeps one in its models folder, so making it is not part of a timed run).
 */
export async function appEngine(o: { speed: TranscriptionSpeed; model: string; binary: string; threads: number; copies: string }): Promise<Engine> {
  const profile = engineProfile({ cores: o.threads, features: null }, o.speed);
  const source = await inspectModelFile(o.model);
  const path = profile.eightBit
    ? await eightBitCopy(source, { quantizeBinary: quantizeBinaryBeside(o.binary), dir: o.copies }).catch((e: unknown) => {
        // Slower, never worse: the model as it is still transcribes.
        console.warn(`${e instanceof Error ? e.message : String(e)}; transcribing with the model as it is`);
        return source.path;
      })
    : source.path;
  return {
    binary: o.binary,
    model: path,
    modelName: source.name,
    threads: o.threads,
    language: source.englishOnly ? 'en' : 'auto',
    dtwPreset: profile.wordTiming === 'dtw' ? source.dtwPreset : null,
    decoding: { beamSize: profile.beamSize, bestOf: profile.bestOf, flashAttn: profile.flashAttn },
  };
}
