import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmitter, registerIpc } from '../../../electron/ipc';
import { APP_ORIGIN } from '../../../electron/scheme';
import { BRIDGE_CHANNELS, type Handlers } from '../../../shared/contract';
import { FakeBrowserWindow, FakeWebContents, invokeEvent, ipcHandlers, ipcMain, resetElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);

const PAGE = `${APP_ORIGIN}/index.html`;
let handlers: { 'calls:pickFiles': ReturnType<typeof vi.fn>; 'library:info': ReturnType<typeof vi.fn> };

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  handlers = {
    'calls:pickFiles': vi.fn(async () => [{ path: '/calls/a.wav', name: 'a.wav' }]),
    'library:info': vi.fn(async () => ({ folder: '/lib', isDefault: true, callCount: 0, problem: null })),
  };
  registerIpc(handlers as unknown as Handlers);
});

const appWindow = () => {
  const win = new FakeBrowserWindow({});
  win.webContents.url = PAGE;
  return win;
};
const invoke = (event: unknown, method: unknown, input: unknown) => ipcHandlers.get(BRIDGE_CHANNELS.invoke)!(event, method, input);

describe('bridge IPC', () => {
  it('registers exactly one handler, on the invoke channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls[0]![0]).toBe(BRIDGE_CHANNELS.invoke);
    expect([...ipcHandlers.keys()]).toEqual([BRIDGE_CHANNELS.invoke]);
  });

  it('passes a valid call from the app window to its handler and returns the envelope', async () => {
    const win = appWindow();
    const result = await invoke(invokeEvent(win.webContents, PAGE), 'calls:pickFiles', { multiple: true });
    expect(result).toEqual({ ok: true, value: [{ path: '/calls/a.wav', name: 'a.wav' }] });
    expect(handlers['calls:pickFiles']).toHaveBeenCalledExactlyOnceWith({ multiple: true });
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const win = appWindow();
    for (const method of ['calls:explode', '__proto__', 'constructor', 42, undefined]) {
      const result = await invoke(invokeEvent(win.webContents, PAGE), method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('answers invalid input with INVALID_INPUT before any handler runs', async () => {
    const win = appWindow();
    const wrongType = await invoke(invokeEvent(win.webContents, PAGE), 'calls:pickFiles', { multiple: 'yes' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extraKey = await invoke(invokeEvent(win.webContents, PAGE), 'library:info', { folder: '/etc' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(handlers['calls:pickFiles']).not.toHaveBeenCalled();
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', 'https://evil.example/', {}],
    ['a look-alike host', 'callreview://app.evil/index.html', {}],
    ['the bare origin without a path', 'callreview://app', {}],
    ['a file page', 'file:///tmp/index.html', {}],
    ['a subframe of the app page', PAGE, { subframe: true }],
  ])('refuses a call from %s with an error envelope', async (_label, url, opts) => {
    const win = appWindow();
    const result = await invoke(invokeEvent(win.webContents, url, opts), 'library:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/Refused/) } });
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it('refuses a call with no sender frame, or from contents that belong to no app window', async () => {
    const win = appWindow();
    expect(await invoke(invokeEvent(win.webContents, null), 'library:info', {})).toMatchObject({ ok: false });
    const stray = new FakeWebContents();
    expect(await invoke(invokeEvent(stray, PAGE), 'library:info', {})).toMatchObject({ ok: false });
    win.close();
    expect(await invoke(invokeEvent(win.webContents, PAGE), 'library:info', {})).toMatchObject({ ok: false });
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it('uses the sender check it is given', async () => {
    ipcHandlers.clear();
    const isTrusted = vi.fn((_e: IpcMainInvokeEvent) => false);
    registerIpc(handlers as unknown as Handlers, isTrusted);
    const win = appWindow();
    const event = invokeEvent(win.webContents, PAGE);
    expect(await invoke(event, 'library:info', {})).toMatchObject({ ok: false });
    expect(isTrusted).toHaveBeenCalledWith(event);
  });
});

describe('event emitter', () => {
  it('sends events to the app page of every live window, skipping destroyed and foreign ones', () => {
    const a = appWindow();
    const b = appWindow();
    const foreign = new FakeBrowserWindow({});
    foreign.webContents.url = 'https://evil.example/';
    const dying = appWindow();
    dying.webContents.destroyed = true;

    const change = { reason: 'import', calls: ['0f4e21c8-6811-4f72-959a-2c25b9584e57'], parts: ['call' as const] };
    createEmitter()('library:changed', change);

    for (const win of [a, b]) {
      expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(BRIDGE_CHANNELS.event, 'library:changed', change);
    }
    expect(foreign.webContents.send).not.toHaveBeenCalled();
    expect(dying.webContents.send).not.toHaveBeenCalled();
  });
});
