import { describe, expect, it } from 'vitest';
import { busyTicks, childrenCpuSec, medianUsage, parseGnuTime } from '../../../bench/engine/measure';

describe('parseGnuTime', () => {
  it('reads wall, user + system CPU and the peak RSS (KiB → MB)', () => {
    const usage = parseGnuTime('BENCH-USAGE 23.41 44.10 1.70 277504\n');
    expect(usage.wallSec).toBe(23.41);
    expect(usage.cpuSec).toBeCloseTo(45.8);
    expect(usage.peakRssMb).toBe(271);
  });

  it('reads the figures after the line GNU time adds for a failed command', () => {
    const usage = parseGnuTime('Command exited with non-zero status 3\nBENCH-USAGE 0.50 0.20 0.05 2048\n');
    expect(usage.wallSec).toBe(0.5);
    expect(usage.cpuSec).toBeCloseTo(0.25);
    expect(usage.peakRssMb).toBe(2);
  });

  it('says so when the report is not its format', () => {
    expect(() => parseGnuTime('0:23.41elapsed 44.10user')).toThrow(/not understood/);
    expect(() => parseGnuTime('')).toThrow(/not understood/);
  });
});

describe('childrenCpuSec', () => {
  // proc(5): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
  const stat = (comm: string, utime: number, stime: number, cutime: number, cstime: number) =>
    `4242 (${comm}) S 1 4242 4242 0 -1 4194304 500 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 2661040 3133440 413`;

  it('adds the waited-for children’s user and system time, in clock ticks', () => {
    expect(childrenCpuSec(stat('node', 150, 20, 4400, 170), 100)).toBeCloseTo(45.7);
  });

  it('counts fields after the last parenthesis, whatever the command name holds', () => {
    expect(childrenCpuSec(stat('we ird) (name', 1, 1, 300, 100), 100)).toBeCloseTo(4);
  });

  it('says so when the line is not a stat line', () => {
    expect(() => childrenCpuSec('garbage', 100)).toThrow(/not understood/);
  });
});

describe('medianUsage', () => {
  it('takes each figure’s median on its own', () => {
    const runs = [
      { wallSec: 10, cpuSec: 30, peakRssMb: 200 },
      { wallSec: 12, cpuSec: 20, peakRssMb: 300 },
      { wallSec: 30, cpuSec: 25, peakRssMb: 250 },
    ];
    expect(medianUsage(runs)).toEqual({ wallSec: 12, cpuSec: 25, peakRssMb: 250 });
  });
});

describe('busyTicks', () => {
  it('adds every CPU state but idle and iowait from the machine-wide line', () => {
    const stat = 'cpu  100 5 50 9000 40 3 2 10 0 0\ncpu0 50 2 25 4500 20 1 1 5 0 0\nintr 123\n';
    expect(busyTicks(stat)).toBe(100 + 5 + 50 + 3 + 2 + 10);
  });

  it('says so when there is no cpu line', () => {
    expect(() => busyTicks('intr 1 2 3')).toThrow(/not understood/);
  });
});
