#!/usr/bin/env node
// Stands in for whisper-cli in the watchdog test only: the real engine's DTW hang (whisper.cpp #2669)
// can't be produced on demand. With --dtw it reports 5 % and then hangs; without it, it answers.
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const out = args[args.indexOf('--output-file') + 1];
process.stderr.write('whisper_print_progress_callback: progress =   5%\n');
if (args.includes('--dtw')) {
  setInterval(() => {}, 1000);
} else {
  const token = (text, from, to) => ({ text, offsets: { from, to }, p: 0.9 });
  writeFileSync(
    `${out}.json`,
    JSON.stringify({
      result: { language: 'en' },
      transcription: [
        { offsets: { from: 0, to: 1000 }, text: ' Tell me more.', tokens: [token(' Tell', 0, 300), token(' me', 300, 500), token(' more.', 500, 1000)] },
      ],
    }),
  );
  process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
}
