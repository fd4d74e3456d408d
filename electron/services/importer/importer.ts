import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AudioTrack, Call, CallSummary, ImportOutcome, Speaker } from '../../../shared/domain/call';
import { rolesFromMyName } from '../../../shared/domain/speakers';
import { baseName, titleFromFileName } from '../../../shared/domain/title';
import { AppError, isAppError } from '../../../shared/errors';
import { fsError } from '../fsErrors';
import type { Library } from '../library/library';
import { copyAndHash } from './copy';
import { storedExtension } from './formats';
import { probeAudio, type AudioProbe } from './probe';

type Source = { path: string; speaker: Speaker | null };
type CheckedSource = Source & { probe: AudioProbe; modifiedAt: Date };

/** Imports each recording as its own call; one bad file never stops the others. */
export async function importRecordings(library: Library, paths: string[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const path of paths) {
    outcomes.push(await importCall(library, [{ path, speaker: null }], titleFromFileName(path)));
  }
  return outcomes;
}

/** One call from per-speaker tracks (dialer exports, Zoom's separate audio per participant). */
export async function importSpeakerTracks(
  library: Library,
  tracks: { path: string; speakerName: string }[],
  title: string | undefined,
): Promise<ImportOutcome> {
  const sources = tracks.map((t, i) => ({
    path: t.path,
    speaker: { id: `s${i + 1}`, name: t.speakerName, role: 'unknown' as const },
  }));
  return importCall(library, sources, title ?? titleFromFileName(tracks[0]!.path));
}

async function importCall(library: Library, sources: Source[], title: string): Promise<ImportOutcome> {
  const source = sources.map((s) => s.path).join(', ');
  try {
    const checked: CheckedSource[] = [];
    for (const s of sources) checked.push(await check(s));
    return await stageAndCommit(library, checked, title, source);
  } catch (e) {
    const error = isAppError(e) ? e : new AppError('INTERNAL', `Import failed: ${e instanceof Error ? e.message : String(e)}`);
    return { kind: 'failed', source, error: error.toShape() };
  }
}

/** Everything that can be wrong with the source file, found before anything is written. */
async function check(source: Source): Promise<CheckedSource> {
  const name = baseName(source.path);
  let info;
  try {
    info = await stat(source.path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('FILE_MISSING', `“${name}” is no longer at ${source.path}. It may have been moved or deleted.`);
    }
    throw fsError(e, `Couldn't read “${name}”`, source.path);
  }
  if (!info.isFile()) throw new AppError('NOT_A_FILE', `“${name}” is a folder, not a recording.`);
  if (info.size === 0) throw new AppError('EMPTY_FILE', `“${name}” is empty (0 bytes).`);
  return { ...source, probe: await probeAudio(source.path), modifiedAt: info.mtime };
}

async function stageAndCommit(library: Library, sources: CheckedSource[], title: string, source: string): Promise<ImportOutcome> {
  const staging = await library.createStaging();
  try {
    const tracks: AudioTrack[] = [];
    for (const [i, s] of sources.entries()) {
      const originalName = baseName(s.path);
      const file = `${sources.length === 1 ? 'audio' : `track-${i + 1}`}${storedExtension(s.probe.format, originalName)}`;
      const copied = await copyInto(s.path, join(staging.dir, file), originalName);
      tracks.push({
        file,
        originalName,
        speakerId: s.speaker?.id ?? null,
        ...s.probe,
        sizeBytes: copied.bytes,
        sha256: copied.sha256,
      });
    }
    const fingerprint = fingerprintOf(tracks);
    const pending = committing(library);
    let existing = library.findByFingerprint(fingerprint);
    while (!existing && pending.has(fingerprint)) {
      // The same recording is being added right now: wait for it, then it is this import's duplicate.
      await pending.get(fingerprint)!.catch(() => {});
      existing = library.findByFingerprint(fingerprint);
    }
    if (existing) {
      await library.discardStaging(staging.dir);
      return { kind: 'duplicate', source, existing };
    }
    const call: Call = {
      id: staging.id,
      title,
      recordedAt: earliest(sources.map((s) => s.modifiedAt)).toISOString(),
      importedAt: new Date().toISOString(),
      durationSec: Math.max(...tracks.map((t) => t.durationSec)),
      speakers: rolesFromMyName(
        sources.flatMap((s) => (s.speaker ? [s.speaker] : [])),
        library.myName(),
      ),
      status: 'imported',
      trackCount: tracks.length,
      fingerprint,
      statusMessage: null,
      hasTranscript: false,
      tracks,
      peaks: null,
      speakerCount: null,
    };
    // From the check above to here nothing is awaited, so no other import of this recording slips in.
    const commit = library.commit(staging.dir, call);
    pending.set(fingerprint, commit);
    let summary: CallSummary;
    try {
      summary = await commit;
    } finally {
      if (pending.get(fingerprint) === commit) pending.delete(fingerprint);
    }
    return { kind: 'imported', source, call: summary };
  } catch (e) {
    await library.discardStaging(staging.dir);
    throw e;
  }
}

/** Per library, the recordings being committed now, by fingerprint. */
const inFlight = new WeakMap<Library, Map<string, Promise<CallSummary>>>();
function committing(library: Library): Map<string, Promise<CallSummary>> {
  let pending = inFlight.get(library);
  if (!pending) inFlight.set(library, (pending = new Map()));
  return pending;
}

async function copyInto(path: string, destination: string, name: string) {
  try {
    return await copyAndHash(path, destination);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ENOENT on the source means the file vanished between pick and copy.
    if (code === 'ENOENT') throw new AppError('FILE_MISSING', `“${name}” disappeared while it was being copied.`);
    throw fsError(e, `Couldn't copy “${name}” into the library`);
  }
}

/** A single recording is known by its own hash; a multi-track call by the set of its tracks' hashes. */
function fingerprintOf(tracks: AudioTrack[]): string {
  if (tracks.length === 1) return tracks[0]!.sha256;
  const sorted = tracks.map((t) => t.sha256).sort();
  return createHash('sha256').update(sorted.join('\n')).digest('hex');
}

const earliest = (dates: Date[]): Date => new Date(Math.min(...dates.map((d) => d.getTime())));
