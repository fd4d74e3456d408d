// npm run bench:search [-- --calls 1000 --keep DIR] [--meaning-only | --no-meaning]
// Search over a generated library of one-hour calls (bench/search/generate.ts: 1,500 turns and ≈10,000
// words a call, real sales sentences and their marks): start to the listed Library, the index built from
// every document and opened again from its file, query latency (word, phrase, filters only, combined),
// one call's update (a transcript edit and a tag, each a round trip through the backend, index included),
// memory of the process holding the index and its size on disk. Prints each figure against its goal and
// exits 0 either way. `--keep DIR` keeps (and reuses) the generated library, which takes minutes to write.
// Then search by meaning (bench/search/meaning.ts, its own process): recall@10 on labelled queries, the
// relevance floor against nonsense, query latency over `--calls` one-hour calls of vectors, memory and disk.
import './review/shim';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { SEARCH_INDEX_FILE } from '../electron/services/search/service';
import { buildRenderer, startHarness } from '../tests/e2e/harness';
import { tempDir } from '../tests/helpers/fixtures';
import { makeSearchLibrary } from './search/generate';
import { median, ms, percentile, printTable, type Row } from './review/stats';

/** npm runs scripts from the project's root. */
const ROOT = process.cwd();
const GOALS = { medianMs: 50, p95Ms: 150, updateMs: 250, startMs: 1500, rssMb: 300 };
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('calls') ?? 1000);
const kept = arg('keep');
const log = (line: string) => console.log(line);

type Figures = {
  calls: number;
  startMs: number;
  openMs: number;
  firstQueryMs: number;
  indexingAtFirstQuery: { done: number; total: number } | null;
  rssBeforeMb: number;
  rssAfterOpenMb: number;
  rssMb: number;
  heapMb: number;
  indexMb: number;
  latencies: Record<string, { ms: number[]; hits: number[] }>;
  updates: { edit: number[]; tag: number[] };
};

function run(userData: string, mode: 'build' | 'reopen'): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/search/measure.ts'), userData, mode], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Figures;
}

/** From loading the page to the library's first rows on screen, the backend already started (median of 3). */
async function libraryOnScreen(libraryFolder: string): Promise<number> {
  const h = await startHarness(buildRenderer(), { libraryFolder });
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await h.page.reload();
      await h.page.getByTestId('call-row').first().waitFor({ timeout: 60_000 });
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    await h.close();
  }
}

async function main() {
  const temp = kept ? null : tempDir('bench search');
  const userData = kept ?? temp!.path;
  const library = join(userData, 'Library');
  try {
    log(
      `bench:search — ${count} one-hour calls; ${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (!existsSync(join(library, 'library.json'))) {
      mkdirSync(userData, { recursive: true });
      log('Writing the library (once with --keep):');
      const made = await makeSearchLibrary(library, count, log);
      log(`  ${made.words.toLocaleString('en')} words, ${made.marks.toLocaleString('en')} marks`);
    }
    rmSync(join(library, SEARCH_INDEX_FILE), { force: true });
    rmSync(join(library, `${SEARCH_INDEX_FILE}-journal`), { force: true });
    log('Run 1: no index file — built from every document, then queried and updated');
    const built = run(userData, 'build');
    log('Run 2: a fresh start — the index opened from its saved file, then queried');
    const reopened = run(userData, 'reopen');

    const rows: Row[] = [
      {
        figure: `start → Library listed (${built.calls} calls)`,
        value: ms(reopened.startMs),
        goal: `≤ ${GOALS.startMs} ms`,
        missed: reopened.startMs > GOALS.startMs,
      },
      { figure: 'index built from every document', value: `${(built.openMs / 1000).toFixed(1)} s`, goal: '', missed: null },
      { figure: 'index opened from its file, every call checked', value: ms(reopened.openMs), goal: '', missed: null },
      {
        figure: 'first search while building (answers from what is indexed)',
        value: `${ms(built.firstQueryMs)}${built.indexingAtFirstQuery ? `, ${built.indexingAtFirstQuery.done}/${built.indexingAtFirstQuery.total} calls` : ''}`,
        goal: '',
        missed: null,
      },
      { figure: 'index size on disk', value: `${built.indexMb.toFixed(0)} MB`, goal: '', missed: null },
    ];
    for (const [kind, { ms: times, hits }] of Object.entries(reopened.latencies)) {
      const med = median(times);
      const p95 = percentile(times, 95);
      const figure = `query: ${kind} (median hits ${median(hits)})`;
      rows.push({ figure: `${figure} median`, value: ms(med), goal: `≤ ${GOALS.medianMs} ms`, missed: med > GOALS.medianMs });
      rows.push({ figure: `${figure} p95`, value: ms(p95), goal: `≤ ${GOALS.p95Ms} ms`, missed: p95 > GOALS.p95Ms });
    }
    for (const [kind, times] of Object.entries(built.updates)) {
      const m = median(times);
      rows.push({
        figure: `update one call: ${kind === 'edit' ? 'transcript edit' : 'tag'} (median of ${times.length})`,
        value: ms(m),
        goal: `≤ ${GOALS.updateMs} ms`,
        missed: m > GOALS.updateMs,
      });
      rows.push({ figure: `update one call: ${kind === 'edit' ? 'transcript edit' : 'tag'} (max)`, value: ms(Math.max(...times)), goal: '', missed: null });
    }
    rows.push({
      figure: 'memory of the process holding the index (RSS)',
      value: `${reopened.rssMb.toFixed(0)} MB`,
      goal: `≤ ${GOALS.rssMb} MB`,
      missed: reopened.rssMb > GOALS.rssMb,
    });
    rows.push({ figure: '  of which before the index opened (node, tsx, backend)', value: `${reopened.rssBeforeMb.toFixed(0)} MB`, goal: '', missed: null });
    rows.push({ figure: 'memory (RSS) after building it', value: `${built.rssMb.toFixed(0)} MB`, goal: '', missed: null });
    log('Run 3: the built renderer in Chromium on that library (tests/e2e/harness.ts)');
    const libraryMs = await libraryOnScreen(library);
    rows.splice(1, 0, {
      figure: '  + page load → Library rows on screen (Chromium)',
      value: ms(libraryMs),
      goal: `sum ≤ ${GOALS.startMs} ms`,
      missed: reopened.startMs + libraryMs > GOALS.startMs,
    });
    log('');
    printTable(rows);
  } finally {
    temp?.cleanup();
  }
}

/** Meaning search's figures, in a process of its own (its memory is its own). */
function meaning(): void {
  log('');
  log('Search by meaning (bench/search/meaning.ts)');
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/search/meaning.ts'), '--calls', String(count)], { stdio: 'inherit' });
}

const only = process.argv.includes('--meaning-only');
void (only ? Promise.resolve() : main())
  .then(() => {
    if (!process.argv.includes('--no-meaning')) meaning();
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
