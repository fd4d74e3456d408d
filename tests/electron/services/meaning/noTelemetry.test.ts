import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/fixtures';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../../../helpers/textModel';

const ROOT = join(__dirname, '../../../..');
const dir = tempDir('no-telemetry');
afterAll(() => dir.cleanup());

/** Loads the text model in a fresh Node (as the app's main process would), home and temp folder pointed at `home`. */
function embedIn(home: string, env: Record<string, string> = {}) {
  const script = `
    const { loadTextEmbedder } = await import(${JSON.stringify(join(ROOT, 'electron/services/meaning/textEmbedder.ts'))});
    const e = await loadTextEmbedder(${JSON.stringify(TEXT_MODEL)});
    console.log((await e.embed(['Tell me more about that']))[0].length);
    await e.close();`;
  const { ORT_DISABLE_TELEMETRY: _, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...inherited, HOME: home, TMPDIR: home, XDG_CACHE_HOME: join(home, '.cache'), ...env },
    encoding: 'utf8',
  });
}

describe.runIf(TEXT_MODEL_PRESENT)('the text model’s runtime, onnxruntime, reports nothing', () => {
  it('keeps no telemetry device id and leaves nothing in the home or temp folder', () => {
    const home = join(dir.path, 'home');
    const run = embedIn(home);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('384');
    expect(existsSync(join(home, '.cache', 'Microsoft'))).toBe(false);
    expect(readdirSync(home).filter((f) => f === '.ses' || f.startsWith('mat-debug'))).toEqual([]);
  });
});
