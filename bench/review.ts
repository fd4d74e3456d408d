// npm run bench:review
// The Review view on a long call (60 min, 1,500 turns, 15,000 words, 200 pain tags), in Chromium with the
// built renderer and the real backend (tests/e2e/harness.ts): open time, JS heap, tag keystroke → disk,
// transcript scroll frame times. Prints each figure against its goal and exits 0 either way: a goal
// missed is reported as MISSED, not failed. Figures are noisy on a shared machine: run it a few times.
//
// Opens are timed through two bridges (see review/bridge.ts): the harness's Playwright binding, as the
// e2e tests use it, and a JSON bridge whose cost is closer to Electron's IPC; the rest runs on the latter.
// With --profile the renderer is built unminified and CPU profiles of an open and of tag keys follow.
import './review/shim';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { buildRenderer, startHarness, type Harness } from '../tests/e2e/harness';
import { tempDir } from '../tests/helpers/fixtures';
import { exposeJsonBridge, type Bridge } from './review/bridge';
import { makeLongCallLibrary, SPEC } from './review/generate';
import { buildRendererWithNames, profile } from './review/profile';
import { coldOpen, heapAfterGc, installPageProbe, scrollFrames, tagKeystrokes, warmOpen } from './review/measure';
import type { OpenTiming } from './review/probe';
import { describeBreakdown, describeKeys, describeLongFrames, describeOpen, log, timed } from './review/report';
import { median, ms, percentile, printTable, type Row } from './review/stats';

const GOALS = { openMs: 500, heapMb: 200, tagToDiskMs: 20 };
const WARM_OPENS = 5;
const KEYSTROKES = 30;
const SCROLL_STEP_PX = 100;
const PROFILE = process.argv.includes('--profile');

/** Folders to remove however the run ends (Ctrl+C included); Playwright closes its browser on signals. */
const cleanups: (() => void)[] = [];
const cleanUp = () =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** One cold page load and WARM_OPENS trips library → call; answers the median trip. */
async function opens(h: Harness, callId: string, bridge: Bridge): Promise<{ cold: OpenTiming; warmMedian: number }> {
  const cold = await coldOpen(h, callId, bridge);
  describeOpen('cold', cold);
  describeBreakdown(cold);
  const warm: OpenTiming[] = [];
  for (let i = 0; i < WARM_OPENS; i++) {
    warm.push(await warmOpen(h, callId));
    describeOpen(`warm ${i + 1}`, warm.at(-1)!);
  }
  const warmMedian = median(warm.map((o) => o.interactive));
  log('  the median warm open:');
  describeBreakdown(warm.find((o) => o.interactive === warmMedian)!);
  return { cold, warmMedian };
}

async function measure(h: Harness, callId: string, callJson: string): Promise<Row[]> {
  log(`\nOpen the call → rows, drawn waveform and tags on screen (goal ≤ ${GOALS.openMs} ms); times from the navigation`);
  log(" a) through the harness's bridge (Playwright exposeBinding), as the e2e tests run:");
  const viaHarness = await opens(h, callId, 'harness');
  await exposeJsonBridge(h);
  log(' b) through the JSON bridge (same dispatch and handlers, answers as one JSON string: closer to Electron IPC):');
  const viaJson = await opens(h, callId, 'json');

  await h.page.waitForTimeout(1_000);
  const heap = await heapAfterGc(h.page);
  log(
    `\nJS heap after opening, after GC: ${heap.usedMb.toFixed(1)} MB used (${heap.totalMb.toFixed(1)} MB allocated); ${heap.domNodes} DOM nodes (${heap.elements} elements), ${heap.listeners} event listeners`,
  );

  log(`\nTag keystrokes: 1 on ${KEYSTROKES} turns across the call (JSON bridge) → call.json on disk`);
  const keys = await tagKeystrokes(h, callJson, KEYSTROKES);
  describeKeys(keys.samples, keys.clockRtt);
  const toDisk = timed(keys.samples, 'toDisk');
  const toSaved = timed(keys.samples, 'toSaved');
  const unseen = keys.samples.length - Math.min(toDisk.length, toSaved.length);
  if (unseen > 0) log(`  ${unseen} keystroke(s) not seen on disk or as "Saved" within 10 s`);

  log(`\nScroll the transcript top to bottom, ${SCROLL_STEP_PX} px per animation frame`);
  const scroll = await scrollFrames(h, SCROLL_STEP_PX);
  const frames = scroll.deltas.slice(1); // the first follows the jump back to the top
  const long = frames.filter((v) => v > 50).length;
  log(
    `  ${scroll.frames} frames over ${scroll.scrollHeight} px${scroll.reachedEnd ? '' : ' (stopped before the end)'}; at most ${scroll.maxRows} rows in the DOM`,
  );
  log(`  frame time median ${ms(median(frames))}  p95 ${ms(percentile(frames, 95))}  max ${ms(Math.max(...frames))}  > 50 ms: ${long}`);
  describeLongFrames('  long frames', scroll.longFrames);

  if (PROFILE) {
    log('\nCPU profiles of the page (unminified build, JSON bridge):');
    await profile(h.page, 'one in-app open', () => warmOpen(h, callId));
    await profile(h.page, '5 tag keys (as above)', () => tagKeystrokes(h, callJson, 5));
    await profile(h.page, 'scrolling 300 frames (as above)', () => scrollFrames(h, SCROLL_STEP_PX, 300));
  }

  if (h.errors.length > 0) log(`\nPage errors:\n  ${h.errors.join('\n  ')}`);
  const goal = (v: number, max: number) => !(v <= max);
  return [
    {
      figure: 'open → interactive, in-app, median of 5 (JSON bridge)',
      value: ms(viaJson.warmMedian),
      goal: `≤ ${GOALS.openMs} ms`,
      missed: goal(viaJson.warmMedian, GOALS.openMs),
    },
    {
      figure: 'open → interactive, cold page load (JSON bridge)',
      value: ms(viaJson.cold.interactive),
      goal: `≤ ${GOALS.openMs} ms`,
      missed: goal(viaJson.cold.interactive, GOALS.openMs),
    },
    {
      figure: 'open → interactive, in-app, median of 5 (harness bridge)',
      value: ms(viaHarness.warmMedian),
      goal: `≤ ${GOALS.openMs} ms`,
      missed: goal(viaHarness.warmMedian, GOALS.openMs),
    },
    {
      figure: 'open → interactive, cold page load (harness bridge)',
      value: ms(viaHarness.cold.interactive),
      goal: `≤ ${GOALS.openMs} ms`,
      missed: goal(viaHarness.cold.interactive, GOALS.openMs),
    },
    {
      figure: 'JS heap used after opening (after GC)',
      value: `${heap.usedMb.toFixed(1)} MB`,
      goal: `≤ ${GOALS.heapMb} MB`,
      missed: goal(heap.usedMb, GOALS.heapMb),
    },
    { figure: 'DOM nodes (elements) after opening', value: `${heap.domNodes} (${heap.elements})`, goal: '-', missed: null },
    {
      figure: 'tag key → on disk, median',
      value: ms(median(toDisk)),
      goal: `≤ ${GOALS.tagToDiskMs} ms`,
      missed: goal(median(toDisk), GOALS.tagToDiskMs) || unseen > 0,
    },
    { figure: 'tag key → on disk, p95', value: ms(percentile(toDisk, 95)), goal: '-', missed: null },
    { figure: 'tag key → "Saved" shown, median / p95', value: `${ms(median(toSaved))} / ${ms(percentile(toSaved, 95))}`, goal: '-', missed: null },
    {
      figure: 'scroll frame time, median / p95 / max',
      value: `${ms(median(frames))} / ${ms(percentile(frames, 95))} / ${ms(Math.max(...frames))}`,
      goal: '-',
      missed: null,
    },
    { figure: 'scroll frames > 50 ms', value: `${long} of ${frames.length}`, goal: '-', missed: null },
  ];
}

async function main() {
  const cpu = cpus();
  const machine = `${cpu.length}× ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB`;
  log(`machine: ${machine}; load average ${load()}`);
  const work = tempDir('review bench');
  cleanups.push(work.cleanup);

  log('\nMaking the long call:');
  const libraryFolder = join(work.path, 'library');
  const call = await makeLongCallLibrary(libraryFolder, work.path, log);
  const counts = `${call.turns.length} turns, ${call.words} words, ${call.tags} tags, audio ${(call.durationSec / 60).toFixed(1)} min`;
  log(`  ${counts} (${SPEC.sampleRate / 1000} kHz mono WAV), peaks ${call.peaksBuckets} buckets`);

  const rendererDir = PROFILE ? buildRendererWithNames() : buildRenderer();
  cleanups.push(() => rmSync(dirname(rendererDir), { recursive: true, force: true }));
  const h = await startHarness(rendererDir);
  cleanups.push(() => rmSync(h.userData, { recursive: true, force: true }));
  let rows: Row[];
  try {
    log(`browser: Chromium ${h.page.context().browser()?.version() ?? '?'}, headless, viewport 1280×800`);
    await installPageProbe(h.page);
    h.dialogs.folders.push(libraryFolder); // Settings → "Choose folder…": the backend opens the bench's library
    const { changed } = await h.backend.handlers['library:chooseFolder']({});
    if (!changed) throw new Error('the backend did not switch to the bench library');
    rows = await measure(h, call.callId, join(libraryFolder, 'calls', call.callId, 'call.json'));
  } catch (e) {
    if (h.errors.length > 0) log(`\nPage errors:\n  ${h.errors.join('\n  ')}`);
    throw e;
  } finally {
    await h.close();
  }

  log(`\nSummary: ${counts}; ${machine}; load average at the end ${load()}`);
  printTable(rows);
}

main()
  .then(() => {
    cleanUp();
    process.exit(0);
  })
  .catch((e: unknown) => {
    console.error(e);
    cleanUp();
    process.exit(1);
  });
