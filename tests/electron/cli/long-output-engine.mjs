#!/usr/bin/env node
// Stands in for whisper-cli in the CLI's output test only: it "hears" a long call (thousands of distinct
// words) at once, so the transcript printed is far larger than a pipe's buffer without a minutes-long
// transcription. Writes the same --output-json-full document whisper.cpp does.
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const out = args[args.indexOf('--output-file') + 1];
const SEGMENTS = 600;
const WORDS = 10;
const transcription = Array.from({ length: SEGMENTS }, (_, s) => {
  const from = s * 2000;
  const tokens = Array.from({ length: WORDS }, (_, w) => ({
    text: ` word${s}x${w}`,
    offsets: { from: from + w * 150, to: from + (w + 1) * 150 },
    p: 0.9,
  }));
  return { offsets: { from, to: from + WORDS * 150 }, text: tokens.map((t) => t.text).join(''), tokens };
});
process.stderr.write('whisper_print_progress_callback: progress =  50%\n');
writeFileSync(`${out}.json`, JSON.stringify({ result: { language: 'en' }, transcription }));
process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
