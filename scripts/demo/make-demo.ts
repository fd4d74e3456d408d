/**
 * Writes the demo call the app ships (resources/demo/): each line of scripts/demo/script.ts spoken by
 * espeak-ng (rep on the left channel, prospect on the right, fixed voices, speeds and pitches), placed
 * with fixed pauses, encoded to AAC by node-av, with its waveform peaks, transcript and marks in the
 * app's own document formats. Run: `npx tsx scripts/demo/make-demo.ts` (needs espeak-ng on the PATH).
 */
import '../../electron/services/media/polyfill';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decoder, Demuxer, Encoder, FilterAPI, Muxer } from 'node-av/api';
import { Log } from 'node-av/lib';
import { AV_LOG_QUIET, FF_ENCODER_AAC } from 'node-av/constants';
import { EnvelopeBuilder } from '../../shared/domain/envelope';
import { readWavDataChunk } from '../../shared/formats/wav';
import { annotationsOf, callOf, DEMO_CALL_ID, LINES, transcriptOf, type Placed } from './documents';

Log.setLevel(AV_LOG_QUIET);

const OUT = join(import.meta.dirname, '../../resources/demo');
/** espeak-ng writes 22.05 kHz mono; the call keeps that rate (speech needs no more). */
const RATE = 22_050;
const VOICES = {
  rep: { voice: 'en-us', speed: 165, pitch: 38 },
  prospect: { voice: 'en-gb+f3', speed: 150, pitch: 62 },
} as const;
/** Pauses between lines cycle through these (seconds): fixed, so every run places lines the same. */
const PAUSES = [0.55, 0.8, 0.45, 0.95, 0.65, 0.7];
const LEAD_IN = 0.8;
const BITRATE = 40_000;

/** One line through espeak-ng, as samples with the leading and trailing silence cut off. */
function speak(text: string, who: keyof typeof VOICES, dir: string, i: number): Float32Array {
  const { voice, speed, pitch } = VOICES[who];
  const file = join(dir, `line${i}.wav`);
  execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-p', String(pitch), '-w', file, text]);
  const bytes = readFileSync(file);
  const chunk = readWavDataChunk(bytes);
  if (!chunk || bytes.readUInt32LE(24) !== RATE) throw new Error(`espeak-ng wrote an unexpected WAV for line ${i}`);
  const pcm = new Int16Array(bytes.buffer.slice(bytes.byteOffset + chunk.dataOffset, bytes.byteOffset + chunk.dataOffset + chunk.declaredBytes));
  const loud = (s: number) => Math.abs(s) > 300;
  const first = pcm.findIndex(loud);
  const last = pcm.findLastIndex(loud);
  return Float32Array.from(pcm.subarray(Math.max(0, first), last + 1), (s) => (s / 32768) * 0.9);
}

function stereoWav(left: Float32Array, right: Float32Array): Buffer {
  const h = Buffer.alloc(44 + left.length * 4);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + left.length * 4, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(2, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 4, 28);
  h.writeUInt16LE(4, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(left.length * 4, 40);
  for (let i = 0; i < left.length; i++) {
    h.writeInt16LE(Math.round(left[i]! * 32767), 44 + i * 4);
    h.writeInt16LE(Math.round(right[i]! * 32767), 46 + i * 4);
  }
  return h;
}

async function encodeAac(wav: string, output: string): Promise<void> {
  const demuxer = await Demuxer.open(wav);
  const stream = demuxer.audio()!;
  const decoder = await Decoder.create(stream);
  const filter = FilterAPI.create('aformat=sample_fmts=fltp:channel_layouts=stereo');
  const encoder = await Encoder.create(FF_ENCODER_AAC, { context: { bitRate: BITRATE } });
  const muxer = await Muxer.open(output, { format: 'ipod', options: { movflags: '+faststart' } });
  const index = muxer.addStream(encoder);
  try {
    for (const frame of filter.framesSync(decoder.framesSync(demuxer.packetsSync(stream.index)))) {
      if (frame === null) break;
      for (const packet of await encoder.encodeAll(frame)) {
        await muxer.writePacket(packet, index);
        packet.free();
      }
      frame.free();
    }
    for (const packet of await encoder.encodeAll(null)) {
      await muxer.writePacket(packet, index);
      packet.free();
    }
  } finally {
    await muxer.close();
    encoder.close();
    filter.close();
    decoder.close();
    await demuxer.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'demo-call-'));
  try {
    const spoken = LINES.map((line, i) => speak(line.text, line.who, dir, i));
    const placed: Placed[] = [];
    let at = LEAD_IN;
    spoken.forEach((samples, i) => {
      const start = Math.round(at * RATE) / RATE;
      placed.push({ ...LINES[i]!, start, end: start + samples.length / RATE });
      at = start + samples.length / RATE + PAUSES[i % PAUSES.length]!;
    });
    const total = Math.ceil((at + 0.5) * RATE);
    const left = new Float32Array(total);
    const right = new Float32Array(total);
    placed.forEach((line, i) => (line.who === 'rep' ? left : right).set(spoken[i]!, Math.round(line.start * RATE)));

    const wav = join(dir, 'call.wav');
    writeFileSync(wav, stereoWav(left, right));
    const audio = join(OUT, 'call.m4a');
    await encodeAac(wav, audio);

    const envelope = new EnvelopeBuilder(2, RATE);
    envelope.push([left, right]);
    const { peaks, bucketsPerSecond } = envelope.finish();
    const buckets = peaks[0]!.length / 2;
    const peaksBytes = new Int8Array(buckets * 4);
    peaks.forEach((c, i) => peaksBytes.set(c, i * buckets * 2));
    writeFileSync(join(OUT, 'peaks.bin'), peaksBytes);

    const bytes = readFileSync(audio);
    const track = {
      file: 'call.m4a',
      originalName: 'demo-discovery-call.m4a',
      speakerId: null,
      format: 'mov,mp4,m4a,3gp,3g2,mj2',
      codec: 'aac',
      durationSec: Math.round((total / RATE) * 1000) / 1000,
      channels: 2,
      sampleRate: RATE,
      sizeBytes: statSync(audio).size,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const call = callOf(track, { file: 'peaks.bin', bucketsPerSecond, channels: 2, buckets });
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(OUT, 'call.json'), json({ schemaVersion: 1, call, annotations: annotationsOf(placed) }));
    writeFileSync(join(OUT, 'transcript.json'), json({ schemaVersion: 1, transcript: transcriptOf(placed) }));
    console.log(`${DEMO_CALL_ID}: ${track.durationSec.toFixed(1)} s, ${LINES.length} lines, ${(track.sizeBytes / 1024).toFixed(0)} KB of audio in ${OUT}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
