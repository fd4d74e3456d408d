import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportOutcome } from '../../shared/domain/call';
import type { ErrorCode } from '../../shared/errors';
import { importRecordings } from '../../electron/services/importer/importer';
import { openLibrary } from '../../electron/services/library/library';
import { seen, type Env, type Seen } from './env';
import { MODELS, emptyFile, longNameCopy, nonAsciiCopy, notAModel, textFile, truncatedCopy, unsupportedContainer, type wholeRecordings } from './samples';
import type { Changes } from './snapshot';

/** A folder of its own for the library: a tmpfs, so "full" and "read-only" are the kernel's own errors. */
export type LibraryMount = { sizeKb: number; readOnly: 'at start' | 'once open' | null };

export type Row = {
  /** The bad input, as the matrix prints it. */
  input: string;
  /** The specific message the user must see (code null: no error, what happened instead). */
  expected: { code: ErrorCode | null; message: RegExp };
  mount?: LibraryMount;
  /** Damages the library before the app opens it. */
  prepare?: (library: string, callId: string) => Promise<void>;
  act: (env: Env) => Promise<Seen>;
  /** What the row may change in the library; by default nothing at all. */
  allows?: (changes: Changes, env: Env) => boolean;
};

type Recordings = Awaited<ReturnType<typeof wholeRecordings>>;

const outcomeSeen = (outcome: ImportOutcome | undefined): Seen => {
  if (!outcome) return { code: null, message: 'no answer' };
  if (outcome.kind === 'failed') return outcome.error;
  if (outcome.kind === 'duplicate') return { code: null, message: `duplicate of “${outcome.existing.title}”` };
  return { code: null, message: `imported as “${outcome.call.title}”` };
};

const importing = async (env: Env, path: string): Promise<Seen> => outcomeSeen((await env.h['calls:import']({ paths: [path] }))[0]);

/** An import adds its call's folder and its line in the index, and nothing else. */
const addsOneCall = (c: Changes, env: Env) =>
  c.removed.length === 0 &&
  c.added.length > 0 &&
  c.added.every((p) => p.startsWith('calls/') && !p.startsWith(`calls/${env.callId}/`)) &&
  c.changed.every((p) => p === 'library.json' || p === 'library.json.bak');

/** A damaged document put back from its copy: it is rewritten, the damaged one kept aside, the index follows. */
const restores = (document: string) => (c: Changes) =>
  c.removed.length === 0 &&
  c.added.length === 1 &&
  c.added[0]!.startsWith(`${document}.unreadable-`) &&
  c.changed.every((p) => p.startsWith(document) || p.startsWith('library.json'));

const EMPTY = /^“call\.(wav|mp3)” is empty \(0 bytes\)\.$/;
const TRUNCATED = /^“[^”]+” is incomplete: (it stops at [\d.]+ s|its index .* is missing)/;

function truncatedRow(format: string, whole: string, name: string): Row {
  return {
    input: `truncated ${format} (half its bytes)`,
    expected: { code: 'TRUNCATED', message: TRUNCATED },
    act: async (env) => importing(env, await truncatedCopy(whole, env.work, name)),
  };
}

export function importRows(recordings: Recordings): Row[] {
  return [
    {
      input: '0-byte file named .wav',
      expected: { code: 'EMPTY_FILE', message: EMPTY },
      act: async (env) => importing(env, await emptyFile(env.work, 'call.wav')),
    },
    {
      input: '0-byte file named .mp3',
      expected: { code: 'EMPTY_FILE', message: EMPTY },
      act: async (env) => importing(env, await emptyFile(env.work, 'call.mp3')),
    },
    {
      input: 'text file named .mp3',
      expected: { code: 'NOT_AUDIO', message: /^“notes\.mp3” isn't a recording Call Review can read: it is damaged or not an audio file\./ },
      act: async (env) => importing(env, await textFile(env.work, 'notes.mp3')),
    },
    truncatedRow('WAV', recordings.wav, 'cut.wav'),
    truncatedRow('MP3 (LAME, Xing header)', recordings.mp3, 'cut.mp3'),
    truncatedRow('M4A (index at the end)', recordings.m4a, 'cut.m4a'),
    truncatedRow('M4A (index at the start)', recordings.m4aFaststart, 'cut faststart.m4a'),
    truncatedRow('Ogg Vorbis', recordings.ogg, 'cut.ogg'),
    truncatedRow('WebM Opus', recordings.webm, 'cut.webm'),
    truncatedRow('FLAC', recordings.flac, 'cut.flac'),
    {
      input: 'unsupported container (AIFF)',
      expected: { code: 'UNSUPPORTED_FORMAT', message: /^“voice memo\.aiff” is an AIFF file, which Call Review doesn't import\. Supported: / },
      act: async (env) => importing(env, await unsupportedContainer(env.work)),
    },
    {
      input: 'a path that does not exist',
      expected: { code: 'FILE_MISSING', message: /^“gone\.wav” is no longer at .*gone\.wav\. It may have been moved or deleted\.$/ },
      act: async (env) => importing(env, join(env.work, 'gone.wav')),
    },
    {
      input: 'file that vanishes between check and copy',
      expected: { code: 'FILE_MISSING', message: /^“vanishing\.wav” disappeared while it was being copied\.$/ },
      act: async (env) => {
        const path = join(env.work, 'vanishing.wav');
        await copyFile(recordings.wav, path);
        // The importer checks the file, then stages the copy: the file goes in between, as a sync client would.
        const library = await openLibrary(env.library);
        const hooked = {
          ...library,
          createStaging: async () => {
            await rm(path);
            return library.createStaging();
          },
        };
        return outcomeSeen((await importRecordings(hooked, [path]))[0]);
      },
    },
    {
      input: 'read-only library folder (tmpfs, ro at start): import',
      expected: {
        code: 'READ_ONLY',
        message: /^Couldn't open the library folder: the folder is read-only or not writable \(.*\)\. Choose another library folder in Settings\.$/,
      },
      mount: { sizeKb: 4096, readOnly: 'at start' },
      act: async (env) => importing(env, recordings.flac),
    },
    {
      input: 'library folder turned read-only while open: import',
      expected: {
        code: 'READ_ONLY',
        message: /^Couldn't write to the library folder: the folder is read-only or not writable \(.*\)\. Choose another library folder in Settings\.$/,
      },
      mount: { sizeKb: 4096, readOnly: 'once open' },
      act: async (env) => importing(env, recordings.flac),
    },
    {
      input: 'library folder turned read-only while open: a comment',
      expected: {
        code: 'READ_ONLY',
        message: /^Couldn't save the call's document: the folder is read-only or not writable\. Choose another library folder in Settings\.$/,
      },
      mount: { sizeKb: 4096, readOnly: 'once open' },
      act: (env) =>
        seen(async () => {
          const item = { id: 'c3', author: 'Dana', createdAt: new Date().toISOString(), at: 5, span: null, text: 'Ask about budget' };
          await env.h['annotations:apply']({ callId: env.callId, command: { type: 'put', collection: 'comments', item } });
          return 'saved';
        }),
    },
    {
      input: 'full library folder (tmpfs)',
      expected: { code: 'DISK_FULL', message: /^Couldn't copy “lossless\.flac” into the library: the disk is full\. Free some space and try again\.$/ },
      mount: { sizeKb: 512, readOnly: null },
      act: async (env) => importing(env, recordings.flac),
    },
    {
      input: 'source in “José Müller/通话录音/🎧 calls”',
      expected: { code: null, message: /^imported as “Café call 会议 🎉”$/ },
      act: async (env) => importing(env, await nonAsciiCopy(recordings.flac, env.work)),
      allows: addsOneCall,
    },
    {
      input: 'file name of 250 characters',
      expected: { code: null, message: /^imported as “Quarterly business review/ },
      act: async (env) => importing(env, await longNameCopy(recordings.flac, env.work, 250)),
      allows: addsOneCall,
    },
  ];
}

const chooseModel = (path: string) => async (env: Env) =>
  seen(async () => {
    env.dialogs.models.push(path);
    const info = await env.h['models:chooseFile']({});
    if (!info.current) return `not chosen: ${info.problem ?? 'no problem given'}`;
    await env.h['transcription:start']({ callId: env.callId });
    await env.backend.queue.idle();
    const finished = env.events.findLast((e) => e.event === 'transcription:finished');
    return finished?.event === 'transcription:finished' ? `chosen; transcription: ${finished.payload.outcome}: ${finished.payload.message}` : 'chosen';
  });

export function modelRows(): Row[] {
  return [
    {
      input: 'model file that is not ggml (an MP3 named .bin)',
      expected: { code: 'MODEL_UNUSABLE', message: /^“ggml-small\.bin” is not a whisper\.cpp model \(ggml-\*\.bin\)\. Choose another file\.$/ },
      act: async (env) => chooseModel(await notAModel(env.work))(env),
    },
    {
      input: 'truncated model (ggml-tiny.en.bin cut to 60 %)',
      expected: { code: 'MODEL_UNUSABLE', message: /^“ggml-tiny\.en\.bin” is incomplete: / },
      act: async (env) => chooseModel(await truncatedCopy(join(MODELS, 'ggml-tiny.en.bin'), env.work, 'ggml-tiny.en.bin', 0.6))(env),
    },
  ];
}

const importTranscript = (name: string, text: string) => async (env: Env) =>
  seen(async () => {
    const path = join(env.work, name);
    await writeFile(path, text);
    env.dialogs.transcripts.push(path);
    const { imported } = await env.h['transcripts:import']({ callId: env.callId });
    return imported ? 'imported' : 'not imported';
  });

export function transcriptRows(): Row[] {
  return [
    {
      input: 'VTT whose cue timings are broken',
      expected: { code: 'INVALID_INPUT', message: /^“zoom\.vtt”: A cue's timing can't be read: “00:00:01\.000 -> 00:00:04\.000”\.$/ },
      act: importTranscript('zoom.vtt', 'WEBVTT\n\n1\n00:00:01.000 -> 00:00:04.000\nHello\n\n2\n00:00:xx.000 --> 00:00:08.000\nHi there\n'),
    },
    {
      input: 'VTT with one cue that ends before it starts',
      expected: { code: 'INVALID_INPUT', message: /^“teams\.vtt”: The cue at 00:00:09\.000 ends before it starts \(00:00:09\.000 --> 00:00:05\.000\)\.$/ },
      act: importTranscript(
        'teams.vtt',
        'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>Hello\n\n00:00:09.000 --> 00:00:05.000\n<v Sam>Hi there\n\n00:00:10.000 --> 00:00:12.000\n<v Dana>Thanks\n',
      ),
    },
  ];
}

const JUNK = '{"schemaVersion": 1, "call": {"id": "trunc';
const damage = (file: (callId: string) => string, keepCopy: boolean) => async (library: string, callId: string) => {
  const path = join(library, file(callId));
  if (!keepCopy) await rm(`${path}.bak`);
  await writeFile(path, JUNK);
};
const callFile = (callId: string) => `calls/${callId}/call.json`;
const indexFile = () => 'library.json';

/** The seeded comment is still there once the call opens. */
const openCall = (env: Env) =>
  seen(async () => {
    await env.h['calls:get']({ callId: env.callId });
    const { comments } = await env.h['annotations:get']({ callId: env.callId });
    const notices = (await env.h['library:info']({})).notices.map((n) => n.message);
    const kept = (id: string) => comments.some((c) => c.id === id);
    // The copy is one save behind: the last save (c2) may be missing, and the notice says so.
    return `${kept('c1') ? 'earlier comment kept' : 'EARLIER COMMENT LOST'}, last ${kept('c2') ? 'kept' : 'missing'}; notice: ${notices.join(' | ') || 'none'}`;
  });

const libraryProblem = (env: Env) =>
  seen(async () => {
    const info = await env.h['library:info']({});
    if (info.problem) return `problem ${info.problem.code}: ${info.problem.message}`;
    return `${info.callCount} call(s); notice: ${info.notices.map((n) => n.message).join(' | ') || 'none'}`;
  });

export function documentRows(): Row[] {
  return [
    {
      input: 'corrupt call document, no .bak',
      expected: { code: 'CORRUPT_DOCUMENT', message: /^The call's document can't be read \(it is not valid JSON\)\. The file was left untouched: / },
      prepare: damage(callFile, false),
      act: openCall,
    },
    {
      input: 'corrupt call document, with .bak',
      expected: {
        code: null,
        message: /^earlier comment kept, last (kept|missing); notice: “jfk”: the call's document was damaged and was restored from its last good copy/,
      },
      prepare: damage(callFile, true),
      act: openCall,
      allows: (c, env) => restores(callFile(env.callId))(c),
    },
    {
      input: 'corrupt index, no .bak',
      expected: { code: null, message: /^problem CORRUPT_DOCUMENT: The library index can't be read \(it is not valid JSON\)\. The file was left untouched: / },
      prepare: damage(indexFile, false),
      act: libraryProblem,
    },
    {
      input: 'corrupt index, with .bak',
      expected: { code: null, message: /^1 call\(s\); notice: The library index was damaged and was restored from its last good copy/ },
      prepare: damage(indexFile, true),
      act: libraryProblem,
      allows: restores('library.json'),
    },
  ];
}
