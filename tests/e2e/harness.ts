import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Envelope, EventName, EventPayload } from '../../shared/contract';
import { createDispatch, type Dispatch } from '../../shared/dispatch';
import { createBackend, type Backend } from '../../electron/services/backend';
import { answerAppRequest } from '../../electron/services/media/appRequest';
import type { ModelSource, PrintPdf, SpeakerModelSource } from '../../electron/services/ports';
import type { TextModelSource } from '../../shared/meaning/textModel';
import { ScriptedDialogs } from '../helpers/dialogs';
import { tempDir } from '../helpers/fixtures';
import { chromiumPrintPdf } from '../helpers/pdf';
import { WHISPER_BINARY } from '../helpers/whisper';

const ROOT = join(__dirname, '../..');
/** Screenshots for people to look at; created by startHarness. */
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/** Stands between the page and the backend for one call: `run` is the backend answering it. */
export type AroundCall = (method: unknown, input: unknown, run: () => Promise<Envelope<unknown>>) => Promise<Envelope<unknown>>;

export type Harness = {
  page: Page;
  /** Every bridge method the page called, in order: what tests count fetches with. */
  invoked: string[];
  /** Puts a test between the page and the backend (e.g. to land an event mid round trip); null removes it. */
  setAround(around: AroundCall | null): void;
  backend: Backend;
  dialogs: ScriptedDialogs;
  url: string;
  userData: string;
  errors: string[];
  /** Drops files onto the window the way the OS does: DragEvents carrying File objects. */
  dropFiles(paths: string[]): Promise<void>;
  close(): Promise<void>;
};

export type HarnessOptions = {
  /** Where catalogue models download from (a test's local server); the official host otherwise. */
  modelSource?: ModelSource;
  /** Where the speaker models download from (a test's local server); the official files otherwise. */
  speakerModelSource?: SpeakerModelSource;
  /** Where the text model downloads from (a test's local server); the official files otherwise. */
  textModelSource?: TextModelSource;
  /** How scorecards are printed to PDF; Debian's Chromium (as Electron's printToPDF would) by default. */
  printPdf?: PrintPdf;
  /** A library folder to open (as if chosen in Settings) instead of a new one in the temporary user data. */
  libraryFolder?: string;
  /** The shipped demo call's folder, for a first run that gets it; none otherwise (an empty library). */
  demoDir?: string;
};

const appVersion = () => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Temporary renderer builds, removed when the harness serving them closes. */
const builds = new Map<string, () => void>();

/** Builds the real renderer once per run into a temporary folder. */
export function buildRenderer(): string {
  const build = tempDir('renderer build');
  const outDir = join(build.path, 'renderer');
  builds.set(outDir, build.cleanup);
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

/**
 * The app as a user meets it, minus Electron (which cannot run here): the built renderer in Debian
 * Chromium, the real backend services bound as `window.callReview`, and the same media handler the
 * app's protocol uses, served on 127.0.0.1.
 */
export async function startHarness(rendererDir: string, options: HarnessOptions = {}): Promise<Harness> {
  mkdirSync(RESULTS, { recursive: true });
  const userDataDir = tempDir('user data');
  const userData = userDataDir.path;
  if (options.libraryFolder) writeFileSync(join(userData, 'settings.json'), JSON.stringify({ schemaVersion: 1, libraryFolder: options.libraryFolder }));
  const dialogs = new ScriptedDialogs();
  const pages = new Set<Page>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const p of pages) {
      p.evaluate(([e, data]) => (window as unknown as TestWindow).__callReviewEvent?.(e, data), [event, payload] as const).catch(() => {});
    }
  };
  const backend = await createBackend({
    userDataDir: userData,
    dialogs,
    emit,
    whisperBinary: WHISPER_BINARY,
    modelSource: options.modelSource,
    speakerModelSource: options.speakerModelSource,
    textModelSource: options.textModelSource,
    printPdf: options.printPdf ?? chromiumPrintPdf,
    demoDir: options.demoDir,
    // Help → About: the app's own version; the page runs in Chromium, not Electron.
    versions: { version: appVersion(), electron: 'none (test harness)', chrome: 'system', node: process.versions.node },
  });
  const invoked: string[] = [];
  let around: AroundCall | null = null;
  const backendDispatch = createDispatch(backend.handlers);
  const dispatch: Dispatch = (method, input) => {
    invoked.push(String(method));
    return around ? around(method, input, () => backendDispatch(method, input)) : backendDispatch(method, input);
  };
  const server = await serve(rendererDir, () => backend.libraryFolder());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.exposeBinding('__callReviewInvoke', (_source, method: unknown, input: unknown) => dispatch(method, input));
  await context.addInitScript(installBridge);
  const page = await context.newPage();
  pages.add(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);

  return {
    page,
    invoked,
    setAround(next) {
      around = next;
    },
    backend,
    dialogs,
    url,
    userData,
    errors,
    async dropFiles(paths) {
      const files = paths.map((path) => ({ path, name: path.replace(/^.*[\\/]/, '') }));
      await page.evaluate((dropped) => {
        const table: Record<string, string> = {};
        const transfer = new DataTransfer();
        for (const f of dropped) {
          table[f.name] = f.path;
          transfer.items.add(new File([new Uint8Array(16)], f.name));
        }
        (window as unknown as { __dropPaths: Record<string, string> }).__dropPaths = table;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      }, files);
    },
    async close() {
      try {
        // Stop what still runs, as quitting the app does: a job still running would write into a removed
        // folder, and waiting for a slow whisper run to finish outlasted the hook's timeout.
        await backend.close(); // and let go of the library's lock
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      } finally {
        // Hundreds of runs left their libraries and builds behind otherwise.
        userDataDir.cleanup();
        builds.get(rendererDir)?.();
        builds.delete(rendererDir);
      }
    },
  };
}

type TestWindow = {
  __callReviewInvoke(method: string, input: unknown): Promise<unknown>;
  __callReviewEvent?: (event: string, payload: unknown) => void;
};

/** Runs in the page before its scripts: the same shape the preload exposes. */
function installBridge() {
  const w = window as unknown as TestWindow & { callReview: unknown };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  w.__callReviewEvent = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  w.callReview = Object.freeze({
    invoke: (method: string, input: unknown) => w.__callReviewInvoke(method, input),
    on(event: string, listener: (payload: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
    // Electron's webUtils.getPathForFile, played by a table the test fills (a page can't know real paths).
    pathForFile: (file: File) => (w as unknown as { __dropPaths?: Record<string, string> }).__dropPaths?.[file.name] ?? '',
  });
}

function serve(rendererDir: string, libraryFolder: () => string): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const rawPathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const response = await answerAppRequest(
        { method: req.method ?? 'GET', rawPathname, range: req.headers.range ?? null },
        { rendererDir, libraryFolder: libraryFolder() },
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body && req.method !== 'HEAD') {
        Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
      } else {
        res.end();
      }
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
