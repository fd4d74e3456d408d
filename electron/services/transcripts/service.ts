import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { cuesToTranscript, parseSubtitles } from '../../../shared/formats/subtitles';
import { exportTranscript } from '../../../shared/formats/transcriptExport';
import { callsChanged } from '../../../shared/domain/libraryChange';
import { rolesFromMyName } from '../../../shared/domain/speakers';
import type { Dialogs } from '../ports';
import { writeFileAtomic } from '../atomicWrite';
import { fsError } from '../fsErrors';
import type { LibraryRef } from '../library/ref';
import type { TranscriptionQueue } from '../transcription/queue';

/** Subtitle files are small; anything bigger is not a transcript. */
const MAX_SUBTITLE_BYTES = 20 * 1024 * 1024;

export type TranscriptsDeps = { ref: LibraryRef; dialogs: Dialogs; emit: Emit; queue: TranscriptionQueue };

/** Existing transcripts in (Zoom/Teams WebVTT or SRT) and out (SRT, VTT, JSON, CSV, text). */
export function createTranscriptsService({ ref, dialogs, emit, queue }: TranscriptsDeps) {
  const handlers = {
    'transcripts:import': async ({ callId }) => {
      await ref.get().get(callId);
      if (queue.list().some((j) => j.callId === callId)) {
        throw new AppError('INVALID_INPUT', 'This call is being transcribed: cancel that first, then import a transcript.');
      }
      const path = await dialogs.pickTranscriptFile();
      if (!path) return { imported: false };
      const name = basename(path);
      let text: string;
      try {
        if ((await stat(path)).size > MAX_SUBTITLE_BYTES) throw new AppError('INVALID_INPUT', `“${name}” is too large to be a transcript.`);
        text = await readFile(path, 'utf8');
      } catch (e) {
        throw e instanceof AppError ? e : fsError(e, `Couldn't read “${name}”`, path);
      }
      let parsed;
      try {
        parsed = cuesToTranscript(parseSubtitles(text));
      } catch (e) {
        throw new AppError('INVALID_INPUT', `“${name}”: ${e instanceof Error ? e.message : String(e)}`);
      }
      const kind = /\.srt$/i.test(name) ? 'srt' : 'vtt';
      await ref.get().saveTranscript(callId, { source: { kind, name, language: null, createdAt: new Date().toISOString() }, turns: parsed.turns }, (call) => ({
        ...call,
        status: 'transcribed',
        statusMessage: null,
        speakers: rolesFromMyName(parsed.speakers, ref.get().myName()),
      }));
      emit('library:changed', callsChanged('transcript', [callId], ['call', 'transcript']));
      return { imported: true };
    },

    'transcripts:export': async ({ callId, format }) => {
      const library = ref.get();
      const call = await library.get(callId);
      const transcript = await library.getTranscript(callId);
      if (!transcript) throw new AppError('NOT_FOUND', 'This call has no transcript yet.');
      const path = await dialogs.pickSavePath(`${call.title}.${format}`, format);
      if (!path) return { savedTo: null };
      try {
        await writeFileAtomic(path, exportTranscript({ transcript, speakers: call.speakers }, format));
      } catch (e) {
        throw fsError(e, "Couldn't save the transcript", path);
      }
      return { savedTo: path };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
