// Kills a process that saves annotations at random moments and checks that nothing acknowledged is lost
// and nothing is left corrupt.
//   npm run proof:crash -- [--kills 200] [--max-delay-ms 250]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashProof } from './crash/proof';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, 'max-delay-ms': { type: 'string', default: '250' } } });
const kills = Number(values.kills);
const maxDelayMs = Number(values['max-delay-ms']);
if (!Number.isInteger(kills) || kills < 1) throw new Error(`--kills must be a whole number of at least 1, not “${values.kills}”`);
if (!(maxDelayMs >= 0)) throw new Error(`--max-delay-ms must be a number of milliseconds, not “${values['max-delay-ms']}”`);

const folder = await mkdtemp(join(tmpdir(), 'crash-proof-library-'));
try {
  const started = Date.now();
  const figures = await runCrashProof({
    kills,
    folder,
    maxDelayMs,
    onRound: (round, f) => {
      if (round % 20 === 0 || round === kills) process.stderr.write(`  ${round}/${kills} kills, ${f.acknowledged} saves acknowledged\n`);
    },
  });
  console.log(`kills ${figures.kills}`);
  console.log(`saves acknowledged ${figures.acknowledged}`);
  console.log(`lost ${figures.lost}`);
  console.log(`corrupt ${figures.corrupt}`);
  console.log(`restored from .bak ${figures.restored}`);
  console.log(`child failed to start ${figures.childFailures}`);
  console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = figures.lost === 0 && figures.corrupt === 0 && figures.childFailures === 0 ? 0 : 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
