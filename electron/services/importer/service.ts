import { isAbsolute } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { callsChanged } from '../../../shared/domain/libraryChange';
import { baseName } from '../../../shared/domain/title';
import type { LibraryRef } from '../library/ref';
import type { Dialogs } from '../ports';
import { importRecordings, importSpeakerTracks } from './importer';

export type ImporterDeps = { ref: LibraryRef; dialogs: Dialogs; emit: Emit };

/** Recordings into the library: picked in the main process's dialog, checked, copied in as calls. */
export function createImporterService({ ref, dialogs, emit }: ImporterDeps) {
  /** New calls: list rows appear; nothing open can be one of them. */
  const imported = (callIds: string[]) => emit('library:changed', callsChanged('import', callIds, ['call']));

  const handlers = {
    'calls:pickFiles': async ({ multiple }) => (await dialogs.pickAudioFiles(multiple)).map((path) => ({ path, name: baseName(path) })),
    'calls:import': async ({ paths }) => {
      refuseForeignPaths(paths);
      const outcomes = await importRecordings(ref.get(), paths);
      const ids = outcomes.flatMap((o) => (o.kind === 'imported' ? [o.call.id] : []));
      if (ids.length > 0) imported(ids);
      return outcomes;
    },
    'calls:importTracks': async ({ title, tracks }) => {
      refuseForeignPaths(tracks.map((t) => t.path));
      const outcome = await importSpeakerTracks(ref.get(), tracks, title);
      if (outcome.kind === 'imported') imported([outcome.call.id]);
      return outcome;
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}

/**
 * The contract accepts POSIX and Windows absolute paths alike; on this system, one of the other kind
 * (`C:\\calls\\a.wav` on macOS) would be read relative to the app's working folder.
 */
function refuseForeignPaths(paths: string[]): void {
  const foreign = paths.find((p) => !isAbsolute(p));
  if (foreign !== undefined) throw new AppError('INVALID_INPUT', `“${foreign}” is not a path on this computer.`);
}
