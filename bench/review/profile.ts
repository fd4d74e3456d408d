// `npm run bench:review -- --profile`: the renderer built without minification (so functions keep their
// names) and CPU profiles of an open and of tag keys, summed by function and by React component.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { tempDir } from '../../tests/helpers/fixtures';
import { log } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** As the harness's buildRenderer, without minifying. */
export function buildRendererWithNames(): string {
  const outDir = join(tempDir('renderer build').path, 'renderer');
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

/** Runs `work` under the CDP sampling profiler and prints where the page's main thread spent its time. */
export async function profile<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    summarise(label, p);
    return result;
  } finally {
    await cdp.detach();
  }
}

function summarise(label: string, p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return url ? `${functionName || '(anonymous)'} (${url.replace(/^.*\//, '')}:${lineNumber + 1})` : functionName;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = name(at);
      if (!seen.has(n)) inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
      seen.add(n);
    }
  });
  const top = (m: Map<string, number>, keep: (n: string) => boolean, count: number) =>
    [...m]
      .filter(([n]) => keep(n))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  log(`  ${label}`);
  log('    self time:');
  for (const [n, ms] of top(self, (n) => n !== '(idle)', 10)) log(`      ${ms.toFixed(0).padStart(6)} ms  ${n}`);
  log('    React components and the virtualizer, inclusive (render phase only: commits and layout count apart):');
  for (const [n, ms] of top(inclusive, (n) => /^([A-Z]\w*|Virtualizer\.\w+) \(/.test(n), 8)) log(`      ${ms.toFixed(0).padStart(6)} ms  ${n}`);
}
