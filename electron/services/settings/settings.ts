import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { StorageNotice } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { DEFAULT_TRANSCRIPTION_SPEED, TranscriptionSpeed } from '../../../shared/transcription/engineProfile';
import { keepUnreadableAside, openDocument, writeDocument, type DocumentSpec } from '../library/documents';

const SettingsDocument = z.object({
  schemaVersion: z.literal(1),
  /** null: the default folder inside the app's data folder. */
  libraryFolder: z.string().nullable(),
  /** The whisper model file transcription uses (downloaded or chosen from disk). */
  modelPath: z.string().nullable().default(null),
  /** Threads whisper may use; null: chosen for the machine (see engineProfile). */
  threads: z.number().int().positive().nullable().default(null),
  /** Settings → Transcription speed; files from before it existed load as the default. */
  transcriptionSpeed: TranscriptionSpeed.default(DEFAULT_TRANSCRIPTION_SPEED),
  /** The speaker models mono calls are diarized with (files chosen from disk); null until chosen. */
  speakerSegmentationPath: z.string().nullable().default(null),
  speakerEmbeddingPath: z.string().nullable().default(null),
  /** The text embedding model's files (downloaded or chosen from disk); null until set. */
  textModel: z.object({ model: z.string(), tokenizer: z.string(), tokenizerConfig: z.string() }).nullable().default(null),
  /** The first-run welcome (the three levels of pain, the demo call) was closed: it is not shown again. */
  welcomeDismissed: z.boolean().default(false),
});
type SettingsDocument = z.infer<typeof SettingsDocument>;

const spec: DocumentSpec<SettingsDocument> = { label: 'Settings', schema: SettingsDocument, version: 1, migrations: {} };
const defaults = (): SettingsDocument => ({
  schemaVersion: 1,
  libraryFolder: null,
  modelPath: null,
  threads: null,
  transcriptionSpeed: DEFAULT_TRANSCRIPTION_SPEED,
  speakerSegmentationPath: null,
  speakerEmbeddingPath: null,
  textModel: null,
  welcomeDismissed: false,
});

/**
 * App settings in the user-data folder. Damaged settings are put back from their last good copy; without
 * one they are kept aside and start again from the defaults. Either way the user is told (`notices`).
 * Settings from a newer version of the app are never overwritten: changes then last until quit, and the
 * notice says so.
 */
export type Settings = Awaited<ReturnType<typeof createSettingsService>>;

export type SettingsDeps = { userDataDir: string };

export async function createSettingsService({ userDataDir }: SettingsDeps) {
  await mkdir(userDataDir, { recursive: true });
  const path = join(userDataDir, 'settings.json');
  const notices: StorageNotice[] = [];
  const notice = (message: string) => notices.push({ id: randomUUID(), message });
  const open = () =>
    openDocument(path, spec, defaults, ({ keptAside }) =>
      notice(
        `Settings were damaged and were restored from their last good copy, made before the most recent change: that change may be missing.${keptAside ? ` The damaged file was kept as ${basename(keptAside)}.` : ''}`,
      ),
    );
  let db: Awaited<ReturnType<typeof openDocument<SettingsDocument>>> | null = null;
  let data = defaults();
  try {
    db = await open();
    data = db.data;
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === 'CORRUPT_DOCUMENT') {
      const keptAside = await keepUnreadableAside(path, 'the settings');
      db = await open();
      data = db.data;
      notice(
        `Settings could not be read and had no good copy, so they start again from the defaults: choose the library folder, model and speaker models again in Settings. The damaged file was kept as ${basename(keptAside)}.`,
      );
    } else {
      notice(`${e.message} Changes made in Settings now last until you quit and are not saved.`);
    }
  }
  return {
    defaultLibraryFolder: join(userDataDir, 'Library'),
    get: (): SettingsDocument => ({ ...data }),
    notices: (): StorageNotice[] => [...notices],
    dismissNotice(id: string): void {
      const at = notices.findIndex((n) => n.id === id);
      if (at >= 0) notices.splice(at, 1);
    },
    async change(patch: Partial<Omit<SettingsDocument, 'schemaVersion'>>): Promise<void> {
      data = { ...data, ...patch };
      if (!db) return; // settings we can't read (a newer version's) are never overwritten; the notice says so
      db.data = data;
      await writeDocument(db, spec);
    },
  };
}
