#!/usr/bin/env node
// Stands in for whisper-cli in the window tests. Logs each run (the file it was given, with DTW or not) to
// $ENGINE_LOG; the first $STALL_TIMES runs on $STALL_FILE report 5 % and then hang, as the DTW hang does
// (whisper.cpp #2669, which can't be produced on demand); every other run is the real engine
// ($REAL_WHISPER) with the same arguments, or a fixed answer when that is unset.
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

if (file === process.env.STALL_FILE && before < Number(process.env.STALL_TIMES ?? 0)) {
  process.stderr.write('whisper_print_progress_callback: progress =   5%\n');
  setInterval(() => {}, 1000);
} else if (process.env.REAL_WHISPER) {
  const child = spawn(process.env.REAL_WHISPER, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)));
} else {
  const token = (text, from, to) => ({ text, offsets: { from, to }, p: 0.9 });
  writeFileSync(
    `${value('--output-file')}.json`,
    JSON.stringify({
      result: { language: 'en' },
      transcription: [
        { offsets: { from: 0, to: 1000 }, text: ' Tell me more.', tokens: [token(' Tell', 0, 300), token(' me', 300, 500), token(' more.', 500, 1000)] },
      ],
    }),
  );
  process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
}
