// Runs our pipeline (transcribeRecording, as the app's queue does, without speaker models) once in its
// own process, so its memory is its own; prints one JSON line: wall of transcribeRecording alone (not
// Node's start), CPU of this process plus whisper-cli's, and the transcript's text.
//   node --import tsx bench/engine/pipelineChild.ts '{"audio":…,"model":…,"binary":…,"threads":2,"workDir":…}'
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { probeAudio } from '../../electron/services/importer/probe';
import { inspectModelFile } from '../../electron/services/models/modelFile';
import { transcribeRecording } from '../../electron/services/transcription/pipeline';
import { childrenCpuSec } from './measure';

export type PipelineJob = { audio: string; model: string; binary: string; threads: number; workDir: string; clockTicks: number };
export type PipelineOutcome = { wallSec: number; cpuSec: number; text: string };

const job = JSON.parse(process.argv[2] ?? '{}') as PipelineJob;
const model = await inspectModelFile(job.model);
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
  engine: {
    binary: job.binary,
    model: model.path,
    modelName: model.name,
    threads: job.threads,
    language: model.englishOnly ? 'en' : 'auto',
    dtwPreset: model.dtwPreset,
  },
});
const wallSec = (performance.now() - started) / 1000;
const own = process.cpuUsage(cpuBefore);
const outcome: PipelineOutcome = {
  wallSec,
  cpuSec: (own.user + own.system) / 1e6 + (childrenCpu() - childrenBefore),
  text: result.turns.map((t) => t.text).join(' '),
};
console.log(JSON.stringify(outcome));
