import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Speaker } from '../../../../shared/domain/call';
import type { PipelineInput } from '../../../../electron/services/transcription/pipeline';
import { audio, tempDir } from '../../../helpers/fixtures';
import { wavTrack } from '../../../helpers/tracks';

/** The stand-in engine the windowed tests run (it logs each run; see its header for what it reads from the environment). */
export const WINDOW_ENGINE = join(__dirname, 'window-engine.mjs');

const speakers: Speaker[] = [
  { id: 'rep', name: 'Rep', role: 'rep' },
  { id: 'prospect', name: 'Prospect', role: 'prospect' },
];
const track = wavTrack({ file: 'audio.wav', durationSec: 120 });

/**
 * What the windowed pipeline's tests share: the sales call (120 s) copied into a fresh "call N" folder per
 * job, the pipeline's input for it, and logs the engine writes one JSON line a run into. All of it lives
 * in one temp folder, removed after the file's tests.
 */
export function windowCalls(label: string, engine: PipelineInput['engine'], defaults: Partial<PipelineInput> = {}) {
  const dir = tempDir(label);
  afterAll(() => dir.cleanup());
  // One count for folders and logs, so each name is new.
  let made = 0;
  return {
    dir,
    callFolder(): string {
      const folder = join(dir.path, `call ${++made}`);
      mkdirSync(folder);
      cpSync(audio('sales-followup-azure.wav'), join(folder, 'audio.wav'));
      return folder;
    },
    input: (folder: string, extra: Partial<PipelineInput> = {}): PipelineInput => ({
      audioPaths: [join(folder, 'audio.wav')],
      workDir: join(folder, '.work'),
      tracks: [track],
      speakers,
      engine,
      ...defaults,
      ...extra,
    }),
    /** A new log's path (`<name>-N.log`) and its lines read back (none until it is written). */
    jsonLog<T>(name: string): { path: string; read: () => T[] } {
      const path = join(dir.path, `${name}-${++made}.log`);
      const read = () =>
        existsSync(path)
          ? readFileSync(path, 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as T)
          : [];
      return { path, read };
    },
  };
}
