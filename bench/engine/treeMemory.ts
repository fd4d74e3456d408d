import { readFileSync, readdirSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, MB, from /proc (Linux): what a job that runs
 * several whisper processes at once holds in all. GNU time's %M gives only the largest single process.
 */
export function treeRssMb(pid: number, pageBytes = 4096): number {
  let pages = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      // statm: size resident shared … in pages.
      pages += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) || 0;
      for (const task of readdirSync(`/proc/${p}/task`))
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/)) if (child) stack.push(Number(child));
    } catch {
      // The process ended between two reads.
    }
  }
  return (pages * pageBytes) / 1024 / 1024;
}

/** Samples a process tree's memory every `everyMs` until stopped; `stop()` gives the peak seen, MB. */
export function watchTreeRss(pid: number, everyMs = 100): { stop: () => number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
