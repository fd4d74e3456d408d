import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../electron/scheme';
import { createMainWindow, denyPermissions, hardenWebContents } from '../../../electron/window';
import { defaultSession, FakeBrowserWindow, FakeWebContents, navigationEvent, resetElectronMock, shell } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);

beforeEach(() => resetElectronMock());

describe('main window', () => {
  it('is created with every renderer security flag and the given preload', () => {
    createMainWindow('/app/dist-electron/preload.cjs');
    const win = FakeBrowserWindow.all[0]!;
    expect(win.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      preload: '/app/dist-electron/preload.cjs',
    });
    expect(win.options).toMatchObject({ title: 'Call Review', show: false });
    expect(win.options.minWidth).toBeGreaterThan(0);
    expect(win.options.width).toBeGreaterThanOrEqual(win.options.minWidth!);
  });

  it('loads the app page from the app origin and shows once ready to show', () => {
    createMainWindow('/preload.cjs');
    const win = FakeBrowserWindow.all[0]!;
    expect(win.loadURL).toHaveBeenCalledWith(`${APP_ORIGIN}/index.html`);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });
});

describe('web contents hardening', () => {
  const harden = () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  };

  it('denies every new window and opens only https links in the browser', () => {
    const contents = harden();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://example.com/pricing' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/pricing');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', `${APP_ORIGIN}/index.html`, 'nonsense']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays within the app origin', (name) => {
    const contents = harden();
    const inside = navigationEvent(`${APP_ORIGIN}/index.html#/calls`);
    contents.emit(name, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'callreview://app.evil/index.html',
      'callreview://other/index.html',
      'callreview://app',
      'about:blank',
    ]) {
      const outside = navigationEvent(url);
      contents.emit(name, outside);
      expect(outside.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('refuses to attach a webview', () => {
    const contents = harden();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    denyPermissions(defaultSession as unknown as Session);
    const request = defaultSession.setPermissionRequestHandler.mock.calls[0]![0];
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const check = defaultSession.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check({}, 'media', APP_ORIGIN, {})).toBe(false);
  });
});
