// Runs a matrix of bad inputs through the real backend and prints, for each, what the user sees and
// whether the library was left as it was.
//   npm run proof:inputs
import { formatMatrix, runInputsMatrix } from './inputs/matrix';

const started = Date.now();
const results = await runInputsMatrix({
  onRow: (r) => process.stderr.write(`  ${r.skipped ? 'skip' : r.pass ? 'pass' : 'FAIL'} ${r.input}\n`),
});
console.log(formatMatrix(results));
console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
