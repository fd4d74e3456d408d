// One measuring run of `npm run bench:search`, in a process of its own so its memory is the index's:
//   tsx bench/search/measure.ts <userDataDir> build   — start, index built from the documents, queries, updates
//   tsx bench/search/measure.ts <userDataDir> reopen  — start, index opened from its saved file, queries
// Prints one JSON line of figures (milliseconds, megabytes) for bench/search.ts to tabulate.
import '../review/shim';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SearchQuery } from '../../shared/search/query';
import { createBackend } from '../../electron/services/backend';
import { SEARCH_INDEX_FILE } from '../../electron/services/search/service';
import { ScriptedDialogs } from '../../tests/helpers/dialogs';
import { random, REPS } from './generate';

const [userDataDir, mode] = process.argv.slice(2) as [string, 'build' | 'reopen'];
const mb = (bytes: number) => bytes / 2 ** 20;
const rnd = random(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const WORDS = [
  'pricing',
  'budget',
  'forecast',
  'security',
  'onboarding',
  'meetings',
  'renewal',
  'bonus',
  'spreadsheet',
  'churn',
  'integration',
  'quarter',
  'headcount',
  'approval',
  'number',
];
const PHRASES = [
  '"tell me more"',
  '"what do you mean"',
  '"the number"',
  '"too much time"',
  '"walk you through"',
  '"next quarter"',
  '"my bonus"',
  '"pipeline review"',
];

const QUERIES: Record<string, () => SearchQuery> = {
  word: () => ({ text: pick(WORDS) }),
  phrase: () => ({ text: pick(PHRASES) }),
  'filter only': () =>
    pick<SearchQuery>([
      { painLevels: [3] },
      { missedFollowUp: true, role: 'prospect' },
      { moments: ['pitch'], rep: pick(REPS) },
      { commentAuthor: 'Coach Kim' },
    ]),
  combined: () => ({ text: pick(WORDS), painLevels: [1, 2, 3], role: 'prospect', lastDays: 365 }),
};

async function main() {
  const started = performance.now();
  const backend = await createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: 'unused' });
  const h = backend.handlers;
  const calls = await h['calls:list']({});
  const startMs = performance.now() - started;
  const rssBefore = process.memoryUsage().rss;
  const search = (q: SearchQuery) => h['search:query'](SearchQuery.parse(q));

  const t = performance.now();
  const first = await search({ text: 'pricing' }); // answers at once, from what is indexed so far
  const firstQueryMs = performance.now() - t;
  const indexingAtFirstQuery = first.indexing;
  await backend.searchSettled(); // opened from its file, or built from every document
  const openMs = performance.now() - t;
  const afterOpen = process.memoryUsage();

  const latencies: Record<string, { ms: number[]; hits: number[] }> = {};
  for (const [kind, make] of Object.entries(QUERIES)) {
    latencies[kind] = { ms: [], hits: [] };
    for (let i = 0; i < 40; i++) {
      const q0 = performance.now();
      const { hits } = await search(make());
      latencies[kind].ms.push(performance.now() - q0);
      latencies[kind].hits.push(hits.length);
    }
  }

  const updates: { edit: number[]; tag: number[] } = { edit: [], tag: [] };
  if (mode === 'build') {
    for (let i = 0; i < 10; i++) {
      const callId = pick(calls).id;
      const transcript = (await h['calls:transcript']({ callId }))!;
      const at = Math.floor(rnd() * transcript.turns.length);
      const turn = transcript.turns[at]!;
      const e0 = performance.now();
      await h['transcript:edit']({ callId, splice: { at, remove: [turn], insert: [{ ...turn, text: `${turn.text} benchmarked` }] } });
      updates.edit.push(performance.now() - e0);
      const tag = {
        id: `bench-tag-${i}`,
        author: 'Bench',
        createdAt: new Date().toISOString(),
        level: 2 as const,
        span: { start: turn.start, end: turn.end },
        chainId: null,
        parentId: null,
      };
      const a0 = performance.now();
      await h['annotations:apply']({ callId, command: { type: 'put', collection: 'tags', item: tag } });
      updates.tag.push(performance.now() - a0);
    }
  }
  const rss = process.memoryUsage().rss;
  await backend.close();
  const indexBytes = statSync(join(userDataDir, 'Library', SEARCH_INDEX_FILE)).size;
  console.log(
    JSON.stringify({
      calls: calls.length,
      startMs,
      openMs,
      firstQueryMs,
      indexingAtFirstQuery,
      rssBeforeMb: mb(rssBefore),
      rssAfterOpenMb: mb(afterOpen.rss),
      rssMb: mb(rss),
      heapMb: mb(afterOpen.heapUsed),
      indexMb: mb(indexBytes),
      latencies,
      updates,
    }),
  );
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
