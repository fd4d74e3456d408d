import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS, printPdf } from '../../../electron/pdf';

/** A BrowserWindow that records what the PDF printer does with it; printing and loading can be made to fail. */
const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<{
      options: BrowserWindowConstructorOptions;
      loadedFile: string | null;
      html: string | null;
      destroyed: boolean;
      printOptions: unknown;
    }>,
    failLoad: false,
    failPrint: false,
  };
  class BrowserWindow {
    private readonly record: (typeof state.windows)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loadedFile: null, html: null, destroyed: false, printOptions: null };
      state.windows.push(this.record);
    }
    loadFile = vi.fn(async (file: string) => {
      this.record.loadedFile = file;
      this.record.html = readFileSync(file, 'utf8');
      if (state.failLoad) throw new Error('ERR_FILE_NOT_FOUND (-6) loading file');
    });
    webContents = {
      printToPDF: vi.fn(async (options: unknown) => {
        this.record.printOptions = options;
        if (state.failPrint) throw new Error('Printing failed');
        return Buffer.from('%PDF-1.7 fake');
      }),
    };
    isDestroyed = () => this.record.destroyed;
    destroy = vi.fn(() => {
      this.record.destroyed = true;
    });
  }
  return { state, module: { BrowserWindow, default: { BrowserWindow } } };
});

vi.mock('electron', () => fake.module);

const HTML = '<!doctype html><title>Scorecard</title><p>Acme &amp; Co</p>';

beforeEach(() => {
  fake.state.windows = [];
  fake.state.failLoad = false;
  fake.state.failPrint = false;
});

describe('printing a scorecard to PDF in Electron', () => {
  it('loads the HTML from a temporary file into a hidden, sandboxed window with no script and no preload, and prints A4 with backgrounds', async () => {
    const pdf = await printPdf(HTML);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(fake.state.windows).toHaveLength(1);
    const win = fake.state.windows[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, webSecurity: true });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(win.html).toBe(HTML);
    expect(win.loadedFile).toMatch(/scorecard\.html$/);
    expect(win.printOptions).toEqual({ pageSize: 'A4', printBackground: true });
    expect(PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true });
    expect(win.destroyed).toBe(true);
    expect(existsSync(dirname(win.loadedFile!))).toBe(false); // the temporary file is gone
  });

  it('destroys the window and removes the file when printing fails, and reports the failure', async () => {
    fake.state.failPrint = true;
    await expect(printPdf(HTML)).rejects.toThrow('Printing failed');
    const win = fake.state.windows[0]!;
    expect(win.destroyed).toBe(true);
    expect(existsSync(dirname(win.loadedFile!))).toBe(false);
  });

  it('destroys the window when the document cannot be loaded, without printing', async () => {
    fake.state.failLoad = true;
    await expect(printPdf(HTML)).rejects.toThrow(/ERR_FILE_NOT_FOUND/);
    const win = fake.state.windows[0]!;
    expect(win.destroyed).toBe(true);
    expect(win.printOptions).toBeNull();
  });

  it('one window per document: two exports at once do not share a window or a file', async () => {
    await Promise.all([printPdf(`${HTML}1`), printPdf(`${HTML}2`)]);
    const [a, b] = fake.state.windows;
    expect(a!.loadedFile).not.toBe(b!.loadedFile);
    expect(new Set([a!.html, b!.html])).toEqual(new Set([`${HTML}1`, `${HTML}2`]));
    expect(fake.state.windows.every((w) => w.destroyed)).toBe(true);
  });
});
