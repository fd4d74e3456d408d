import { open, type FileHandle } from 'node:fs/promises';

/**
 * Writes 16 kHz mono 16-bit PCM (what whisper.cpp reads) as it arrives, then fills in the sizes in the
 * header: the whole recording is never held in memory.
 */
export class WavWriter {
  private bytes = 0;
  /** Samples wait here until a second's worth can go to disk in one write. */
  private pending = new Int16Array(16_000);
  private pendingLength = 0;
  private constructor(
    private readonly file: FileHandle,
    private readonly sampleRate: number,
  ) {}

  static async create(path: string, sampleRate: number): Promise<WavWriter> {
    const file = await open(path, 'w');
    await file.write(header(sampleRate, 0), 0, 44, 0);
    return new WavWriter(file, sampleRate);
  }

  async write(samples: Float32Array): Promise<void> {
    for (let i = 0; i < samples.length; i++) {
      const v = samples[i]!;
      this.pending[this.pendingLength++] = v >= 1 ? 32767 : v <= -1 ? -32767 : Math.round(v * 32767);
      if (this.pendingLength === this.pending.length) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    // Int16Array is little-endian on every platform Electron ships for, as WAV wants.
    const bytes = new Uint8Array(this.pending.buffer, 0, this.pendingLength * 2);
    await this.file.write(bytes, 0, bytes.length, 44 + this.bytes);
    this.bytes += bytes.length;
    this.pendingLength = 0;
  }

  async close(): Promise<{ durationSec: number }> {
    await this.flush();
    await this.file.write(header(this.sampleRate, this.bytes), 0, 44, 0);
    await this.file.close();
    return { durationSec: this.bytes / 2 / this.sampleRate };
  }

  async abort(): Promise<void> {
    await this.file.close().catch(() => {});
  }
}

function header(sampleRate: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16); // PCM fmt chunk size
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/**
 * Mixes our own 16 kHz mono WAVs (same start, maybe different lengths) into one, a second at a time.
 * Per-speaker tracks are transcribed as this mix and the words attributed by each track's energy.
 */
export async function mixWavFiles(inputs: string[], output: string, sampleRate: number): Promise<void> {
  const files = await Promise.all(inputs.map((path) => open(path, 'r')));
  const writer = await WavWriter.create(output, sampleRate);
  try {
    const sizes = await Promise.all(files.map(async (f) => (await f.stat()).size - 44));
    const longest = Math.max(...sizes);
    const chunkBytes = sampleRate * 2;
    const buffer = Buffer.alloc(chunkBytes);
    for (let offset = 0; offset < longest; offset += chunkBytes) {
      const length = Math.min(chunkBytes, longest - offset) / 2;
      const mixed = new Float32Array(length);
      for (const file of files) {
        const { bytesRead } = await file.read(buffer, 0, length * 2, 44 + offset);
        for (let i = 0; i < bytesRead / 2; i++) mixed[i]! += buffer.readInt16LE(i * 2) / 32768 / files.length;
      }
      await writer.write(mixed);
    }
    await writer.close();
  } catch (e) {
    await writer.abort();
    throw e;
  } finally {
    await Promise.all(files.map((f) => f.close()));
  }
}

/**
 * Copies [startSec, endSec) of one of our own 16 kHz mono WAVs into a WAV of its own, a second at a time:
 * what whisper.cpp is given for one window of a long call. Given a slice rather than the whole call with
 * `--offset-t`, it holds only the window in memory (it reads the whole file and computes the whole
 * spectrogram otherwise), and hears silence after the window's end, not the next window's first words.
 */
export async function sliceWav(input: string, output: string, startSec: number, endSec: number, sampleRate: number): Promise<void> {
  const source = await open(input, 'r');
  const target = await open(output, 'w');
  try {
    const dataBytes = (await source.stat()).size - 44;
    const from = Math.min(dataBytes, Math.round(startSec * sampleRate) * 2);
    const to = Math.min(dataBytes, Math.round(endSec * sampleRate) * 2);
    await target.write(header(sampleRate, to - from), 0, 44, 0);
    const buffer = Buffer.alloc(sampleRate * 2);
    for (let offset = from; offset < to; offset += buffer.length) {
      const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, to - offset), 44 + offset);
      await target.write(buffer, 0, bytesRead, 44 + offset - from);
    }
  } finally {
    await target.close();
    await source.close();
  }
}
