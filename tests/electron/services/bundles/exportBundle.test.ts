import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder, Demuxer, FilterAPI } from 'node-av/api';
import { Codec } from 'node-av/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClipAudio } from '../../../../electron/services/bundles/audioCheck';
import { OPUS_WEBM, cutClipAudio } from '../../../../electron/services/bundles/clipAudio';
import { exportBundle } from '../../../../electron/services/bundles/exportBundle';
import { parseManifest } from '../../../../shared/bundle/manifest';
import { AppError } from '../../../../shared/errors';
import { exportClip, turn, zipContents } from '../../../helpers/bundles';
import { audio, tempDirs } from '../../../helpers/fixtures';
import { loopWav } from '../../../helpers/media';
import { mountTmpfs } from '../../../helpers/mounts';

const SALES = audio('sales-followup-azure.wav'); // 120 s, mono 16 kHz
const STEREO = audio('service-call-stereo-agentL-callerR.wav'); // 245 s, stereo 8 kHz
const TRACKS = [audio('service-call-track-agent.wav'), audio('service-call-track-caller.wav')];
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

/** The clip decoded to 16 kHz mono floats: what two cuts of the same moment are compared on. */
async function decodeMono(path: string): Promise<Float32Array> {
  const demuxer = await Demuxer.open(path);
  const stream = demuxer.audio()!;
  const decoder = await Decoder.create(stream);
  const filter = FilterAPI.create('aresample=16000,aformat=sample_fmts=flt:channel_layouts=mono');
  const parts: Float32Array[] = [];
  for (const frame of filter.framesSync(decoder.framesSync(demuxer.packetsSync(stream.index)))) {
    if (!frame) break;
    const plane = frame.data![0]!;
    parts.push(new Float32Array(plane.buffer.slice(plane.byteOffset, plane.byteOffset + frame.nbSamples * 4)));
    frame.free();
  }
  filter.close();
  decoder.close();
  await demuxer.close();
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function correlation(a: Float32Array, b: Float32Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
}

async function codecOf(path: string): Promise<{ codec: string; channels: number; format: string }> {
  const demuxer = await Demuxer.open(path);
  const { codecpar } = demuxer.audio()!;
  const info = { codec: Codec.findDecoder(codecpar.codecId)?.name ?? '?', channels: codecpar.channelLayout.nbChannels, format: demuxer.formatName };
  await demuxer.close();
  return info;
}

describe('exporting a playlist bundle', () => {
  let out: string;
  beforeAll(() => {
    out = dirs.make('bundle export').path;
  });

  it('writes one zip: manifest, player, readme and each clip cut to AAC with its turns on the clip clock', async () => {
    const dest = join(out, 'Third-level pain.zip');
    const result = await exportBundle({
      playlist: { name: 'Third-level pain', description: 'Moments to learn from' },
      dest,
      clips: [
        exportClip({
          id: 'c1',
          title: 'The budget question',
          note: 'Listen for the pause.',
          callTitle: 'Azure follow-up',
          start: 10,
          end: 13,
          audioFiles: [SALES],
          turns: [
            turn(8, 11, 'Dana', 'rep', 'So what happens if nothing changes?'),
            turn(11, 12.5, 'Sam', 'prospect', 'We lose the quarter.', { painLevels: [2], missedFollowUp: true }),
            turn(20, 25, 'Dana', 'rep', 'outside the clip'),
          ],
        }),
        // 4–8.5 s: the agent speaks, then the caller (each on their own channel or track).
        exportClip({ id: 'c2', title: 'Stereo', callTitle: 'Service call', start: 4, end: 8.5, audioFiles: [STEREO] }),
        exportClip({ id: 'c3', title: 'Tracks mixed', callTitle: 'Service call (tracks)', start: 4, end: 8.5, audioFiles: TRACKS }),
      ],
    });
    expect(result).toMatchObject({ path: dest, clipCount: 3, bytes: statSync(dest).size });
    expect(readdirSync(out)).toEqual(['Third-level pain.zip']); // no temporary file left beside it

    const entries = await zipContents(dest);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'index.html', 'README.txt', 'audio/01.m4a', 'audio/02.m4a', 'audio/03.m4a']);
    expect(entries.filter((e) => String(e.name).startsWith('audio/')).every((e) => e.method === 0)).toBe(true);
    const manifest = parseManifest(entries[0]!.data!.toString('utf8'));
    expect(manifest.id).toBe(result.bundleId);
    expect(manifest.playlist).toEqual({ name: 'Third-level pain', description: 'Moments to learn from' });
    const [c1, c2, c3] = manifest.clips;
    expect(c1).toMatchObject({ id: 'c1', title: 'The budget question', note: 'Listen for the pause.', callTitle: 'Azure follow-up', audio: 'audio/01.m4a' });
    expect(c1!.durationSec).toBeCloseTo(3, 1);
    expect(c1!.turns).toEqual([
      { start: 0, end: 1, speaker: 'Dana', role: 'rep', text: 'So what happens if nothing changes?', painLevels: [], missedFollowUp: false, moments: [] },
      { start: 1, end: 2.5, speaker: 'Sam', role: 'prospect', text: 'We lose the quarter.', painLevels: [2], missedFollowUp: true, moments: [] },
    ]);
    expect(entries[1]!.data!.toString()).toContain('<script type="application/json" id="bundle-manifest">');
    expect(entries[2]!.data!.toString()).toContain('open index.html in any web browser');

    const folder = dirs.make('bundle audio').path;
    const expected = [
      { clip: c1!, channels: 1 },
      { clip: c2!, channels: 2 },
      { clip: c3!, channels: 1 },
    ];
    for (const [i, { clip, channels }] of expected.entries()) {
      const file = join(folder, `${i}.m4a`);
      writeFileSync(file, entries[3 + i]!.data!);
      const decoded = await checkClipAudio(file);
      expect(decoded).toMatchObject({ ok: true });
      if (!decoded.ok) continue;
      expect(Math.abs(decoded.durationSec - (i === 0 ? 3 : 4.5))).toBeLessThan(0.05);
      expect(Math.abs(clip.durationSec - decoded.durationSec)).toBeLessThan(0.05);
      expect(await codecOf(file)).toMatchObject({ codec: 'aac', channels, format: expect.stringContaining('mp4') });
    }
    // The two speakers' tracks mixed sound like the stereo recording of the same call (left + right).
    const mixed = correlation(await decodeMono(join(folder, '2.m4a')), await decodeMono(join(folder, '1.m4a')));
    console.log(`tracks mix vs stereo recording: correlation ${mixed.toFixed(3)}`);
    expect(mixed).toBeGreaterThan(0.95);
  });

  it('cuts the same moment from anywhere in an hour-long call, quickly, without decoding the hour', async () => {
    const dir = dirs.make('hour call').path;
    const hour = join(dir, 'hour.wav');
    // 30 copies of the 120 s sales call: 2700 s into the hour is 60 s into a copy.
    await loopWav(SALES, 30, hour);
    const time = async (start: number, name: string) => {
      const started = performance.now();
      const result = await cutClipAudio({ inputs: [hour], start, end: start + 30, output: join(dir, name) });
      return { result, ms: performance.now() - started };
    };
    await time(600, 'warm-up.m4a'); // the first encode in a process pays for loading the codecs
    const first = await time(0, 'first.m4a');
    const far = await time(2700, 'far.m4a');
    console.log(`30 s clip of a 60-min call: at 00:00 ${first.ms.toFixed(0)} ms, at 45:00 ${far.ms.toFixed(0)} ms (${far.result.bytes} bytes)`);
    expect(far.result.durationSec).toBeCloseTo(30, 2);
    // Seeking makes a clip at 45:00 cost what one at 00:00 does; decoding up to it took 4-6x as long here.
    expect(far.ms).toBeLessThan(first.ms * 2 + 250);
    const near = await cutClipAudio({ inputs: [SALES], start: 60, end: 90, output: join(dir, 'near.m4a') });
    expect(correlation(await decodeMono(far.result.path), await decodeMono(near.path))).toBeGreaterThan(0.95);
  });

  it('falls back to Opus in WebM with the same cut', async () => {
    const dir = dirs.make('opus').path;
    const result = await cutClipAudio({ inputs: [STEREO], start: 100, end: 102.5, output: join(dir, 'clip.webm'), format: OPUS_WEBM });
    expect(await codecOf(result.path)).toMatchObject({ codec: 'opus', channels: 2, format: expect.stringContaining('webm') });
    const decoded = await checkClipAudio(result.path);
    expect(decoded.ok && Math.abs(decoded.durationSec - 2.5)).toBeLessThan(0.05);
  });

  it('names a missing audio file and writes nothing', async () => {
    const dir = dirs.make('missing').path;
    const e = await refusal(
      exportBundle({
        playlist: { name: 'P', description: '' },
        dest: join(dir, 'p.zip'),
        clips: [exportClip({ id: 'c1', title: 'Gone', callTitle: 'Deleted call', start: 0, end: 2, audioFiles: [join(dir, 'nowhere.wav')] })],
      }),
    );
    expect(e.code).toBe('FILE_MISSING');
    expect(e.message).toBe(`The audio of “Deleted call” (clip “Gone”) is missing: ${join(dir, 'nowhere.wav')}. Nothing was exported.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a clip past the end of its call is refused', async () => {
    const dir = dirs.make('past end').path;
    const e = await refusal(
      exportBundle({
        playlist: { name: 'P', description: '' },
        dest: join(dir, 'p.zip'),
        clips: [exportClip({ id: 'c1', title: 'Late', callTitle: 'JFK', start: 20, end: 25, audioFiles: [audio('jfk.wav')] })],
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/“Late” starts after the end of its call's audio/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelled midway: CANCELLED and nothing left, beside the destination or in the temp folder', async () => {
    const dir = dirs.make('cancel').path;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const clips = [0, 1, 2, 3].map((i) =>
      exportClip({ id: `c${i}`, title: `Minute ${i}`, callTitle: 'Service', start: i * 60, end: i * 60 + 60, audioFiles: [STEREO] }),
    );
    const started = performance.now();
    const e = await refusal(exportBundle({ playlist: { name: 'P', description: '' }, dest: join(dir, 'p.zip'), clips, signal: controller.signal }));
    expect(e.code).toBe('CANCELLED');
    // Stopped inside the encoding of the first minute, not after encoding all four (about 4 s here).
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(readdirSync(dir)).toEqual([]);
    // tests/setup.ts fails this file if the encoder's temporary folder was left in the temp folder.
  });

  it('a full disk is DISK_FULL naming the folder, and leaves no partial file', async () => {
    const disk = mountTmpfs(256); // a minute of stereo AAC is about 700 KB
    if (!disk) return;
    try {
      const e = await refusal(
        exportBundle({
          playlist: { name: 'P', description: '' },
          dest: join(disk.path, 'p.zip'),
          clips: [exportClip({ id: 'c1', title: 'Long', callTitle: 'Service', start: 0, end: 60, audioFiles: [STEREO] })],
        }),
      );
      expect(e.code).toBe('DISK_FULL');
      expect(e.message).toContain(`the disk is full (${disk.path})`);
      expect(readdirSync(disk.path)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });
});
