// Runs our pipeline (transcribeRecording, as the app's queue does, without speaker models) once in its
// own process, so its memory is its own; prints one JSON line: wall of transcribeRecording alone (not
// Node's start), CPU of this process plus whisper-cli's, and the transcript's text.
//   node --import tsx bench/engine/pipelineChild.ts '{"audio":…,"model":…,"binary":…,"threads":2,"speed":"balanced",…}'
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { probeAudio } from '../../electron/services/importer/probe';
import { transcribeRecording } from '../../electron/services/transcription/pipeline';
import type { TranscriptionSpeed } from '../../shared/transcription/engineProfile';
import { appEngine } from '../../electron/services/models/appEngine';
import { childrenCpuSec } from './measure';

export type PipelineJob = {
  audio: string;
  model: string;
  binary: string;
  threads: number;
  speed: TranscriptionSpeed;
  /** Where the 8-bit copy of the model is (made before the timed run, as the app keeps one). */
  copies: string;
  workDir: string;
  clockTicks: number;
};
export type PipelineOutcome = { wallSec: number; cpuSec: number; text: string };

const job = JSON.parse(process.argv[2] ?? '{}') as PipelineJob;
const engine = await appEngine(job);
const probe = await probeAudio(job.audio);
const childrenCpu = () => childrenCpuSec(readFileSync('/proc/self/stat', 'utf8'), job.clockTicks);

const cpuBefore = process.cpuUsage();
const childrenBefore = childrenCpu();
const started = performance.now();
const result = await transcribeRecording({
  audioPaths: [job.audio],
  workDir: job.workDir,
  tracks: [{ file: basename(job.audio), originalName: basename(job.audio), speakerId: null, ...probe, sizeBytes: 1, sha256: '0'.repeat(64) }],
  speakers: [],
  engine,
});
const wallSec = (performance.now() - started) / 1000;
const own = process.cpuUsage(cpuBefore);
const outcome: PipelineOutcome = {
  wallSec,
  cpuSec: (own.user + own.system) / 1e6 + (childrenCpu() - childrenBefore),
  text: result.turns.map((t) => t.text).join(' '),
};
console.log(JSON.stringify(outcome));
