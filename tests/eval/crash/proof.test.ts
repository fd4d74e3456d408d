import { afterAll, describe, expect, it } from 'vitest';
import { runCrashProof } from '../../../eval/crash/proof';
import { tempDirs } from '../../helpers/fixtures';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe('crash proof', () => {
  it('a process saving annotations, killed with SIGKILL at random moments, loses no acknowledged save and leaves nothing corrupt', async () => {
    const figures = await runCrashProof({ kills: 10, folder: dirs.make('crash proof').path });
    expect(figures.kills).toBe(10);
    expect(figures.acknowledged).toBeGreaterThan(10);
    expect(figures).toMatchObject({ lost: 0, corrupt: 0, restored: 0, childFailures: 0 });
  }, 120_000);
});
