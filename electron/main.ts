import './services/meaning/noTelemetry'; // before anything loads onnxruntime (see there)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, net, session } from 'electron';
import { createBackend } from './services/backend';
import { whisperBinaryPath } from './services/transcription/binary';
import { createElectronDialogs } from './dialogs';
import { createEmitter, registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { printPdf } from './pdf';
import { closeBeforeQuit } from './quit';
import { registerAppProtocol } from './protocol';
import { registerAppScheme } from './scheme';
import { createMainWindow, denyPermissions, hardenWebContents } from './window';

// Composition only. Everything here before `whenReady` must happen before the app is ready.
const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, 'preload.cjs');

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;
let started = false;

function openWindow(): void {
  const win = createMainWindow(preloadPath);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

async function start(): Promise<void> {
  await app.whenReady();
  denyPermissions(session.defaultSession);
  const emit = createEmitter();
  const backend = await createBackend({
    userDataDir: app.getPath('userData'),
    dialogs: createElectronDialogs(() => BrowserWindow.getFocusedWindow() ?? mainWindow),
    emit,
    whisperBinary: whisperBinaryPath({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    printPdf,
    // The demo call new libraries start with: packaged beside the app (extraResources), or the repo's copy.
    demoDir: app.isPackaged ? join(process.resourcesPath, 'demo') : join(app.getAppPath(), 'resources/demo'),
    // Chromium's network stack: model downloads follow the system's proxy settings and PAC scripts.
    fetch: net.fetch,
    versions: { version: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
  });
  registerAppProtocol(backend.libraryFolder, join(app.getAppPath(), 'dist/renderer'));
  registerIpc(backend.handlers);
  installAppMenu((command) => emit('app:command', { command }));
  openWindow();
  started = true;
  // Stop the engine at once (a child process would outlive the app), then let the library's writes land.
  app.on('before-quit', () => backend.shutdown());
  closeBeforeQuit(() => backend.close());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!started) return;
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((e: unknown) => {
    console.error(e);
    dialog.showErrorBox('Call Review could not start', e instanceof Error ? e.message : String(e));
    app.quit();
  });
}
