import type { Emit, Handlers } from '../../../shared/contract';
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
      const outcomes = await importRecordings(ref.get(), paths);
      const ids = outcomes.flatMap((o) => (o.kind === 'imported' ? [o.call.id] : []));
      if (ids.length > 0) imported(ids);
      return outcomes;
    },
    'calls:importTracks': async ({ title, tracks }) => {
      const outcome = await importSpeakerTracks(ref.get(), tracks, title);
      if (outcome.kind === 'imported') imported([outcome.call.id]);
      return outcome;
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
