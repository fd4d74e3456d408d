// The measurements, driving the real renderer in Chromium (tests/e2e/harness.ts) against the real backend.
import { readFileSync, statSync, watch, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { appUrl, type Bridge } from './bridge';
import { installProbe, type KeyTiming, type OpenTiming, type Probe, type ScrollTiming } from './probe';

type BenchWindow = Window & { __bench: Probe; __benchKey?: Promise<KeyTiming> };

/** ms since 1970 with sub-ms precision, as the page's performance.timeOrigin + now() gives it. */
const epochNow = () => performance.timeOrigin + performance.now();

/** Installs the probe for every later load (bench/review/shim.ts gives the page tsx's `__name`). */
export async function installPageProbe(page: Page): Promise<void> {
  await page.addInitScript(installProbe);
}

/** A full page load straight into the call's review route, timed from the navigation's start. */
export async function coldOpen(h: Harness, callId: string, bridge: Bridge): Promise<OpenTiming> {
  await h.page.goto('about:blank');
  await h.page.goto(appUrl(h, bridge, `#/calls/${encodeURIComponent(callId)}`));
  return h.page.evaluate(() => (window as unknown as BenchWindow).__bench.coldOpen!);
}

/** From the library to the call, as clicking its row does: the hash route changes. */
export async function warmOpen(h: Harness, callId: string): Promise<OpenTiming> {
  await h.page.evaluate(() => (location.hash = '#/'));
  await h.page.getByTestId('call-row').first().waitFor();
  await h.page.getByTestId('review-view').waitFor({ state: 'detached' });
  await h.page.waitForTimeout(600); // let the library view settle, as a user would take a moment
  return h.page.evaluate((id) => {
    const t0 = performance.now();
    location.hash = `#/calls/${encodeURIComponent(id)}`;
    return (window as unknown as BenchWindow).__bench.watchOpen(t0);
  }, callId);
}

export type HeapFigures = { usedMb: number; totalMb: number; domNodes: number; elements: number; listeners: number };

/** JS heap after a forced GC (CDP), plus DOM nodes and event listeners. */
export async function heapAfterGc(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      usedMb: get('JSHeapUsedSize') / 2 ** 20,
      totalMb: get('JSHeapTotalSize') / 2 ** 20,
      domNodes: get('Nodes'),
      elements: await page.evaluate(() => document.querySelectorAll('*').length),
      listeners: get('JSEventListeners'),
    };
  } finally {
    await cdp.detach();
  }
}

/** page clock − Node clock (epoch ms), from the round trip with the least delay. */
async function clockOffset(page: Page): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Infinity };
  for (let i = 0; i < 25; i++) {
    const before = epochNow();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epochNow();
    if (after - before < best.rtt) best = { offset: inPage - (before + after) / 2, rtt: after - before };
  }
  return best;
}

/**
 * Resolves with the Node time at which `file` first holds content other than it does now: lowdb writes a
 * temp file and renames it over, so the name's inode changes. inotify (fs.watch) and a 1 ms stat poll.
 */
function nextContent(file: string, timeoutMs: number): { landed: Promise<{ epoch: number; text: string } | null>; stop: () => void } {
  const before = readFileSync(file, 'utf8');
  let seen: Stats | undefined = statSync(file);
  let finish: (v: { epoch: number; text: string } | null) => void = () => {};
  const landed = new Promise<{ epoch: number; text: string } | null>((resolve) => (finish = resolve));
  const check = () => {
    const now = statSync(file, { throwIfNoEntry: false });
    if (!now || (seen && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs && now.size === seen.size)) return;
    const epoch = epochNow();
    seen = now;
    const text = readFileSync(file, 'utf8');
    if (text !== before) stop({ epoch, text });
  };
  const watcher = watch(dirname(file), (_event, name) => name === basename(file) && check());
  const poll = setInterval(check, 1);
  const timer = setTimeout(() => stop(null), timeoutMs);
  function stop(result: { epoch: number; text: string } | null = null) {
    watcher.close();
    clearInterval(poll);
    clearTimeout(timer);
    finish(result);
  }
  return { landed, stop: () => stop(null) };
}

export type KeySample = {
  turnId: string;
  /** From the keydown the page saw to call.json holding the change, on the Node clock. */
  toDisk: number | null;
  /** From the keydown to the save indicator saying "Saved" (page clock). */
  toSaved: number | null;
  /** From the keydown to the row's badges changing (page clock). */
  toBadge: number | null;
  /** From the keydown to the backend's annotations:apply starting, and how long it took (Node clock). */
  toHandler: number | null;
  handlerMs: number | null;
  /** The page's side: keydown → the bridge call starts, its round trip, and its answer → "Saved" (render). */
  toCall: number | null;
  callMs: number | null;
  answerToSaved: number | null;
  tagsOnDisk: number | null;
};

/**
 * `count` presses of 1 on turns spread over the call: scroll there, click the turn's time (selects it),
 * press 1 (tags it, or untags it when it already is), and time the save to disk and in the UI.
 */
export async function tagKeystrokes(h: Harness, callJson: string, count: number): Promise<{ samples: KeySample[]; clockRtt: number }> {
  const page = h.page;
  const applies: { start: number; end: number }[] = [];
  const handlers = h.backend.handlers;
  const original = handlers['annotations:apply'];
  handlers['annotations:apply'] = async (input) => {
    const start = epochNow();
    try {
      return await original(input);
    } finally {
      applies.push({ start, end: epochNow() });
    }
  };
  const samples: KeySample[] = [];
  let clock = await clockOffset(page);
  try {
    for (let i = 0; i < count; i++) {
      const turnId = await page.evaluate((f) => (window as unknown as BenchWindow).__bench.rowNear(f), (i + 0.5) / count);
      if (!turnId) throw new Error('no transcript row on screen');
      const row = page.locator(`[data-testid="turn"][data-turn-id="${turnId}"]`);
      await row.getByTestId('turn-time').click();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="turn"][data-turn-id="${id}"]`)?.getAttribute('data-selected') === 'true',
        turnId,
      );
      await page.waitForTimeout(250); // the seek and the scroll back to the playhead settle
      if (i % 10 === 0) clock = await clockOffset(page);

      const disk = nextContent(callJson, 10_000);
      await page.evaluate((id) => {
        const w = window as unknown as BenchWindow;
        w.__benchKey = w.__bench.armKey(id);
      }, turnId);
      const appliesBefore = applies.length;
      await page.keyboard.press('1');
      const [onDisk, ui] = await Promise.all([disk.landed, page.evaluate(() => (window as unknown as BenchWindow).__benchKey!)]);
      const keydownNode = ui.keydownEpoch - clock.offset;
      const apply = applies[appliesBefore];
      samples.push({
        turnId,
        toDisk: onDisk ? onDisk.epoch - keydownNode : null,
        toSaved: ui.saved === null ? null : ui.saved - ui.keydown,
        toBadge: ui.badge === null ? null : ui.badge - ui.keydown,
        toHandler: apply ? apply.start - keydownNode : null,
        handlerMs: apply ? apply.end - apply.start : null,
        toCall: ui.apply ? ui.apply.start - ui.keydown : null,
        callMs: ui.apply?.ms ?? null,
        answerToSaved: ui.apply && ui.saved !== null ? ui.saved - (ui.apply.start + ui.apply.ms) : null,
        tagsOnDisk: onDisk ? (JSON.parse(onDisk.text) as { annotations: { tags: unknown[] } }).annotations.tags.length : null,
      });
    }
  } finally {
    handlers['annotations:apply'] = original;
  }
  return { samples, clockRtt: clock.rtt };
}

/** Scrolls the whole transcript, `step` px every animation frame (the player paused). */
export async function scrollFrames(h: Harness, step: number, maxFrames = 5_000): Promise<ScrollTiming> {
  return h.page.evaluate(([s, max]) => (window as unknown as BenchWindow).__bench.scrollThrough(s, max), [step, maxFrames] as const);
}
