import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchTreeRss } from './treeMemory';

/**
 * What one whole child process cost: wall, CPU (user + system) and its peak resident memory; `others`:
 * cores other processes kept busy meanwhile (absent when not measured). On a shared machine ggml's
 * spinning threads lose badly to any other busy process, so a row with others > ~0.2 is not a figure.
 */
export type Usage = {
  wallSec: number;
  cpuSec: number;
  /** Peak resident memory of the largest single process (GNU time's %M). */
  peakRssMb: number;
  /** Peak resident memory of the whole process tree at once (sampled; several whisper runs together). */
  treeRssMb?: number;
  others?: number;
};

/** Busy CPU ticks of the whole machine from /proc/stat's first line (all but idle and iowait). */
export function busyTicks(procStat: string): number {
  const fields = /^cpu\s+([\d\s]+)$/m.exec(procStat)?.[1]?.trim().split(/\s+/).map(Number);
  if (!fields || fields.length < 4) throw new Error(`/proc/stat was not understood: ${procStat.slice(0, 80)}`);
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  return fields.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
}

export const GNU_TIME = '/usr/bin/time';
const FORMAT = 'BENCH-USAGE %e %U %S %M';

/**
 * GNU time's report (format above) → usage. It may put "Command exited with non-zero status N" or
 * "Command terminated by signal N" before it; those are the caller's to read, not a parse error.
 */
export function parseGnuTime(report: string): Usage {
  const m = /^BENCH-USAGE ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/m.exec(report);
  if (!m) throw new Error(`GNU time's report was not understood: ${JSON.stringify(report.slice(0, 200))}`);
  // %M is the peak resident set in KiB (the largest of the process and the children it waited for).
  return { wallSec: Number(m[1]), cpuSec: Number(m[2]) + Number(m[3]), peakRssMb: Number(m[4]) / 1024 };
}

/**
 * CPU seconds of this process's waited-for children (`cutime + cstime`), from /proc/self/stat; the
 * command name in parentheses may itself hold spaces or parentheses, so fields are counted after the last ")".
 */
export function childrenCpuSec(stat: string, clockTicksPerSec: number): number {
  const rest = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // Fields 16 and 17 of proc(5); `rest` starts at field 3 (state).
  const cutime = Number(rest[16 - 3]);
  const cstime = Number(rest[17 - 3]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`/proc/self/stat was not understood: ${stat.slice(0, 120)}`);
  return (cutime + cstime) / clockTicksPerSec;
}

/** Why usage cannot be measured here, or null when it can (GNU time with -f, as on Debian/Ubuntu). */
export function measuringUnavailable(): string | null {
  if (process.platform !== 'linux') return 'bench:engine measures with GNU time and /proc: Linux only';
  if (!existsSync(GNU_TIME)) return `${GNU_TIME} is missing (Debian/Ubuntu: apt-get install time)`;
  return null;
}

export type Measured = Usage & { stdout: string; stderr: string };

/** Runs a command to its end under GNU time; throws with its last words if it fails. */
export async function runMeasured(command: string, args: string[], options: { cwd?: string } = {}): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-engine-time-'));
  const report = join(dir, 'usage.txt');
  try {
    const busyBefore = busyTicks(readFileSync('/proc/stat', 'utf8'));
    const child = spawn(GNU_TIME, ['-f', FORMAT, '-o', report, command, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchTreeRss(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    const treeRss = memory.stop();
    const text = existsSync(report) ? await readFile(report, 'utf8') : '';
    if (code !== 0) {
      const tail = stderr.trim().split('\n').slice(-8).join('\n');
      throw new Error(`${command} failed (${text.split('\n')[0] || `exit ${code}`}):\n${tail}`);
    }
    const usage = parseGnuTime(text);
    const busySec = (busyTicks(readFileSync('/proc/stat', 'utf8')) - busyBefore) / clockTicksPerSec();
    // GNU time itself is ~2 MB of the tree; a single process's peak can fall between two samples.
    const treeRssMb = Math.max(usage.peakRssMb, treeRss);
    return { ...usage, treeRssMb, others: Math.max(0, (busySec - usage.cpuSec) / usage.wallSec), stdout, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let ticks: number | undefined;
/** The kernel's clock ticks per second, which /proc counts CPU time in. */
export function clockTicksPerSec(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** Each figure's median over runs (wall, CPU and memory separately). */
export function medianUsage(runs: readonly Usage[]): Usage {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const h = s.length >> 1;
    return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
  };
  const others = runs.map((r) => r.others).filter((o) => o !== undefined);
  return {
    wallSec: mid(runs.map((r) => r.wallSec)),
    cpuSec: mid(runs.map((r) => r.cpuSec)),
    peakRssMb: mid(runs.map((r) => r.peakRssMb)),
    ...(runs.every((r) => r.treeRssMb !== undefined) ? { treeRssMb: mid(runs.map((r) => r.treeRssMb!)) } : {}),
    ...(others.length ? { others: Math.max(...others) } : {}),
  };
}
