import { readFile, rm } from 'node:fs/promises';
import { cpuVariantOf } from '../../electron/services/transcription/engineFailure';
import { runMeasured, type Usage } from './measure';

export type CliRun = Usage & { text: string; cpuVariant: string | null };

/**
 * One whole whisper-cli process, measured; its text from `<outputBase>.txt` (the arguments must ask for
 * it), and the CPU variant ggml loaded (a portable build says which on stderr).
 */
export async function runCli(binary: string, args: string[], outputBase: string): Promise<CliRun> {
  const run = await runMeasured(binary, args);
  const txt = `${outputBase}.txt`;
  const text = await readFile(txt, 'utf8').catch(() => '');
  await rm(txt, { force: true });
  const cpuVariant = run.stderr.split('\n').map(cpuVariantOf).find(Boolean) ?? null;
  return { wallSec: run.wallSec, cpuSec: run.cpuSec, peakRssMb: run.peakRssMb, others: run.others, text: text.replace(/\s+/g, ' ').trim(), cpuVariant };
}
