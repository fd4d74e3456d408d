import type { Emit, Handlers } from '../../../shared/contract';
import { baseName } from '../../../shared/domain/title';
import type { LibraryRef } from '../library/ref';
import type { Dialogs } from '../ports';
import { importRecordings, importSpeakerTracks } from './importer';

export type ImporterDeps = { ref: LibraryRef; dialogs: Dialogs; emit: Emit };

/** Recordings into the library: picked in the main process's dialog, checked, copied in as calls. */
export function createImporterService({ ref, dialogs, emit }: ImporterDeps) {
  const changed = (reason: string) => emit('library:changed', { reason });

  const handlers = {
    'calls:pickFiles': async ({ multiple }) =>
      (await dialogs.pickAudioFiles(multiple)).map((path) => ({ path, name: baseName(path) })),
    'calls:import': async ({ paths }) => {
      const outcomes = await importRecordings(ref.get(), paths);
      if (outcomes.some((o) => o.kind === 'imported')) changed('import');
      return outcomes;
    },
    'calls:importTracks': async ({ title, tracks }) => {
      const outcome = await importSpeakerTracks(ref.get(), tracks, title);
      if (outcome.kind === 'imported') changed('import');
      return outcome;
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
