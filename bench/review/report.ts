// Printing the figures: each open with its parts, the bridge calls and long frames behind a slow one.
import type { KeySample } from './measure';
import type { LongFrame, OpenTiming } from './probe';
import { median, ms, percentile } from './stats';

export const log = (line = '') => console.log(line);

export function describeOpen(label: string, o: OpenTiming): void {
  const parts = `rows ${ms(o.firstTurn)} · waveform drawn ${ms(o.waveformCanvas)} · ready ${ms(o.waveformReady)} · tags ${ms(o.tagsShown)}`;
  log(`  ${label.padEnd(8)} ${ms(o.interactive).padStart(7)}   (${parts}; ${o.turnsRendered} rows in the DOM)${o.timedOut ? ' TIMED OUT' : ''}`);
}

export function describeBreakdown(o: OpenTiming): void {
  const bridge = o.bridge.map((c) => `${c.method} @${c.start.toFixed(0)} +${c.ms.toFixed(0)}`).join(', ');
  log(`    bridge calls (@start +round trip, ms): ${bridge || 'none'}`);
  describeLongFrames('    long frames', o.longFrames);
}

/** Long animation frames, and the scripts Chrome blames for them (invoker → function, bundle:offset). */
export function describeLongFrames(label: string, frames: LongFrame[]): void {
  if (frames.length === 0) return log(`${label}: none`);
  log(`${label}: ${frames.map((f) => `${f.duration.toFixed(0)} ms @${f.start.toFixed(0)}`).join(', ')}`);
  const byScript = new Map<string, number>();
  for (const s of frames.flatMap((f) => f.scripts)) {
    const key = `${s.invoker} → ${s.fn || '(anonymous)'} (${s.url.replace(/^.*\//, '') || '-'}:${s.at})`;
    byScript.set(key, (byScript.get(key) ?? 0) + s.ms);
  }
  const indent = ' '.repeat(label.search(/\S/) + 2);
  for (const [key, total] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 4)) log(`${indent}${total.toFixed(0).padStart(5)} ms in ${key}`);
}

type Timed = { [K in keyof KeySample]: KeySample[K] extends number | null ? K : never }[keyof KeySample];
export const timed = (samples: KeySample[], k: Timed): number[] => samples.flatMap((s) => (s[k] === null ? [] : [s[k]]));

export function describeKeys(samples: KeySample[], clockRtt: number): void {
  const line = (label: string, k: Timed) => {
    const v = timed(samples, k);
    log(
      `  ${label.padEnd(40)} median ${ms(median(v)).padStart(7)}  p95 ${ms(percentile(v, 95)).padStart(7)}  max ${ms(Math.max(...v)).padStart(7)}  (n=${v.length})`,
    );
  };
  line('keydown → on disk', 'toDisk');
  line('  keydown → backend handler starts', 'toHandler');
  line('  backend annotations:apply (the write)', 'handlerMs');
  line('keydown → "Saved" shown', 'toSaved');
  line('  keydown → bridge call starts (page)', 'toCall');
  line('  bridge round trip (page)', 'callMs');
  line('  answer → "Saved" (React render+commit)', 'answerToSaved');
  line("keydown → the row's badge changes", 'toBadge');
  log(
    `  each, keydown → disk: ${timed(samples, 'toDisk')
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  log(`  (page and Node clocks matched to ±${(clockRtt / 2).toFixed(1)} ms; tags on disk at the end: ${samples.at(-1)?.tagsOnDisk})`);
}
