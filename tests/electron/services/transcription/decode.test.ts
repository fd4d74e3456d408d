import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeForTranscription } from '../../../../electron/services/transcription/decode';
import { readWavDataChunk } from '../../../../shared/formats/wav';
import { FF_ENCODER_AAC } from 'node-av/constants';
import { audio, encode, tempDir } from '../../../helpers/fixtures';

const dir = tempDir('decode');
afterAll(() => dir.cleanup());

describe('decodeForTranscription', () => {
  it('turns a 16 kHz wav into the same 16 kHz mono samples and a 100/s envelope', async () => {
    const out = join(dir.path, 'jfk16k.wav');
    const decoded = await decodeForTranscription(audio('jfk.wav'), out);
    expect(decoded.durationSec).toBeCloseTo(11, 2);
    expect(decoded.channels).toBe(1);
    const original = readFileSync(audio('jfk.wav'));
    const written = readFileSync(out);
    const a = readWavDataChunk(original)!;
    const b = readWavDataChunk(written)!;
    expect(b.declaredBytes).toBe(a.declaredBytes);
    // 16-bit round trip through float: within one step of the original.
    for (const i of [1000, 50_000, 100_000]) {
      expect(Math.abs(written.readInt16LE(b.dataOffset + i * 2) - original.readInt16LE(a.dataOffset + i * 2))).toBeLessThanOrEqual(1);
    }
    expect(decoded.envelope.peaks[0]!.length).toBe(1100 * 2);
    expect(Math.max(...decoded.envelope.peaks[0]!)).toBeGreaterThan(50);
  });

  it('keeps the channels of a stereo call apart: the agent speaks on the left, the caller on the right', async () => {
    const decoded = await decodeForTranscription(audio('service-call-stereo-agentL-callerR.wav'), join(dir.path, 'stereo.wav'));
    expect(decoded.channels).toBe(2);
    expect(decoded.durationSec).toBeCloseTo(245.38, 1);
    const [left, right] = decoded.envelope.energy;
    expect(left!.length).toBe(right!.length);
    const loudLeft = left!.filter((e, i) => e > 4 * right![i]! && e > 1e-4).length;
    const loudRight = right!.filter((e, i) => e > 4 * left![i]! && e > 1e-4).length;
    expect(loudLeft).toBeGreaterThan(1000);
    expect(loudRight).toBeGreaterThan(1000);
  });

  it("also writes each channel alone when asked, in the same pass: the right one is the caller's own track", async () => {
    const channelWav = (c: number) => join(dir.path, `channel ${c + 1}.wav`);
    const mixed = join(dir.path, 'stereo mix.wav');
    const decoded = await decodeForTranscription(audio('service-call-stereo-agentL-callerR.wav'), mixed, { channelWav });
    expect(decoded.channels).toBe(2);
    const own = join(dir.path, 'caller.wav');
    await decodeForTranscription(audio('service-call-track-caller.wav'), own);
    const data = (path: string) => {
      const bytes = readFileSync(path);
      const chunk = readWavDataChunk(bytes)!;
      return bytes.subarray(chunk.dataOffset, chunk.dataOffset + chunk.declaredBytes);
    };
    expect(data(channelWav(1)).equals(data(own))).toBe(true);
    expect(data(channelWav(0)).equals(data(own))).toBe(false); // the agent's
    expect(data(mixed).length).toBe(data(own).length); // the mix is still written for whisper
  });

  it('decodes compressed formats (m4a at 44.1 kHz stereo) to 16 kHz', async () => {
    const m4a = await encode(audio('service-call-stereo-agentL-callerR.wav'), join(dir.path, 'call.m4a'), { encoder: FF_ENCODER_AAC, sampleRate: 44_100 });
    const decoded = await decodeForTranscription(m4a, join(dir.path, 'm4a16k.wav'));
    expect(decoded.channels).toBe(2);
    expect(decoded.durationSec).toBeCloseTo(245.4, 0);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(decodeForTranscription(audio('jfk.wav'), join(dir.path, 'cancelled.wav'), { signal: controller.signal })).rejects.toThrow();
  });
});
