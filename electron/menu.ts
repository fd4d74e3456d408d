import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuOptions = { isMac: boolean; isDev: boolean };

/** Standard roles only; reload and developer tools exist only in unpackaged (development) runs. */
export function menuTemplate({ isMac, isDev }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Call Review' }] },
  ];
}

export function installAppMenu(): void {
  const template = menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
