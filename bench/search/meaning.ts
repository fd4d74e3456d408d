// Meaning search figures for `npm run bench:search` (issue 16), run in its own process so its memory is its own:
//   tsx bench/search/meaning.ts [--calls 1000] [--turns 1500]
// 1. Retrieval quality: the labelled set's turns (eval/suggestions, 1,055 turns) embedded with the real model, the
//    known-item queries of meaningQueries.json: recall@10 and the rank of each; nonsense queries against the floor.
// 2. Latency at scale: `calls` × `turns` 8-bit vectors written as the calls' files (each a real turn's vector
//    plus noise, so neighbourhoods look like real ones), the index built from them, the queries timed
//    (median and p95), with a filter to a tenth of the calls too; memory of the codes, process RSS, disk.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeaningIndex } from '../../electron/services/meaning/meaningIndex';
import { createRowReader } from '../../electron/services/meaning/rowReader';
import { loadTextEmbedder } from '../../electron/services/meaning/textEmbedder';
import { EMBEDDING_DIMS, normalize, quantize } from '../../shared/meaning/vectors';
import { MEANING_FLOOR } from '../../shared/meaning/floor';
import { loadSet } from '../../eval/suggestionsSet';
import { TEXT_MODEL } from '../../tests/helpers/textModel';
import { median, percentile } from '../review/stats';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLS = arg('calls', 1000);
const TURNS = arg('turns', 1500);
const NONSENSE = ['purple elephant banana quantum', 'asdf qwerty zxcv', 'the moon is made of cheese', 'lorem ipsum dolor sit amet'];
type Query = { query: string; call: string; turn: string };
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'meaningQueries.json'), 'utf8')) as { queries: Query[] };

const embedder = await loadTextEmbedder(TEXT_MODEL);
const work = mkdtempSync(join(tmpdir(), 'bench-meaning-'));
try {
  // 1. Quality on the labelled set.
  const set = loadSet();
  const files = new Map<string, string>();
  const reader = createRowReader((callId) => (files.has(callId) ? { file: files.get(callId)!, offset: 0 } : null));
  const index = createMeaningIndex(reader.readRows);
  const seeds: Int8Array[] = [];
  let embedMs = 0;
  let turnCount = 0;
  for (const c of set) {
    const t = performance.now();
    const vectors = await embedder.embed(c.turns.map((turn) => turn.text));
    embedMs += performance.now() - t;
    turnCount += vectors.length;
    const rows = new Int8Array(vectors.length * EMBEDDING_DIMS);
    vectors.forEach((v, i) => rows.set(quantize(v), i * EMBEDDING_DIMS));
    seeds.push(...vectors.map((_, i) => rows.subarray(i * EMBEDDING_DIMS, (i + 1) * EMBEDDING_DIMS)));
    const file = join(work, `${c.id}.i8`);
    writeFileSync(file, rows);
    files.set(c.id, file);
    index.put(
      c.id,
      c.turns.map((turn) => turn.id),
      rows,
    );
  }
  const queryVectors = await embedder.embed(queries.map((q) => q.query));
  const ranks: (number | null)[] = [];
  for (const [i, q] of queries.entries()) {
    const hits = await index.search(queryVectors[i]!, { limit: 10, floor: MEANING_FLOOR });
    const at = hits.findIndex((h) => h.callId === q.call && h.turnId === q.turn);
    ranks.push(at < 0 ? null : at + 1);
  }
  const found = ranks.filter((r) => r !== null).length;
  const nonsense = await embedder.embed(NONSENSE);
  const nonsenseHits = await Promise.all(nonsense.map((v) => index.search(v, { limit: 10, floor: MEANING_FLOOR })));
  await reader.close();
  console.log(`quality   ${turnCount} turns of the labelled set (embedded in ${(embedMs / 1000).toFixed(1)} s, ${(embedMs / turnCount).toFixed(1)} ms a turn)`);
  console.log(
    `          recall@10 ${(found / queries.length).toFixed(2)} (${found}/${queries.length}); ranks ${ranks.map((r) => r ?? '-').join(' ')}; floor ${MEANING_FLOOR}`,
  );
  console.log(`          nonsense queries: ${nonsenseHits.map((h, i) => `"${NONSENSE[i]}" ${h.length} hits`).join(', ')}`);

  // 2. Latency at scale.
  const big = createRowReader((callId) => ({ file: join(work, 'big', `${callId}.i8`), offset: 0 }));
  const bigIndex = createMeaningIndex(big.readRows);
  rmSync(join(work, 'big'), { recursive: true, force: true });
  mkdirSync(join(work, 'big'));
  let seed = 12345;
  const noise = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.06;
  const ids = Array.from({ length: TURNS }, (_, i) => `t${i + 1}`);
  const t0 = performance.now();
  for (let c = 0; c < CALLS; c++) {
    const rows = new Int8Array(TURNS * EMBEDDING_DIMS);
    const v = new Float32Array(EMBEDDING_DIMS);
    for (let r = 0; r < TURNS; r++) {
      const base = seeds[(c * 7919 + r * 104729) % seeds.length]!;
      for (let d = 0; d < EMBEDDING_DIMS; d++) v[d] = base[d]! / 127 + noise();
      rows.set(quantize(normalize(v)), r * EMBEDDING_DIMS);
    }
    writeFileSync(join(work, 'big', `call-${c}.i8`), rows);
    bigIndex.put(`call-${c}`, ids, rows);
  }
  const buildSec = (performance.now() - t0) / 1000;
  // The search service's filters give the allowed turns by call: here every turn of a tenth of the calls.
  const tenth = new Map(Array.from({ length: Math.ceil(CALLS / 10) }, (_, i) => [`call-${i * 10}`, new Set(ids)]));
  const times: number[] = [];
  const filtered: number[] = [];
  for (let pass = 0; pass < 3; pass++)
    for (const v of queryVectors) {
      let t = performance.now();
      await bigIndex.search(v, { limit: 20, floor: MEANING_FLOOR });
      times.push(performance.now() - t);
      t = performance.now();
      await bigIndex.search(v, { limit: 20, floor: MEANING_FLOOR, within: tenth });
      filtered.push(performance.now() - t);
    }
  await big.close();
  const { turns, bytes } = bigIndex.size();
  const rss = process.memoryUsage().rss / 1e6;
  console.log(`scale     ${CALLS} calls × ${TURNS} turns = ${turns.toLocaleString('en')} turns (files written and indexed in ${buildSec.toFixed(0)} s)`);
  console.log(
    `          query median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (goal: median ≤ 150 ms); filtered to a tenth of the calls: median ${median(filtered).toFixed(0)} ms`,
  );
  console.log(
    `          memory: sign codes ${(bytes / 1e6).toFixed(0)} MB, process RSS ${rss.toFixed(0)} MB; disk: 8-bit vectors ${((turns * EMBEDDING_DIMS) / 1e6).toFixed(0)} MB (384 B a turn)`,
  );
} finally {
  await embedder.close();
  rmSync(work, { recursive: true, force: true });
}
