import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test cleans up after itself. The run gets a temp folder of its own (TMPDIR, which Node's
 * os.tmpdir(), Chromium and whisper.cpp all read, is inherited by the test workers and what they
 * start), so anything a test leaves behind is found here instead of piling up in the system's folder.
 * tests/setup.ts names the file that leaked; this is the last word, for whatever no file owns.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'call-review-tests-'));
  process.env.TMPDIR = root;
  process.env.CALL_REVIEW_TEST_TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    // Removed either way: a failing run must not leak what it reports.
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest only logs an error thrown while closing; the exit code is what CI reads.
      process.exitCode = 1;
      throw new Error(`The tests left ${left.length} temporary entries behind (now removed):\n${left.map((name) => `  ${join(root, name)}`).join('\n')}`);
    }
  };
}
