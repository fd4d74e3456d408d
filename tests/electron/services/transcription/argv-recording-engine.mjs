#!/usr/bin/env node
// Stands in for whisper-cli in the non-ASCII path test: on Linux the real engine opens any path, so the
// Windows failure (arguments read in the system code page) can't be reproduced with it. This records
// what it was given and whether each file it was pointed at opens from its working folder, then answers.
// With ENGINE_ARGV_RECORD set, the record is also written there (a pipeline removes its working folder).
import { statSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
const size = (path) => {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
};
const record = JSON.stringify({ cwd: process.cwd(), args, modelBytes: size(value('--model')), wavBytes: size(value('--file')) });
writeFileSync('engine-argv.json', record);
if (process.env.ENGINE_ARGV_RECORD) writeFileSync(process.env.ENGINE_ARGV_RECORD, record);
writeFileSync(
  `${value('--output-file')}.json`,
  JSON.stringify({ result: { language: 'en' }, transcription: [{ offsets: { from: 0, to: 1000 }, text: ' Hello.', tokens: [] }] }),
);
process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
