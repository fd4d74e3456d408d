#!/usr/bin/env node
// Stands in for whisper-cli with a broken GPU driver, which can't be had on demand: it lists its Vulkan
// device the way ggml does, then, unless given --no-gpu, dies the way Vulkan-Hpp's uncaught exceptions
// end a run (a message and SIGABRT) before any progress. With --no-gpu it transcribes, unless its output
// name says the CPU fails too ("cpu-fails"): then it stops with whisper's own error.
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const out = args[args.indexOf('--output-file') + 1];
process.stderr.write('load_backend: loaded Vulkan backend from /opt/call-review/whisper/libggml-vulkan.so\n');
process.stderr.write('ggml_vulkan: Found 1 Vulkan devices:\n');
process.stderr.write(
  'ggml_vulkan: 0 = Fake Radeon (RADV NAVI23) | uma: 0 | fp16: 1 | bf16: 0 | warp size: 64 | shared memory: 65536 | int dot: 1 | matrix cores: none\n',
);
process.stderr.write('load_backend: loaded CPU backend from /opt/call-review/whisper/libggml-cpu-haswell.so\n');
if (!args.includes('--no-gpu')) {
  process.stderr.write("terminate called after throwing an instance of 'vk::DeviceLostError'\n");
  process.stderr.write('  what():  vk::Queue::submit: ErrorDeviceLost\n');
  process.kill(process.pid, 'SIGABRT');
} else if (out.includes('cpu-fails')) {
  process.stderr.write('error: failed to process audio\n');
  process.exit(10);
} else {
  process.stderr.write('whisper_print_progress_callback: progress =  50%\n');
  const token = (text, from, to) => ({ text, offsets: { from, to }, p: 0.9 });
  writeFileSync(
    `${out}.json`,
    JSON.stringify({
      result: { language: 'en' },
      transcription: [
        { offsets: { from: 0, to: 800 }, text: ' On the CPU.', tokens: [token(' On', 0, 200), token(' the', 200, 400), token(' CPU.', 400, 800)] },
      ],
    }),
  );
  process.stderr.write('whisper_print_progress_callback: progress = 100%\n');
}
