import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Annotations, emptyAnnotations } from '../../../shared/domain/annotations';
import { CallSummary } from '../../../shared/domain/call';
import { Turn } from '../../../shared/domain/transcript';
import type { Library } from '../library/library';
import { CALL_FILE, TRANSCRIPT_FILE } from '../library/schema';
import type { IndexedCall } from './index';

/**
 * Only what the index keeps, checked as strictly as the library checks it: zod leaves out what a schema
 * does not name, so the words of a long transcript (15,000 objects with times) are never walked.
 */
const IndexedCallDocument = z.object({
  call: CallSummary.pick({ id: true, title: true, recordedAt: true, speakers: true, hasTranscript: true }),
  annotations: Annotations.pick({ tags: true, followUps: true, moments: true, comments: true }).default(emptyAnnotations),
});
const IndexedTranscript = z.object({ transcript: z.object({ turns: z.array(Turn.pick({ id: true, speakerId: true, start: true, end: true, text: true })) }) });

/**
 * A call as the index needs it, read from its files rather than through the library's document cache:
 * a rebuild reads every call once, and keeping all their transcripts open would hold the library in memory.
 */
export async function readIndexedCall(library: Library, id: string): Promise<IndexedCall> {
  const stamp = await stampOf(library, id); // before reading: a write landing meanwhile makes the stamp stale, not the text
  const dir = library.callDir(id);
  const doc = IndexedCallDocument.parse(JSON.parse(await readFile(join(dir, CALL_FILE), 'utf8')));
  const turns = doc.call.hasTranscript ? IndexedTranscript.parse(JSON.parse(await readFile(join(dir, TRANSCRIPT_FILE), 'utf8'))).transcript.turns : [];
  return { call: doc.call, turns, annotations: doc.annotations, stamp };
}

/**
 * Which version of a call's files: their modification times and sizes. Every write the library makes
 * replaces a file (written aside, then renamed), so a changed call has a changed stamp.
 */
export async function stampOf(library: Library, id: string): Promise<string> {
  const dir = library.callDir(id);
  const parts = await Promise.all(
    [CALL_FILE, TRANSCRIPT_FILE].map((name) =>
      stat(join(dir, name)).then(
        (s) => `${Math.floor(s.mtimeMs)}:${s.size}`,
        () => '-',
      ),
    ),
  );
  return parts.join('|');
}
