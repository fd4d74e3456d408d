import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { whisperArgs } from '../../electron/services/transcription/whisperCli';
import { parseWhisperJson } from '../../shared/formats/whisperJson';
import type { TranscriptionSpeed } from '../../shared/transcription/engineProfile';
import { appEngine } from '../../electron/services/models/appEngine';
import type { PipelineJob, PipelineOutcome } from './pipelineChild';
import { runMeasured, type Usage } from './measure';

const CHILD = fileURLToPath(new URL('./pipelineChild.ts', import.meta.url));
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Side = { runs: Usage[]; text: string };

/**
 * Our pipeline against the bare whisper-cli with exactly the pipeline's flags (whisperArgs) for the app's
 * configuration at `speed` (its decoding, word timing and 8-bit model copy), in
 * alternating pairs so a change in the machine's load hits both alike. The pipeline decodes `audio`
 * itself; the bare CLI gets the 16 kHz `wav` made from it. The pipeline's wall is transcribeRecording's
 * own (Node's start excluded), its CPU its process's plus whisper-cli's, its memory the larger of the two.
 */
export async function pipelineVsBare(o: {
  binary: string;
  model: string;
  audio: string;
  wav: string;
  threads: number;
  /** The app's choice whose configuration both sides run. */
  speed: TranscriptionSpeed;
  pairs: number;
  work: string;
  clockTicks: number;
  /** faster-whisper, run in each round too, so the ratio to it sees the same machine (see fasterWhisper.ts). */
  yardstick?: () => Promise<Usage & { text: string }>;
}): Promise<{ pipeline: Side; bare: Side; yardstick: Side | null }> {
  const copies = join(o.work, '8-bit');
  const engine = await appEngine({ ...o, copies });
  const outputBase = join(o.work, 'bare-pipeline-flags');
  const args = whisperArgs({ ...engine, wav: o.wav, outputBase });
  const job: PipelineJob = {
    audio: o.audio,
    model: o.model,
    binary: o.binary,
    threads: o.threads,
    speed: o.speed,
    copies,
    workDir: join(o.work, 'pipeline'),
    clockTicks: o.clockTicks,
  };
  const pipeline: Side = { runs: [], text: '' };
  const bare: Side = { runs: [], text: '' };
  const yardstick: Side | null = o.yardstick ? { runs: [], text: '' } : null;
  for (let i = 0; i < o.pairs; i++) {
    if (o.yardstick && yardstick) {
      const y = await o.yardstick();
      yardstick.runs.push(y);
      yardstick.text = y.text;
    }
    const b = await runMeasured(o.binary, args);
    const json: unknown = JSON.parse(await readFile(`${outputBase}.json`, 'utf8'));
    await rm(`${outputBase}.json`, { force: true });
    bare.runs.push(b);
    bare.text = parseWhisperJson(json)
      .segments.map((s) => s.text)
      .join(' ');

    const p = await runMeasured(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(job)], { cwd: ROOT });
    const outcome = JSON.parse(p.stdout.trim().split('\n').pop() ?? '{}') as PipelineOutcome;
    // `others` over the whole child process (Node's start included): close enough to flag contention.
    pipeline.runs.push({ wallSec: outcome.wallSec, cpuSec: outcome.cpuSec, peakRssMb: p.peakRssMb, treeRssMb: p.treeRssMb, others: p.others });
    pipeline.text = outcome.text;
  }
  return { pipeline, bare, yardstick };
}
