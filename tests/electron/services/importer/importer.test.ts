import { copyFileSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync, copyFileSync as cp, statSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../../shared/domain/call';
import { importRecordings, importSpeakerTracks } from '../../../../electron/services/importer/importer';
import { openLibrary, type Library } from '../../../../electron/services/library/library';
import { FF_ENCODER_LIBX264, FF_ENCODER_PCM_S16BE } from 'node-av/constants';
import { RED, audio, encode, makeFormatSamples, tempDir } from '../../../helpers/fixtures';
import { encodeVideo } from '../../../helpers/media';
import { mountTmpfs } from '../../../helpers/mounts';

const work = tempDir('importer');
let samples: Awaited<ReturnType<typeof makeFormatSamples>>;
beforeAll(async () => {
  samples = await makeFormatSamples(work.path);
});
afterAll(() => work.cleanup());

/** A new library inside the file's work folder, so that the work folder's cleanup removes it too. */
async function freshLibrary(): Promise<Library> {
  return openLibrary(mkdtempSync(join(work.path, 'library ')));
}

function failure(outcome: ImportOutcome | undefined) {
  if (outcome?.kind !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

/** What "the library is unchanged" means on disk: no calls, nothing left in staging. */
function expectUntouched(library: Library) {
  expect(library.list()).toEqual([]);
  expect(readdirSync(join(library.folder, 'calls'))).toEqual([]);
  expect(readdirSync(library.folder).filter((n) => n === '.staging' || n.endsWith('.tmp'))).toEqual(
    readdirSync(library.folder).includes('.staging') ? ['.staging'] : [],
  );
  const staging = join(library.folder, '.staging');
  if (readdirSync(library.folder).includes('.staging')) expect(readdirSync(staging)).toEqual([]);
}

describe('importing recordings', () => {
  it.each([
    ['wav', 'wav', 1, 16000, 11],
    ['mp3', 'mp3', 1, 16000, 11],
    ['m4a', 'mov,mp4,m4a,3gp,3g2,mj2', 1, 16000, 11],
    ['aac', 'aac', 1, 16000, 11],
    ['ogg', 'ogg', 1, 16000, 11],
    ['opus', 'ogg', 1, 48000, 11],
    ['webm', 'matroska,webm', 1, 48000, 11],
    ['flac', 'flac', 1, 16000, 11],
    ['mp4', 'mov,mp4,m4a,3gp,3g2,mj2', 1, 16000, 11],
    ['stereo44k', 'mov,mp4,m4a,3gp,3g2,mj2', 2, 44100, 245.4],
  ] as const)('imports %s with its metadata, copied into the library', async (kind, format, channels, rate, duration) => {
    const library = await freshLibrary();
    const source = samples[kind];
    const [outcome] = await importRecordings(library, [source]);
    expect(outcome?.kind).toBe('imported');
    const call = await library.get(library.list()[0]!.id);
    const track = call.tracks[0]!;
    expect(track).toMatchObject({ format, channels, sampleRate: rate, sizeBytes: statSync(source).size });
    expect(call.durationSec).toBeCloseTo(duration, 0);
    expect(track.sha256).toBe(createHash('sha256').update(readFileSync(source)).digest('hex'));
    const copy = join(library.folder, 'calls', call.id, track.file);
    expect(readFileSync(copy).equals(readFileSync(source))).toBe(true);
    expect(call.recordedAt).toBe(statSync(source).mtime.toISOString());
    expect(call.status).toBe('imported');
  });

  it('takes the title from the file name and works in a folder with spaces and non-ASCII characters', async () => {
    const library = await freshLibrary();
    const source = join(work.path, 'Acme_discovery call – Zoë.wav');
    copyFileSync(audio('jfk.wav'), source);
    const [outcome] = await importRecordings(library, [source]);
    expect(outcome).toMatchObject({ kind: 'imported', call: { title: 'Acme discovery call – Zoë' } });
    expect(library.folder).toMatch(/Müller 通话/);
  });

  it('imports several files at once, each as its own call', async () => {
    const library = await freshLibrary();
    const outcomes = await importRecordings(library, [audio('jfk.wav'), audio('sales-followup-azure.wav')]);
    expect(outcomes.map((o) => o.kind)).toEqual(['imported', 'imported']);
    expect(
      library
        .list()
        .map((c) => c.title)
        .sort(),
    ).toEqual(['jfk', 'sales-followup-azure']);
  });

  it('detects the same recording imported twice and points at the existing call', async () => {
    const library = await freshLibrary();
    const [first] = await importRecordings(library, [audio('jfk.wav')]);
    const renamedCopy = join(work.path, 'same audio other name.wav');
    copyFileSync(audio('jfk.wav'), renamedCopy);
    const [second] = await importRecordings(library, [renamedCopy]);
    expect(second).toMatchObject({ kind: 'duplicate', existing: { id: first?.kind === 'imported' ? first.call.id : '' } });
    expect(library.list()).toHaveLength(1);
    expect(readdirSync(join(library.folder, 'calls'))).toHaveLength(1);
  });
  it('the same recording imported twice at once becomes one call, the other pointing at it', async () => {
    const real = await freshLibrary();
    // Adding a call takes a moment longer than usual (a slow disk), so both imports have checked for a
    // duplicate before the first is listed: the race happens every time, not one run in two.
    const library: Library = {
      ...real,
      commit: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return real.commit(...args);
      },
    };
    const copy = join(work.path, 'same audio at once.wav');
    copyFileSync(audio('jfk.wav'), copy);
    const [[a], [b]] = await Promise.all([importRecordings(library, [audio('jfk.wav')]), importRecordings(library, [copy])]);
    expect([a?.kind, b?.kind].sort()).toEqual(['duplicate', 'imported']);
    const imported = a?.kind === 'imported' ? a : b;
    const duplicate = a?.kind === 'duplicate' ? a : b;
    expect(duplicate).toMatchObject({ existing: { id: imported?.kind === 'imported' ? imported.call.id : '' } });
    expect(library.list()).toHaveLength(1);
    expect(readdirSync(join(library.folder, 'calls'))).toHaveLength(1);
  });
});

describe('bad input leaves the library unchanged with a specific message', () => {
  const bad = (name: string) => join(work.path, name);

  it.each([
    [
      'an empty file',
      () => {
        writeFileSync(bad('empty.wav'), '');
        return bad('empty.wav');
      },
      'EMPTY_FILE',
      /empty \(0 bytes\)/,
    ],
    [
      'a text file named .mp3',
      () => {
        writeFileSync(bad('notes.mp3'), 'Call notes: follow up on pricing.\n'.repeat(50));
        return bad('notes.mp3');
      },
      'NOT_AUDIO',
      /isn't a recording Call Review can read/,
    ],
    [
      'a truncated wav',
      () => {
        cp(audio('jfk.wav'), bad('cut.wav'));
        truncateSync(bad('cut.wav'), 100_000);
        return bad('cut.wav');
      },
      'TRUNCATED',
      /stops at 3\.1 s of 11\.0 s/,
    ],
    [
      'a truncated mp3',
      () => {
        cp(audio('jfk.mp3'), bad('cut.mp3'));
        truncateSync(bad('cut.mp3'), 60_000);
        return bad('cut.mp3');
      },
      'TRUNCATED',
      /incomplete/,
    ],
    [
      'an unsupported container (AIFF)',
      () => encode(audio('jfk.wav'), bad('memo.aiff'), { encoder: FF_ENCODER_PCM_S16BE }),
      'UNSUPPORTED_FORMAT',
      /AIFF file, which Call Review doesn't import/,
    ],
    [
      'an unsupported container says "an AIFF"',
      () => encode(audio('jfk.wav'), bad('memo 2.aiff'), { encoder: FF_ENCODER_PCM_S16BE }),
      'UNSUPPORTED_FORMAT',
      /“memo 2\.aiff” is an AIFF file/,
    ],
    [
      'a truncated ogg (Ogg states no length: its last page does not end the stream)',
      () => {
        cp(samples.ogg, bad('cut.ogg'));
        truncateSync(bad('cut.ogg'), Math.floor(statSync(samples.ogg).size / 2));
        return bad('cut.ogg');
      },
      'TRUNCATED',
      /“cut\.ogg” is incomplete: it stops at [\d.]+ s without the end of the recording/,
    ],
    [
      'a truncated m4a whose index (moov, written last) is gone',
      () => {
        cp(samples.m4a, bad('cut.m4a'));
        truncateSync(bad('cut.m4a'), Math.floor(statSync(samples.m4a).size / 2));
        return bad('cut.m4a');
      },
      'TRUNCATED',
      /“cut\.m4a” is incomplete: its index .* is missing/,
    ],
    [
      'a video without sound',
      () => encodeVideo(bad('silent screen.mp4'), { seconds: 2, encoder: FF_ENCODER_LIBX264, yuv: RED }),
      'NO_AUDIO_TRACK',
      /has no audio track/,
    ],
    [
      'a file that vanished between pick and copy',
      () => {
        cp(audio('jfk.wav'), bad('gone.wav'));
        rmSync(bad('gone.wav'));
        return bad('gone.wav');
      },
      'FILE_MISSING',
      /no longer at/,
    ],
    ['a folder', () => work.path, 'NOT_A_FILE', /is a folder/],
  ])('%s', async (_label, make, code, message) => {
    const library = await freshLibrary();
    const [outcome] = await importRecordings(library, [await make()]);
    const error = failure(outcome);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expectUntouched(library);
  });

  it('one bad file does not stop the others', async () => {
    const library = await freshLibrary();
    writeFileSync(bad('zero.mp3'), '');
    const outcomes = await importRecordings(library, [bad('zero.mp3'), audio('jfk.wav')]);
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'imported']);
  });

  it('a full library disk: DISK_FULL, nothing half-copied left behind', async () => {
    const disk = mountTmpfs(1024); // 1 MiB; the stereo call is 7.8 MB
    if (!disk) return;
    try {
      const library = await openLibrary(join(disk.path, 'Library'));
      const error = failure((await importRecordings(library, [audio('service-call-stereo-agentL-callerR.wav')]))[0]);
      expect(error.code).toBe('DISK_FULL');
      expect(error.message).toMatch(/disk is full/);
      expectUntouched(library);
    } finally {
      disk.unmount();
    }
  });

  it('a read-only library folder: READ_ONLY, nothing written', async () => {
    const disk = mountTmpfs(64 * 1024);
    if (!disk) return;
    try {
      const library = await openLibrary(join(disk.path, 'Library'));
      disk.makeReadOnly();
      const error = failure((await importRecordings(library, [audio('jfk.wav')]))[0]);
      expect(error.code).toBe('READ_ONLY');
      expect(error.message).toMatch(/read-only/);
      expectUntouched(library);
    } finally {
      disk.unmount();
    }
  });
});

describe('importing one call from per-speaker tracks', () => {
  it('keeps each track with its named speaker and the longest duration', async () => {
    const library = await freshLibrary();
    const outcome = await importSpeakerTracks(
      library,
      [
        { path: audio('service-call-track-agent.wav'), speakerName: 'Dana (agent)' },
        { path: audio('service-call-track-caller.wav'), speakerName: 'Caller' },
      ],
      'Auto repair call',
    );
    expect(outcome.kind).toBe('imported');
    const call = await library.get(library.list()[0]!.id);
    expect(call.title).toBe('Auto repair call');
    expect(call.speakers.map((s) => s.name)).toEqual(['Dana (agent)', 'Caller']);
    expect(call.tracks.map((t) => [t.file, t.speakerId])).toEqual([
      ['track-1.wav', 's1'],
      ['track-2.wav', 's2'],
    ]);
    expect(call.trackCount).toBe(2);
    expect(call.durationSec).toBeGreaterThan(240);
    const again = await importSpeakerTracks(
      library,
      [
        { path: audio('service-call-track-caller.wav'), speakerName: 'C' },
        { path: audio('service-call-track-agent.wav'), speakerName: 'A' },
      ],
      undefined,
    );
    expect(again.kind).toBe('duplicate');
  });

  it('a bad track fails the whole call and names that track', async () => {
    const library = await freshLibrary();
    writeFileSync(join(work.path, 'caller empty.wav'), '');
    const outcome = await importSpeakerTracks(
      library,
      [
        { path: audio('service-call-track-agent.wav'), speakerName: 'Agent' },
        { path: join(work.path, 'caller empty.wav'), speakerName: 'Caller' },
      ],
      undefined,
    );
    expect(failure(outcome).message).toMatch(/caller empty\.wav/);
    expectUntouched(library);
  });
});
