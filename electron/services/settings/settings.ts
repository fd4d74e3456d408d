import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isAppError } from '../../../shared/errors';
import { openDocument, writeDocument, type DocumentSpec } from '../library/documents';

const SettingsDocument = z.object({
  schemaVersion: z.literal(1),
  /** null: the default folder inside the app's data folder. */
  libraryFolder: z.string().nullable(),
  /** The whisper model file transcription uses (downloaded or chosen from disk). */
  modelPath: z.string().nullable().default(null),
  /** Threads whisper may use; null: all cores. */
  threads: z.number().int().positive().nullable().default(null),
  /** The speaker models mono calls are diarized with (files chosen from disk); null until chosen. */
  speakerSegmentationPath: z.string().nullable().default(null),
  speakerEmbeddingPath: z.string().nullable().default(null),
});
type SettingsDocument = z.infer<typeof SettingsDocument>;

const spec: DocumentSpec<SettingsDocument> = { label: 'Settings', schema: SettingsDocument, version: 1, migrations: {} };
const defaults = (): SettingsDocument => ({
  schemaVersion: 1,
  libraryFolder: null,
  modelPath: null,
  threads: null,
  speakerSegmentationPath: null,
  speakerEmbeddingPath: null,
});

/** App settings in the user-data folder. Unreadable settings fall back to defaults in memory, never overwritten. */
export type Settings = Awaited<ReturnType<typeof createSettingsService>>;

export type SettingsDeps = { userDataDir: string };

export async function createSettingsService({ userDataDir }: SettingsDeps) {
  await mkdir(userDataDir, { recursive: true });
  const path = join(userDataDir, 'settings.json');
  let db: Awaited<ReturnType<typeof openDocument<SettingsDocument>>> | null = null;
  let data = defaults();
  try {
    db = await openDocument(path, spec, defaults);
    data = db.data;
  } catch (e) {
    if (!isAppError(e)) throw e;
    console.error(e.message);
  }
  return {
    defaultLibraryFolder: join(userDataDir, 'Library'),
    get: (): SettingsDocument => ({ ...data }),
    async change(patch: Partial<Omit<SettingsDocument, 'schemaVersion'>>): Promise<void> {
      data = { ...data, ...patch };
      if (!db) return; // keep the unreadable file for the user to inspect
      db.data = data;
      await writeDocument(db, spec);
    },
  };
}
