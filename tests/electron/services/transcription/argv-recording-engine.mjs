#!/usr/bin/env node
// Stands in for whisper-cli in the non-ASCII path test: on Linux the real engine opens any path, so the
// Windows failure (arguments read in the system code page) can't be reproduced with it. This records
// what it was given and whether each file it was pointed at opens from its working folder, then answers.
// With ENGINE_ARGV_RECORD set, the record is also written there (a pipeline removes its working folder).
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
const size = (path) => {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
};
/** The model's ggml file type (header offset 44): 1 is f16, 7 q8_0 (plus 1000 × the quantization version). */
const fileType = (path) => {
  try {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(48);
    readSync(fd, head, 0, 48, 0);
    closeSync(fd);
    return head.readInt32LE(44) % 1000;
  } catch {
    return null;
  }
};
const record = JSON.stringify({
  cwd: process.cwd(),
  args,
  modelBytes: size(value('--model')),
  modelFileType: fileType(value('--model')),
  wavBytes: size(value('--file')),
});
writeFileSync('engine-argv.json', record);
if (process.env.ENGINE_ARGV_RECORD) writeFileSync(process.env.ENGINE_ARGV_RECORD, record);
writeFileSync(
  `${value('--output-file')}.json`,
  JSON.stringify({ result: { language: 'en' }, transcription: [{ offsets: { from: 0, to: 1000 }, text: ' Hello.', tokens: [] }] }),
);
process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
