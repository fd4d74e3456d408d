import { describe, expect, it } from 'vitest';
import { formatMatrix, runInputsMatrix } from '../../../eval/inputs/matrix';

describe('bad inputs proof', () => {
  it('every bad input in the matrix gets its specific message and leaves the library as it was', async () => {
    const results = await runInputsMatrix();
    const failed = results.filter((r) => !r.pass).map((r) => `${r.input}: ${r.why} (saw ${r.seen.code}: ${r.seen.message}; library ${r.library})`);
    expect(failed, formatMatrix(results)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(27);
    // The tmpfs rows need root (as on CI); elsewhere they are skipped and say so.
    if (process.getuid?.() === 0) expect(results.filter((r) => r.skipped)).toEqual([]);
  }, 180_000);
});
