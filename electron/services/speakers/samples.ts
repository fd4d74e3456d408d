import { readFile } from 'node:fs/promises';
import { readWavDataChunk } from '../../../shared/formats/wav';
import { AppError } from '../../../shared/errors';

export const SAMPLE_RATE = 16_000;

/**
 * The samples of the 16 kHz mono 16-bit WAV the transcription pipeline already wrote for whisper
 * (electron/services/transcription/decode.ts), as floats in [-1, 1]: the recording is not decoded twice.
 * A 15-minute call is 58 MB of floats.
 */
export async function readWhisperWav(path: string): Promise<Float32Array> {
  const bytes = await readFile(path);
  const chunk = readWavDataChunk(bytes);
  if (!chunk) throw new AppError('NOT_AUDIO', 'The decoded audio for speaker detection is not a WAV file.');
  // The pipeline's own writer puts the canonical fmt chunk first: 16 kHz, mono, 16-bit PCM.
  const format = bytes.toString('ascii', 12, 16) === 'fmt ' ? bytes.readUInt16LE(20) : 0;
  if (format !== 1 || bytes.readUInt16LE(22) !== 1 || bytes.readUInt32LE(24) !== SAMPLE_RATE || bytes.readUInt16LE(34) !== 16) {
    throw new AppError('UNSUPPORTED_FORMAT', 'Speaker detection needs the 16 kHz mono 16-bit WAV made for transcription.');
  }
  const end = Math.min(bytes.length, chunk.dataOffset + chunk.declaredBytes);
  const count = Math.floor((end - chunk.dataOffset) / 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset + chunk.dataOffset, count * 2);
  const samples = new Float32Array(count);
  // The writer scales by 32767 (wavWriter.ts); the same factor brings the floats back.
  for (let i = 0; i < count; i++) samples[i] = view.getInt16(i * 2, true) / 32767;
  return samples;
}
