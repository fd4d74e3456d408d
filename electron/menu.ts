import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export type AppCommand = 'undo' | 'redo' | 'search' | 'open-demo' | 'reset-demo' | 'about';
export type MenuOptions = { isMac: boolean; isDev: boolean; onCommand?: (command: AppCommand) => void };

/**
 * Edit menu whose Undo/Redo go to the page, which routes them to the focused text field or to the
 * review history (the role items would only ever undo typing), and whose Search calls… opens the
 * page's search panel. On Windows and Linux Electron consumes a registered accelerator before the page
 * sees the key, so there the keys are only displayed (`registerAccelerator: false`) and the page's own
 * Ctrl+Z / Ctrl+K handling runs; on macOS the menu takes the key equivalent, so it is registered and
 * forwarded.
 */
function editMenu({ isMac, onCommand }: MenuOptions): MenuItemConstructorOptions {
  const forward = (command: AppCommand) => () => onCommand?.(command);
  return {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: isMac, click: forward('undo') },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: isMac, click: forward('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Search calls…', accelerator: 'CmdOrCtrl+K', registerAccelerator: isMac, click: forward('search') },
    ],
  };
}

/**
 * macOS's app menu as its role makes it, except About, which opens the page's About dialog (versions and
 * licences) instead of the system's panel, as Help → About does elsewhere.
 */
function appMenu({ onCommand }: MenuOptions): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      { label: 'About Call Review', click: () => onCommand?.('about') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

/** Standard roles only; reload and developer tools exist only in unpackaged (development) runs. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev } = options;
  const view: MenuItemConstructorOptions[] = [
    ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [appMenu(options)] : []),
    { role: 'fileMenu' },
    editMenu(options),
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Open the Demo Call', click: () => options.onCommand?.('open-demo') },
        { label: 'Reset the Demo Call…', click: () => options.onCommand?.('reset-demo') },
        // On macOS About is the app menu's first item.
        ...(isMac ? [] : ([{ type: 'separator' }, { label: 'About Call Review', click: () => options.onCommand?.('about') }] as const)),
      ],
    },
  ];
}

export function installAppMenu(onCommand?: (command: AppCommand) => void): void {
  const template = menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, onCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
