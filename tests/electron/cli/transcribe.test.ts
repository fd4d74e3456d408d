import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audio, tempDir } from '../../helpers/fixtures';
import { TEST_MODEL } from '../../helpers/whisper';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** Hears thousands of words at once: a transcript far larger than a pipe's buffer, in no time. */
const ENGINE = join(__dirname, 'long-output-engine.mjs');
const ARGS = ['electron/cli/transcribe.ts', audio('jfk.wav'), '--model', TEST_MODEL, '--whisper', ENGINE, '--format', 'json', '--quiet'];
const dir = tempDir('cli');
afterAll(() => dir.cleanup());

/** Runs the CLI as `npm run transcribe` does (tsx); resolves with its exit code and what it said on stderr. */
function run(stdout: 'pipe' | number) {
  // tsx keeps a compile cache in the temp folder: the file's own folder, so the cleanup takes it along.
  const child = spawn(TSX, ARGS, { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, TMPDIR: dir.path } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((done) => child.once('close', (code) => done({ code, stderr })));
  return { child, exited };
}

/** Reads a pipe the way a slow consumer (`| jq`, `| less`) does: a little at a time, with pauses. */
async function readSlowly(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Buffer.concat(chunks);
}

describe('npm run transcribe', () => {
  it('prints the whole transcript into a slow pipe before exiting', async () => {
    // Into a file first (written synchronously, never cut short): the length the pipe must deliver.
    const file = join(dir.path, 'transcript.json');
    const fd = openSync(file, 'w');
    const toFile = run(fd);
    closeSync(fd);
    expect((await toFile.exited).code).toBe(0);
    const expected = readFileSync(file);
    expect(expected.length).toBeGreaterThan(256 * 1024); // several times a pipe's 64 KB buffer

    const piped = run('pipe');
    const output = await readSlowly(piped.child.stdout!);
    const { code, stderr } = await piped.exited;
    expect(code, stderr).toBe(0);
    expect(output.length).toBe(expected.length);
    const transcript = JSON.parse(output.toString('utf8')) as { turns: { words: unknown[] }[] };
    expect(transcript.turns.flatMap((t) => t.words)).toHaveLength(600 * 10);
  }, 60_000);
});
