import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, type CallReviewBridge } from '../../../shared/contract';
import { tempDir } from '../../helpers/fixtures';
import { fakePreloadElectron } from './electronMock';

const ROOT = resolve(__dirname, '../../..');
const out = tempDir('preload build');
let code = '';

beforeAll(() => {
  // The real build script (with its own output check), writing to a temporary folder.
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--only=preload', `--outdir=${out.path}`], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  code = readFileSync(join(out.path, 'preload.cjs'), 'utf8');
});
afterAll(() => out.cleanup());

/** Runs the bundle the way a sandboxed renderer does: CommonJS, and 'electron' is all require offers. */
function load() {
  const electron = fakePreloadElectron();
  const required: string[] = [];
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`Cannot find module '${name}' in a sandboxed preload`);
    return electron.module;
  };
  const module = { exports: {} };
  runInNewContext(code, { require, module, exports: module.exports, console });
  return { ...electron, required, bridge: electron.exposed.callReview as CallReviewBridge };
}

describe('preload bundle', () => {
  it('is one CommonJS file whose only require is electron, with no imports and no zod', () => {
    const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    expect(new Set(requires)).toEqual(new Set(['"electron"']));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
  });

  it('exposes exactly window.callReview with invoke, on and pathForFile', () => {
    const { module, bridge, required } = load();
    expect(required).toEqual(['electron']);
    expect(module.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(module.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('callReview');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('invoke sends (method, input) on the one invoke channel and returns the reply', async () => {
    const { module, bridge } = load();
    const reply = await bridge.invoke('calls:rename', { callId: 'x', title: 'Renewal' });
    expect(module.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(BRIDGE_CHANNELS.invoke, 'calls:rename', {
      callId: 'x',
      title: 'Renewal',
    });
    expect(reply).toEqual({ ok: true, value: 'from main' });
  });

  it('on delivers only its event from the event channel, and unsubscribes', () => {
    const { module, bridge } = load();
    const got: unknown[] = [];
    const off = bridge.on('library:changed', (payload) => got.push(payload));
    expect(module.ipcRenderer.listenerCount(BRIDGE_CHANNELS.event)).toBe(1);
    module.ipcRenderer.emit(BRIDGE_CHANNELS.event, {}, 'library:changed', { reason: 'import' });
    module.ipcRenderer.emit(BRIDGE_CHANNELS.event, {}, 'something:else', { reason: 'no' });
    expect(got).toEqual([{ reason: 'import' }]);
    off();
    expect(module.ipcRenderer.listenerCount(BRIDGE_CHANNELS.event)).toBe(0);
    module.ipcRenderer.emit(BRIDGE_CHANNELS.event, {}, 'library:changed', { reason: 'late' });
    expect(got).toHaveLength(1);
  });

  it('pathForFile asks webUtils, and answers an empty string when it cannot', () => {
    const { module, bridge } = load();
    const file = { name: 'call.wav' } as unknown as File;
    expect(bridge.pathForFile(file)).toBe('/Users/me/call.wav');
    expect(module.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    module.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    expect(bridge.pathForFile(file)).toBe('');
  });
});
