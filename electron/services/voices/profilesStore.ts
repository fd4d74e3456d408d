import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { VoiceProfile } from '../../../shared/domain/voiceProfile';
import { isAppError } from '../../../shared/errors';
import { DurableJsonFile, openDocument, writeDocument, type DocumentSpec } from '../library/documents';
import type { LibraryRef } from '../library/ref';

/** In the library folder, beside the index: profiles belong to the library they were made in, nowhere else. */
export const PROFILES_FILE = 'voice-profiles.json';

const ProfilesDocument = z.object({ schemaVersion: z.literal(1), profiles: z.array(VoiceProfile) });
type ProfilesDocument = z.infer<typeof ProfilesDocument>;

const profilesSpec: DocumentSpec<ProfilesDocument> = { label: 'The voice profiles', schema: ProfilesDocument, version: 1, migrations: {} };

export type VoiceProfilesStore = ReturnType<typeof createVoiceProfilesStore>;

/**
 * The voice profiles of the library in use (a switch of library folder switches them too). The file is
 * written only when a profile is made: a library where nobody opted in has none.
 */
export function createVoiceProfilesStore(ref: LibraryRef) {
  let opened: { folder: string; doc: Promise<Low<ProfilesDocument> | null> } | null = null;

  const path = () => join(ref.get().folder, PROFILES_FILE);
  function current(): Promise<Low<ProfilesDocument> | null> {
    const folder = ref.get().folder;
    if (opened?.folder !== folder) {
      const doc = openDocument(join(folder, PROFILES_FILE), profilesSpec, null).catch((e: unknown) => {
        if (isAppError(e) && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      doc.catch(() => (opened = null)); // a damaged file is reported each time, and read again once mended
      opened = { folder, doc };
    }
    return opened.doc;
  }

  return {
    async list(): Promise<VoiceProfile[]> {
      return [...((await current())?.data.profiles ?? [])];
    },
    /**
     * Replaces every profile (the callers change one and save all: there are a handful). `forget`: a
     * profile was deleted, so the last good copy, which still holds it, is written over too.
     */
    async save(profiles: VoiceProfile[], options: { forget?: boolean } = {}): Promise<void> {
      let db = await current();
      if (!db) {
        db = new Low<ProfilesDocument>(new DurableJsonFile<ProfilesDocument>(path()), { schemaVersion: 1, profiles: [] });
        opened = { folder: ref.get().folder, doc: Promise.resolve(db) };
      }
      db.data.profiles = profiles;
      await writeDocument(db, profilesSpec);
      if (options.forget) await writeDocument(db, profilesSpec);
    },
  };
}
