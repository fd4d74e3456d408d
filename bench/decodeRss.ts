// Child process for bench:transcribe: decodes one recording as the pipeline does and reports its own
// peak RSS, so decoding memory is measured apart from everything else.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeForTranscription } from '../electron/services/transcription/decode';

const [input] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), 'bench-decode-'));
const started = performance.now();
const decoded = await decodeForTranscription(input!, join(dir, 'out.wav'));
const seconds = (performance.now() - started) / 1000;
await rm(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({ seconds, durationSec: decoded.durationSec, channels: decoded.channels, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
