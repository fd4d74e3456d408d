/**
 * The one fake of the 'electron' module for the shell tests (the Electron binary cannot run here).
 * Use it in a test file with:
 *   vi.mock('electron', async () => (await import('./electronMock')).electronModule);
 * and import the fakes from './electronMock' to drive and inspect them.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

/** The part of Electron's handler types the tests drive: they call handlers with what the shell reads. */
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  url = '';
  destroyed = false;
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  getURL = () => this.url;
  isDestroyed = () => this.destroyed;
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => [...FakeBrowserWindow.all]);
  static fromWebContents = vi.fn((contents: unknown) => FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null);
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);

  readonly webContents = new FakeWebContents();
  destroyed = false;
  loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = () => this.destroyed;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.all.push(this);
  }

  /** What closing the window does: it leaves getAllWindows, then 'closed' fires. */
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((w) => w !== this);
    this.emit('closed');
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  private ready = deferred();
  whenReady = vi.fn(() => this.ready.promise);
  requestSingleInstanceLock = vi.fn(() => true);
  getPath = vi.fn((name: string) => `/fake/${name}`);
  getAppPath = vi.fn(() => '/fake/app');
  getVersion = vi.fn(() => '0.1.0');
  quit = vi.fn();
  enableSandbox = vi.fn();

  /** Resolves `whenReady()`, as Electron does once it has initialised. */
  becomeReady(): void {
    this.ready.resolve();
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.ready = deferred();
  }
}

export const app = new FakeApp();

export const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocolHandlers.set(scheme, handler);
  }),
};

export const ipcHandlers = new Map<string, IpcHandler>();
export const ipcMain = {
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    // Electron throws on a second handler for the same channel.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
};

export const defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showErrorBox: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

/** Electron's fetch over Chromium's network stack; the shell only hands it to the backend. */
export const net = { fetch: vi.fn(async (_input: string, _init?: RequestInit) => new Response(null, { status: 204 })) };

const electron = {
  app,
  net,
  BrowserWindow: FakeBrowserWindow,
  protocol,
  ipcMain,
  session: { defaultSession },
  shell,
  dialog,
  Menu,
};

export const electronModule = { ...electron, default: electron };

/** Forgets every window, handler, listener and recorded call. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.reset();
  FakeBrowserWindow.all = [];
  protocolHandlers.clear();
  ipcHandlers.clear();
}

/** A fake IPC invoke event, as if sent by `frameUrl` in `contents`. */
export function invokeEvent(contents: FakeWebContents, frameUrl: string | null, opts: { subframe?: boolean } = {}) {
  return {
    sender: contents,
    senderFrame: frameUrl === null ? null : { url: frameUrl, parent: opts.subframe ? { url: frameUrl } : null },
  };
}

/** An Electron-style navigation event whose preventDefault is recorded. */
export function navigationEvent(url: string) {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
  };
  return event;
}

/**
 * The 'electron' module a sandboxed preload sees (contextBridge, ipcRenderer, webUtils), for running
 * the built preload bundle in a `vm` context.
 */
export function fakePreloadElectron() {
  const exposed: Record<string, unknown> = {};
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
  });
  return {
    exposed,
    module: {
      contextBridge: {
        exposeInMainWorld: vi.fn((key: string, api: unknown) => {
          exposed[key] = api;
        }),
      },
      ipcRenderer,
      webUtils: { getPathForFile: vi.fn((_file: unknown) => '/Users/me/call.wav') },
    },
  };
}
