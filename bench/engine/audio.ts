import { readFile } from 'node:fs/promises';
import { WHISPER_SAMPLE_RATE, decodeForTranscription } from '../../electron/services/transcription/decode';
import { WavWriter } from '../../electron/services/transcription/wavWriter';

/** Our WavWriter's header: the samples start right after it. */
const HEADER_BYTES = 44;

/** `input` as the 16 kHz mono WAV whisper-cli reads, made the way the pipeline makes it. */
export async function whisperWav(input: string, out: string): Promise<number> {
  return (await decodeForTranscription(input, out)).durationSec;
}

/**
 * A call with silences, for VAD and "calls with silence": `copies` of the call, each after `silenceSec` of
 * digital silence, and that silence again at the end. `wav` must be one of ours (whisperWav). A second is
 * written at a time, so memory stays small.
 */
export async function callWithSilences(wav: string, out: string, copies: number, silenceSec: number): Promise<number> {
  const bytes = await readFile(wav);
  const samples = new Int16Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, (bytes.length - HEADER_BYTES) >> 1);
  const call = Float32Array.from(samples, (s) => s / 32767);
  const silence = new Float32Array(WHISPER_SAMPLE_RATE * silenceSec);
  const writer = await WavWriter.create(out, WHISPER_SAMPLE_RATE);
  try {
    for (let i = 0; i < copies; i++) {
      await writer.write(silence);
      await writer.write(call);
    }
    await writer.write(silence);
    return (await writer.close()).durationSec;
  } catch (e) {
    await writer.abort();
    throw e;
  }
}
