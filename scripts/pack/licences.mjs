// Gathers the full licence texts of what Call Review ships into resources/licenses/THIRD_PARTY_LICENSES.txt
// (packed as licenses/ beside the app): the components shared/about/bundled.json lists (the About
// dialog's list) with their own texts, then every npm package bundled into main or the renderer, or
// shipped in node_modules, with everything it depends on, each with the licence file it carries.
// Run by the beforePack hook, or on its own: node scripts/pack/licences.mjs
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LICENCES_OUT = join('resources', 'licenses', 'THIRD_PARTY_LICENSES.txt');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Where Node would find package `name` from the package folder `from`: its own node_modules, then each parent's. */
function findPackage(root, from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** Every installed package reachable from `names` (dependencies, installed optional and peer ones), by folder. */
export function dependencyClosure(root, names) {
  const found = new Map();
  const visit = (from, name, required) => {
    const dir = findPackage(root, from, name);
    if (!dir) {
      if (required) throw new Error(`${name} is not installed (needed by ${from === root ? 'the app' : from}): run npm install.`);
      return;
    }
    if (found.has(dir)) return;
    const pkg = readJson(join(dir, 'package.json'));
    found.set(dir, pkg);
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dir, dep, true);
    for (const dep of [...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) visit(dir, dep, false);
  };
  for (const name of names) visit(root, name, true);
  return [...found.entries()].map(([dir, pkg]) => ({ dir, pkg })).sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.dir.localeCompare(b.dir));
}

const licenceFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)/i.test(f))
    .sort();

/** The whole file's text. */
export function thirdPartyLicences(root) {
  const app = readJson(join(root, 'package.json'));
  const components = readJson(join(root, 'shared', 'about', 'bundled.json'));
  const rule = (c) => `${c.repeat(100)}\n`;
  const parts = [
    `Third-party licences for ${app.productName} ${app.version}\n\n`,
    'Part 1: the engine, the models and the native libraries, as listed in Help → About.\n',
    'Part 2: every npm package the app bundles or ships, with the licence file it carries.\n\n',
  ];
  for (const c of components.filter((c) => c.texts)) {
    parts.push(rule('='), `${c.name} (${c.licence})\n${c.what}\n${c.url}\n`, c.note ? `${c.note}\n` : '', rule('='));
    for (const file of c.texts) parts.push(`\n${readFileSync(join(root, file), 'utf8').trimEnd()}\n\n`);
  }
  const roots = [...new Set([...Object.keys(app.dependencies ?? {}), ...components.filter((c) => c.package).map((c) => c.package)])];
  for (const { dir, pkg } of dependencyClosure(root, roots)) {
    const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'no licence field');
    parts.push(rule('-'), `${pkg.name} ${pkg.version} (${licence})\n`, rule('-'));
    const files = licenceFiles(dir);
    if (files.length === 0) parts.push(`\nThe package carries no licence file; its package.json says: ${licence}.\n\n`);
    for (const file of files) parts.push(`\n${readFileSync(join(dir, file), 'utf8').trimEnd()}\n\n`);
  }
  return parts.join('');
}

/** Writes the file where package.json's extraResources takes it from; returns its path. */
export function writeThirdPartyLicences(root) {
  const out = join(root, LICENCES_OUT);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, thirdPartyLicences(root));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = writeThirdPartyLicences(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'));
  console.log(`Wrote ${out}`);
}
