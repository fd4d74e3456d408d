import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isAppError } from '../../../shared/errors';
import { openDocument, writeDocument, type DocumentSpec } from '../library/documents';

const SettingsDocument = z.object({
  schemaVersion: z.literal(1),
  /** null: the default folder inside the app's data folder. */
  libraryFolder: z.string().nullable(),
});
type SettingsDocument = z.infer<typeof SettingsDocument>;

const spec: DocumentSpec<SettingsDocument> = { label: 'Settings', schema: SettingsDocument, version: 1, migrations: {} };
const defaults = (): SettingsDocument => ({ schemaVersion: 1, libraryFolder: null });

/** App settings in the user-data folder. Unreadable settings fall back to defaults in memory, never overwritten. */
export async function openSettings(userDataDir: string) {
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
    async setLibraryFolder(folder: string | null): Promise<void> {
      data = { ...data, libraryFolder: folder };
      if (!db) return; // keep the unreadable file for the user to inspect
      db.data = data;
      await writeDocument(db, spec);
    },
  };
}
