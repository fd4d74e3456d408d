import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME } from '../../../electron/scheme';
import { BRIDGE_CHANNELS } from '../../../shared/contract';
import { tempDir } from '../../helpers/fixtures';
import { app, defaultSession, FakeBrowserWindow, FakeWebContents, ipcMain, Menu, net, protocol, protocolHandlers } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);

const CALL = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const dir = tempDir('main');
const appPath = join(dir.path, 'app');
const library = join(dir.path, 'Library');
mkdirSync(join(appPath, 'dist/renderer'), { recursive: true });
writeFileSync(join(appPath, 'dist/renderer/index.html'), '<!doctype html><title>Call Review</title>');
mkdirSync(join(library, 'calls', CALL), { recursive: true });
writeFileSync(join(library, 'calls', CALL, 'audio.wav'), 'RIFF');
afterAll(() => dir.cleanup());

const backend = vi.hoisted(() => ({ createBackend: vi.fn() }));
vi.mock('../../../electron/services/backend', () => backend);
const shutdown = vi.fn();
const close = vi.fn(async () => {});
backend.createBackend.mockImplementation(async () => ({ handlers: {}, libraryFolder: () => library, shutdown, close }));
app.getAppPath.mockReturnValue(appPath);

// Composition order matters, so this file walks through one app life in order.
describe('main process composition', () => {
  it('registers the privileged scheme at import time, before the app is ready', async () => {
    await import('../../../electron/main');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.whenReady).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    // Nothing that needs a ready app has happened yet.
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.createBackend).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });

  it('hardens every web contents as it is created', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('on ready: backend in userData, protocol, IPC, menu, permissions, then the window', async () => {
    app.becomeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1));

    expect(backend.createBackend).toHaveBeenCalledOnce();
    const options = backend.createBackend.mock.calls[0]![0];
    expect(options.userDataDir).toBe('/fake/userData');
    expect(typeof options.emit).toBe('function');
    expect(Object.keys(options.dialogs).sort()).toEqual([
      'pickAudioFiles',
      'pickBundleFile',
      'pickFolder',
      'pickModelFile',
      'pickSavePath',
      'pickSpeakerModelFile',
      'pickTranscriptFile',
    ]);
    expect(options.whisperBinary).toBe(join(appPath, 'native', 'whisper', 'bin', 'whisper-cli'));
    expect(options.fetch).toBe(net.fetch); // downloads use Chromium's network stack and its proxy settings

    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls[0]![0]).toBe(BRIDGE_CHANNELS.invoke);
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const win = FakeBrowserWindow.all[0]!;
    const mainTs = resolve(__dirname, '../../../electron/main.ts');
    expect(win.options.webPreferences?.preload).toBe(join(dirname(mainTs), 'preload.cjs'));
  });

  it('serves the renderer from <appPath>/dist/renderer and media from the backend library', async () => {
    const handler = protocolHandlers.get(APP_SCHEME)!;
    const page = await handler(new Request('callreview://app/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Call Review');
    const media = await handler(new Request(`callreview://app/media/${CALL}/audio.wav`));
    expect(media.status).toBe(200);
    expect(await media.text()).toBe('RIFF');
  });

  it('stops transcription on quit so no engine process outlives the app', () => {
    expect(shutdown).not.toHaveBeenCalled();
    app.emit('before-quit');
    expect(shutdown).toHaveBeenCalledOnce();
  });

  it('focuses the existing window when a second instance starts', () => {
    const win = FakeBrowserWindow.all[0]!;
    win.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('quits when the last window closes, except on macOS', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      app.emit('window-all-closed');
      expect(app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledOnce();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('re-creates the window on activate when none is open', () => {
    app.emit('activate');
    expect(FakeBrowserWindow.all).toHaveLength(1);
    FakeBrowserWindow.all[0]!.close();
    app.emit('activate');
    expect(FakeBrowserWindow.all).toHaveLength(1);
    app.emit('second-instance'); // and a second instance focuses the new one
    expect(FakeBrowserWindow.all[0]!.focus).toHaveBeenCalled();
  });

  it('quitting waits for the backend to close (writes in flight, the library lock), then quits', async () => {
    app.quit.mockClear();
    const closing = Promise.withResolvers<void>();
    close.mockReturnValueOnce(closing.promise);
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    const meanwhile = { preventDefault: vi.fn() }; // asked again while closing: still held, closed once
    app.emit('will-quit', meanwhile);
    expect(meanwhile.preventDefault).toHaveBeenCalledOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect(app.quit).not.toHaveBeenCalled();

    closing.resolve();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const last = { preventDefault: vi.fn() }; // the quit that follows goes through
    app.emit('will-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });
});
