import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Library } from '../library/library';
import { CALL_FILE, TRANSCRIPT_FILE, callSpec, transcriptSpec } from '../library/schema';
import type { IndexedCall } from './index';

/**
 * A call as the index needs it, read from its files rather than through the library's document cache:
 * a rebuild reads every call once, and keeping all their transcripts open would hold the library in memory.
 */
export async function readIndexedCall(library: Library, id: string): Promise<IndexedCall> {
  const dir = library.callDir(id);
  const doc = callSpec.schema.parse(JSON.parse(await readFile(join(dir, CALL_FILE), 'utf8')));
  const transcript = doc.call.hasTranscript ? transcriptSpec.schema.parse(JSON.parse(await readFile(join(dir, TRANSCRIPT_FILE), 'utf8'))).transcript : null;
  return { call: doc.call, turns: transcript?.turns ?? [], annotations: doc.annotations };
}
