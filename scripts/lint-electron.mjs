// Electronegativity (Electron security lint) over the main process and preload sources. Every finding
// at or above `failAt` in .electronegativity.json is fixed, or accepted there with its reason; an
// acceptance that no longer matches a finding fails too, so the list stays true.
//   node scripts/lint-electron.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const config = JSON.parse(readFileSync(resolve(ROOT, '.electronegativity.json'), 'utf8'));
// The app's Electron, not the scanner's guess (it reads no version from a source folder and assumes 0.1.0).
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const LEVELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const failAt = LEVELS.indexOf(config.failAt);

const { issues, errors } = await run({
  input: resolve(ROOT, config.input),
  electronVersionOverride: electronVersion,
  isRelative: true,
  customScan: [],
  excludeFromScan: Object.keys(config.excludeChecks),
});

const problems = [];
for (const e of errors) if (!e.tolerable) problems.push(`could not parse ${e.file}: ${e.message}`);
const used = new Set();
console.log(`Electronegativity on ${config.input}/ (Electron ${electronVersion}): ${issues.length} finding(s)`);
for (const issue of issues) {
  const severity = issue.severity.name;
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const accepted = config.accepted.find((a) => a.check === issue.id && a.file === issue.file);
  if (accepted) used.add(accepted);
  const verdict = accepted ? `accepted: ${accepted.why}` : LEVELS.indexOf(severity) >= failAt ? 'NOT ACCEPTED' : 'below the bar';
  console.log(`  ${severity.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${where}\n      ${verdict}`);
  if (!accepted && LEVELS.indexOf(severity) >= failAt) problems.push(`${issue.id} at ${where}: ${issue.description}`);
}
for (const a of config.accepted) if (!used.has(a)) problems.push(`accepted ${a.check} in ${a.file} matches no finding any more: remove it`);

if (problems.length > 0) {
  console.error(`\nlint:electron failed:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`No ${config.failAt.toLowerCase()} or higher finding left unexplained.`);
