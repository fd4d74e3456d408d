import { readdirSync } from 'node:fs';
import { afterAll } from 'vitest';
// Node 20 lacks Promise.withResolvers, which node-av needs (Electron 45's Node has it).
import '../electron/services/media/polyfill';

// The run's own temp folder (tests/globalSetup.ts). Files run one at a time (vitest.config.ts), so what
// appeared there during this file and is still there after its last hook is this file's leak. Registered
// before the file's own hooks, this afterAll runs after them.
const runTmp = process.env.CALL_REVIEW_TEST_TMPDIR;
if (runTmp) {
  const before = new Set(readdirSync(runTmp));
  afterAll(() => {
    const leaked = readdirSync(runTmp).filter((name) => !before.has(name));
    if (leaked.length > 0) {
      throw new Error(
        `This test file left temporary entries behind in ${runTmp}; remove them in afterEach/afterAll:\n${leaked.map((name) => `  ${name}`).join('\n')}`,
      );
    }
  });
}
