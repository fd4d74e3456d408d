import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronDialogs } from '../../../electron/dialogs';
import { installAppMenu, menuTemplate } from '../../../electron/menu';
import { app, dialog, FakeBrowserWindow, Menu, resetElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);

beforeEach(() => resetElectronMock());

describe('native dialogs', () => {
  it('picks recordings, several or one, parented to the window', async () => {
    const win = new FakeBrowserWindow({});
    const dialogs = createElectronDialogs(() => win as unknown as BrowserWindow);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.wav', '/b.mp3'] });
    expect(await dialogs.pickAudioFiles(true)).toEqual(['/a.wav', '/b.mp3']);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]! as [unknown, Electron.OpenDialogOptions];
    expect(parent).toBe(win);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters).toEqual([
      {
        name: 'Audio/video recordings',
        extensions: ['wav', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'webm', 'flac', 'mp4', 'mov'],
      },
    ]);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.wav'] });
    await dialogs.pickAudioFiles(false);
    expect((dialog.showOpenDialog.mock.calls[1]![1] as Electron.OpenDialogOptions).properties).toEqual(['openFile']);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored.wav'] });
    expect(await dialogs.pickAudioFiles(true)).toEqual([]);
  });

  it('picks a folder (creating one allowed), or null when cancelled; works without a window', async () => {
    const dialogs = createElectronDialogs(() => null);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/Users/me/Calls'] });
    expect(await dialogs.pickFolder()).toBe('/Users/me/Calls');
    const [options] = dialog.showOpenDialog.mock.calls[0]! as [Electron.OpenDialogOptions];
    expect(options.properties).toEqual(['openDirectory', 'createDirectory']);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.pickFolder()).toBeNull();
  });
});

describe('application menu', () => {
  const roles = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);

  const item = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? i.submenu : [])]).find((i) => i.label === label);

  it('forwards Undo/Redo to the page, registering the keys only on macOS (elsewhere the page gets them)', () => {
    const commands: string[] = [];
    for (const isMac of [false, true]) {
      const template = menuTemplate({ isMac, isDev: false, onCommand: (c) => commands.push(c) });
      const undo = item(template, 'Undo')!;
      const redo = item(template, 'Redo')!;
      expect([undo.accelerator, redo.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z']);
      expect([undo.registerAccelerator, redo.registerAccelerator]).toEqual([isMac, isMac]);
      expect(undo.role).toBeUndefined(); // a role would only undo typing, never a tag
      (undo.click as () => void)();
      (redo.click as () => void)();
      expect(roles(template)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    }
    expect(commands).toEqual(['undo', 'redo', 'undo', 'redo']);
  });

  it('forwards Search calls… (Ctrl/Cmd+K) to the page, registering the key only on macOS', () => {
    const commands: string[] = [];
    for (const isMac of [false, true]) {
      const search = item(menuTemplate({ isMac, isDev: false, onCommand: (c) => commands.push(c) }), 'Search calls…')!;
      expect([search.accelerator, search.registerAccelerator]).toEqual(['CmdOrCtrl+K', isMac]);
      (search.click as () => void)();
    }
    expect(commands).toEqual(['search', 'search']);
  });

  it('forwards the Help menu’s demo commands to the page', () => {
    const commands: string[] = [];
    const template = menuTemplate({ isMac: false, isDev: false, onCommand: (c) => commands.push(c) });
    for (const label of ['Open the Demo Call', 'Reset the Demo Call…']) (item(template, label)!.click as () => void)();
    expect(commands).toEqual(['open-demo', 'reset-demo']);
  });

  it('opens the page’s About dialog from Help → About Call Review, and on macOS from the app menu’s first item', () => {
    const commands: string[] = [];
    const other = menuTemplate({ isMac: false, isDev: false, onCommand: (c) => commands.push(c) });
    (item(other, 'About Call Review')!.click as () => void)();
    const mac = menuTemplate({ isMac: true, isDev: false, onCommand: (c) => commands.push(c) });
    const appMenu = mac[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]!.label).toBe('About Call Review');
    (appMenu[0]!.click as () => void)();
    expect(roles(appMenu)).toEqual(expect.arrayContaining(['hide', 'quit']));
    const help = mac.find((i) => i.role === 'help')!.submenu as MenuItemConstructorOptions[];
    expect(help.map((i) => i.label)).not.toContain('About Call Review');
    expect(roles([...other, ...mac])).not.toContain('about'); // the system's panel has no licences
    expect(commands).toEqual(['about', 'about']);
  });

  it('has reload and developer tools only in development', () => {
    const packaged = roles(menuTemplate({ isMac: false, isDev: false }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).toEqual(expect.arrayContaining(['fileMenu', 'windowMenu', 'help']));
    const dev = roles(menuTemplate({ isMac: false, isDev: true }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('adds the app menu on macOS only', () => {
    expect(roles(menuTemplate({ isMac: true, isDev: false }))[0]).toBe('appMenu');
    expect(roles(menuTemplate({ isMac: false, isDev: false }))).not.toContain('appMenu');
  });

  it('installs the packaged menu when the app is packaged', () => {
    app.isPackaged = true;
    installAppMenu();
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
