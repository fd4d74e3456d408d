import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openLibrary } from '../../electron/services/library/library';

export type CrashFigures = {
  kills: number;
  /** Saves the child acknowledged before it was killed that are not there after. */
  lost: number;
  /** Documents that could not be opened after a kill, even from their last good copy. */
  corrupt: number;
  /** Documents that were damaged after a kill and were restored from their last good copy. */
  restored: number;
  /** Saves acknowledged over all rounds. */
  acknowledged: number;
  /** Rounds where the child stopped by itself before the kill (it could not open the library or the call). */
  childFailures: number;
};

export type CrashOptions = {
  kills: number;
  /** The library folder (made empty by the caller; it is filled with one call). */
  folder: string;
  /** A kill comes this long at most after the child is ready, at a uniformly random moment. */
  maxDelayMs?: number;
  onRound?: (round: number, figures: CrashFigures) => void;
};

/**
 * Kills a child that saves annotations through the library, at random moments, `kills` times; after each
 * kill the library is opened as the app opens it and every acknowledged save is looked for.
 */
export async function runCrashProof({ kills, folder, maxDelayMs = 250, onRound }: CrashOptions): Promise<CrashFigures> {
  const callId = await makeCall(folder);
  const work = await mkdtemp(join(tmpdir(), 'crash-proof-child-'));
  try {
    const child = join(work, 'child.mjs');
    await bundleChild(child);
    const figures: CrashFigures = { kills: 0, lost: 0, corrupt: 0, restored: 0, acknowledged: 0, childFailures: 0 };
    const comments = new Set<string>();
    let title: [number, number] = [0, 0];
    for (let round = 1; round <= kills; round++) {
      const { acks, killed } = await runUntilKilled(child, [folder, callId, String(round)], Math.random() * maxDelayMs);
      if (killed) figures.kills++;
      else figures.childFailures++;
      for (const ack of acks) {
        figures.acknowledged++;
        const [kind, a, b] = ack.split(' ');
        if (kind === 'comment') comments.add(a!);
        else title = [Number(a), Number(b)];
      }
      const check = await checkLibrary(folder, callId, comments, title);
      figures.lost += check.lost;
      figures.corrupt += check.corrupt;
      figures.restored += check.restored;
      onRound?.(round, { ...figures });
    }
    return figures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A call as an import leaves it (the audio is a stand-in: nothing here reads it). */
async function makeCall(folder: string): Promise<string> {
  const library = await openLibrary(folder);
  const { id, dir } = await library.createStaging();
  await writeFile(join(dir, 'audio.wav'), 'stand-in');
  const now = new Date().toISOString();
  await library.commit(dir, {
    id,
    title: 'Round 0 save 0',
    recordedAt: now,
    importedAt: now,
    durationSec: 60,
    speakers: [],
    status: 'imported',
    trackCount: 1,
    fingerprint: '0'.repeat(64),
    statusMessage: null,
    hasTranscript: false,
    peaks: null,
    speakerCount: null,
    tracks: [
      {
        file: 'audio.wav',
        originalName: 'audio.wav',
        speakerId: null,
        format: 'wav',
        codec: 'pcm',
        durationSec: 60,
        channels: 1,
        sampleRate: 16000,
        sizeBytes: 8,
        sha256: '0'.repeat(64),
      },
    ],
  });
  return id;
}

/** One bundle of the child, so that each of the hundreds of starts is a plain `node` start. */
async function bundleChild(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'child.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/**
 * Starts the child, kills it `delayMs` after it is ready, and returns every save it acknowledged, and
 * whether it was killed (or stopped by itself, its error printed).
 */
function runUntilKilled(child: string, args: string[], delayMs: number): Promise<{ acks: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: string[] = [];
    let pending = '';
    let stderr = '';
    let ready = false;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready' && !ready) {
          ready = true;
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        } else if (line.startsWith('ack ')) acks.push(line.slice(4));
        else stderr += `${line}\n`;
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      const killed = signal === 'SIGKILL';
      if (!killed)
        process.stderr.write(`The child stopped by itself (${signal ?? code}): ${stderr.split('\n').find((l) => /Error/.test(l)) ?? stderr.trim()}\n`);
      resolve({ acks, killed });
    });
  });
}

/** Opens the library as the app does and looks for every acknowledged save. */
async function checkLibrary(folder: string, callId: string, comments: Set<string>, [round, save]: [number, number]) {
  const library = await openLibrary(folder);
  let corrupt = 0;
  let lost = 0;
  if (library.problem()) return { corrupt: 1, lost: comments.size + 1, restored: library.notices().length };
  const listed = library.list().find((c) => c.id === callId);
  try {
    const call = await library.get(callId);
    const saved = new Set((await library.annotations(callId)).comments.map((c) => c.id));
    for (const id of comments) if (!saved.has(id)) lost++;
    // The title acknowledged last, or a later one whose save had not answered yet.
    for (const title of [call.title, listed?.title ?? '']) {
      const [, r, s] = /^Round (\d+) save (\d+)$/.exec(title) ?? [];
      if (Number(r) < round || (Number(r) === round && Number(s) < save)) lost++;
    }
  } catch {
    corrupt++;
  }
  return { corrupt, lost, restored: library.notices().length };
}
