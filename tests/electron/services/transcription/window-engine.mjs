#!/usr/bin/env node
// Stands in for whisper-cli in the window tests. Logs each run (the file it was given, with DTW or not) to
// $ENGINE_LOG; the first $STALL_TIMES runs on $STALL_FILE report 5 % and then hang, as the DTW hang does
// (whisper.cpp #2669, which can't be produced on demand); every other run is the real engine
// ($REAL_WHISPER) with the same arguments, or a fixed answer when that is unset. For the concurrency tests:
// $ENGINE_DELAY_MS makes the fixed answer wait, $ENGINE_SPANS logs when each run started and ended (and its
// threads), and a run on $FAIL_FILE fails as a broken engine does.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
const file = value('--file');
const log = process.env.ENGINE_LOG;
const before =
  log && existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l && JSON.parse(l).file === file).length
    : 0;
if (log) appendFileSync(log, `${JSON.stringify({ file, dtw: args.includes('--dtw') })}\n`);

const spans = process.env.ENGINE_SPANS;
const started = Date.now();
if (spans) process.on('exit', () => appendFileSync(spans, `${JSON.stringify({ file, threads: Number(value('--threads')), started, ended: Date.now() })}\n`));

if (file === process.env.FAIL_FILE) {
  process.stderr.write('whisper_init_from_file: failed to load model\n');
  process.exit(3);
} else if (file === process.env.STALL_FILE && before < Number(process.env.STALL_TIMES ?? 0)) {
  process.stderr.write('whisper_print_progress_callback: progress =   5%\n');
  setInterval(() => {}, 1000);
} else if (process.env.REAL_WHISPER) {
  const child = spawn(process.env.REAL_WHISPER, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)));
} else {
  const delay = Number(process.env.ENGINE_DELAY_MS ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  // Numbered by window, so no two windows' answers look like a repetition loop (cleanSegments).
  const n = /window-(\d+)/.exec(file)?.[1] ?? '0';
  const token = (text, from, to) => ({ text, offsets: { from, to }, p: 0.9 });
  writeFileSync(
    `${value('--output-file')}.json`,
    JSON.stringify({
      result: { language: 'en' },
      transcription: [
        {
          offsets: { from: 0, to: 1000 },
          text: ` Tell me more ${n}.`,
          tokens: [token(' Tell', 0, 300), token(' me', 300, 500), token(' more', 500, 800), token(` ${n}.`, 800, 1000)],
        },
      ],
    }),
  );
  process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
}
