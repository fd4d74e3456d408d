import { join } from 'node:path';
import { eightBitCopy } from '../../electron/services/models/eightBit';
import { inspectModelFile } from '../../electron/services/models/modelFile';
import { quantizeBinaryBeside } from '../../electron/services/transcription/binary';
import type { Engine } from '../../electron/services/transcription/pipeline';
import { engineProfile, type TranscriptionSpeed } from '../../shared/transcription/engineProfile';

/**
 * The engine the app would run for `speed` (Settings → Transcription speed) with this model, binary and
 * thread count: the profile's decoding and word timing, and its 8-bit copy of the model (made in
 * `copies` once, as the app keeps one in its models folder, so making it is not part of a timed run).
 */
export async function appEngine(o: { speed: TranscriptionSpeed; model: string; binary: string; threads: number; copies: string }): Promise<Engine> {
  const profile = engineProfile({ cores: o.threads, features: null }, o.speed);
  const source = await inspectModelFile(o.model);
  const path = profile.eightBit ? await eightBitCopy(source, { quantizeBinary: quantizeBinaryBeside(o.binary), dir: o.copies }) : source.path;
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

export const copiesDir = (work: string) => join(work, '8-bit');
