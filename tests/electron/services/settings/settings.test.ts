import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../../electron/services/settings/settings';
import { tempDirs } from '../../../helpers/fixtures';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** Settings saved twice (so a last good copy exists), then the file damaged. */
async function damagedSettings(damage: string) {
  const userDataDir = dirs.make('settings').path;
  const settings = await createSettingsService({ userDataDir });
  await settings.change({ threads: 2 });
  await settings.change({ libraryFolder: '/calls/team' });
  writeFileSync(join(userDataDir, 'settings.json'), damage);
  return userDataDir;
}

describe('settings', () => {
  it('damaged settings are restored from their last good copy and the user is told', async () => {
    const userDataDir = await damagedSettings('{"schemaVersion":1,"libraryFol');
    const settings = await createSettingsService({ userDataDir });
    expect(settings.get()).toMatchObject({ threads: 2, libraryFolder: null });
    expect(settings.notices()).toEqual([
      {
        id: expect.any(String),
        message: expect.stringMatching(/^Settings were damaged and were restored from their last good copy.*kept as settings\.json\.unreadable-/),
      },
    ]);
  });

  it('damaged settings without a good copy start again from the defaults, say so, and save later changes', async () => {
    const userDataDir = await damagedSettings('not json');
    rmSync(join(userDataDir, 'settings.json.bak'));
    const settings = await createSettingsService({ userDataDir });
    expect(settings.get()).toMatchObject({ threads: null, libraryFolder: null });
    expect(settings.notices()).toEqual([
      { id: expect.any(String), message: expect.stringMatching(/^Settings could not be read and had no good copy, so they start again from the defaults/) },
    ]);
    const aside = readdirSync(userDataDir).filter((n) => n.startsWith('settings.json.unreadable-'));
    expect(readFileSync(join(userDataDir, aside[0]!), 'utf8')).toBe('not json');

    await settings.change({ threads: 4 });
    const next = await createSettingsService({ userDataDir });
    expect(next.get().threads).toBe(4);
    expect(next.notices()).toEqual([]);
  });

  it('settings from a newer version are never overwritten, and the user is told changes last until quit', async () => {
    const userDataDir = await damagedSettings(JSON.stringify({ schemaVersion: 9, libraryFolder: null }));
    const settings = await createSettingsService({ userDataDir });
    expect(settings.notices()[0]?.message).toMatch(/newer version of Call Review.*Changes made in Settings now last until you quit and are not saved\./);
    await settings.change({ threads: 3 });
    expect(settings.get().threads).toBe(3);
    expect(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')).schemaVersion).toBe(9);
    settings.dismissNotice(settings.notices()[0]!.id);
    expect(settings.notices()).toEqual([]);
  });

  it('settings saved before the transcription speed existed load with the default, Balanced; a choice is kept', async () => {
    const userDataDir = dirs.make('settings').path;
    writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ schemaVersion: 1, libraryFolder: null, threads: 3 }));
    const settings = await createSettingsService({ userDataDir });
    expect(settings.notices()).toEqual([]);
    expect(settings.get()).toMatchObject({ threads: 3, transcriptionSpeed: 'balanced' });
    await settings.change({ transcriptionSpeed: 'speed' });
    expect((await createSettingsService({ userDataDir })).get().transcriptionSpeed).toBe('speed');
  });
});
