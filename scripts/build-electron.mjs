// Bundles the Electron main process (ESM), the speaker models' and the text model's worker threads (CommonJS,
// beside main.mjs) and the sandboxed preload (one CommonJS file).
//   node scripts/build-electron.mjs [--outdir=dist-electron] [--only=main|speakers-worker|meaning-worker|train-worker|preload]
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outdir = resolve(ROOT, arg('outdir') ?? 'dist-electron');
const only = arg('only');

/** Native code stays in node_modules (unpacked from the asar by electron-builder). */
const MAIN_EXTERNAL = ['electron', 'node-av', '@seydx/*', 'sherpa-onnx-node', 'node-sqlite3-wasm'];
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

async function buildMain() {
  const outfile = join(outdir, 'main.mjs');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/main.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    external: MAIN_EXTERNAL,
    metafile: true,
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require(); give the ESM bundle a real one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  checkExternals(result.metafile, outfile, MAIN_EXTERNAL);
  return outfile;
}

/**
 * A worker thread's bundle beside main.mjs, under the name its workerHost starts it by. CommonJS: the form
 * Electron's asar support in worker threads loads. `external`: native packages left in node_modules.
 */
async function buildWorker(entry, name, external) {
  const outfile = join(outdir, name);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    external,
    metafile: true,
    logLevel: 'warning',
  });
  checkExternals(result.metafile, outfile, external);
  return outfile;
}

/** The speaker models (electron/services/speakers/workerHost.ts). */
const buildSpeakersWorker = () => buildWorker('electron/services/speakers/worker.ts', 'speakersWorker.cjs', ['sherpa-onnx-node']);
/** The text embedding model (electron/services/meaning/workerHost.ts): onnxruntime-node is native; the tokenizer is bundled. */
const buildMeaningWorker = () => buildWorker('electron/services/meaning/worker.ts', 'meaningWorker.cjs', ['onnxruntime-node']);
/** The learned suggestions' retraining (electron/services/suggestions/trainWorker.ts); pure JavaScript. */
const buildTrainWorker = () => buildWorker('electron/services/suggestions/trainWorker.ts', 'trainWorker.cjs', []);

/** A bundle may leave Node's built-ins and the listed (native) packages to require() at run time, nothing else. */
function checkExternals(metafile, outfile, external) {
  const allowed = (p) => NODE_BUILTINS.has(p) || external.some((e) => (e.endsWith('/*') ? p.startsWith(e.slice(0, -1)) : p === e || p.startsWith(`${e}/`)));
  const unexpected = externalImports(metafile, outfile).filter((p) => !allowed(p));
  if (unexpected.length > 0) fail(`${outfile.replace(`${ROOT}/`, '')} imports unexpected modules: ${unexpected.join(', ')}`);
}

async function buildPreload() {
  const outfile = join(outdir, 'preload.cjs');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/preload.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    // A sandboxed preload has no Node: resolving as a browser bundle makes a stray `node:` import fail here.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    metafile: true,
    logLevel: 'warning',
  });
  const problems = checkPreload(readFileSync(outfile, 'utf8'), result.metafile, outfile);
  if (problems.length > 0) fail(`preload.cjs is not a self-contained sandboxed preload:\n  - ${problems.join('\n  - ')}`);
  return outfile;
}

/** The preload may require 'electron' and nothing else, and must bundle no dependency (zod above all). */
function checkPreload(code, metafile, outfile) {
  const problems = [];
  const required = [...code.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]*)\1\s*\)/g)].map((m) => m[2]);
  for (const name of new Set(required)) if (name !== 'electron') problems.push(`requires '${name}'`);
  const allRequireCalls = code.match(/\brequire\s*\(/g)?.length ?? 0;
  if (allRequireCalls !== required.length) problems.push('has a require() whose argument is not a string literal');
  if (/^\s*(import|export)(\s+[\w{*]|\s*[{*'"])/m.test(code) || /\bimport\s*\(/.test(code)) problems.push('contains an import statement');
  for (const name of externalImports(metafile, outfile)) if (name !== 'electron') problems.push(`imports '${name}'`);
  const packages = new Set(Object.keys(metafile.inputs).flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []));
  for (const name of packages) problems.push(`bundles the package '${name}'`);
  return problems;
}

function externalImports(metafile, outfile) {
  const key = Object.keys(metafile.outputs).find((k) => resolve(ROOT, k) === outfile);
  return [...new Set((metafile.outputs[key]?.imports ?? []).filter((i) => i.external).map((i) => i.path))];
}

function fail(message) {
  console.error(`build-electron: ${message}`);
  process.exit(1);
}

const built = [];
if (!only || only === 'main') built.push(await buildMain());
if (!only || only === 'main' || only === 'speakers-worker') built.push(await buildSpeakersWorker()); // main starts it
if (!only || only === 'main' || only === 'meaning-worker') built.push(await buildMeaningWorker()); // main starts it
if (!only || only === 'main' || only === 'train-worker') built.push(await buildTrainWorker()); // main starts it
if (!only || only === 'preload') built.push(await buildPreload());
console.log(`build-electron: ${built.map((f) => f.replace(`${ROOT}/`, '')).join(', ')}`);
