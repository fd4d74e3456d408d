/** Scores who-spoke-when against a reference, frame by frame (the eval and the tests use it). */
export const FRAME_SEC = 0.05;

type Span = { start: number; end: number };

/** Speaker per frame (-1: nobody) from time spans; where spans overlap, the longer one wins the frame. */
export function framesOf<T extends Span>(spans: T[], speakerOf: (s: T) => number, frames: number): Int16Array {
  const out = new Int16Array(frames).fill(-1);
  const length = new Float64Array(frames);
  for (const s of spans) {
    const from = Math.max(0, Math.round(s.start / FRAME_SEC));
    const to = Math.min(frames, Math.round(s.end / FRAME_SEC));
    for (let f = from; f < to; f++) {
      if (out[f] === -1 || s.end - s.start > length[f]!) {
        out[f] = speakerOf(s);
        length[f] = s.end - s.start;
      }
    }
  }
  return out;
}

/**
 * Share of the reference's speech frames whose found speaker is right, under the one-to-one mapping of found
 * speakers to true ones that scores best (an extra found speaker maps to nobody, so its frames are wrong).
 */
export function attributionAccuracy(reference: Int16Array, found: Int16Array): { accuracy: number; mapping: Map<number, number> } {
  const trueCount = reference.reduce((m, x) => Math.max(m, x), -1) + 1;
  const foundCount = found.reduce((m, x) => Math.max(m, x), -1) + 1;
  const counts = Array.from({ length: foundCount }, () => new Array<number>(trueCount).fill(0));
  let speech = 0;
  for (let f = 0; f < reference.length; f++) {
    const r = reference[f]!;
    if (r < 0) continue;
    speech++;
    const h = found[f] ?? -1;
    if (h >= 0) counts[h]![r]!++;
  }
  let best = { score: -1, mapping: new Map<number, number>() };
  const used = new Array<boolean>(trueCount).fill(false);
  const mapping = new Map<number, number>();
  const search = (h: number, score: number) => {
    if (h === foundCount) {
      if (score > best.score) best = { score, mapping: new Map(mapping) };
      return;
    }
    search(h + 1, score);
    for (let r = 0; r < trueCount; r++) {
      if (used[r]) continue;
      used[r] = true;
      mapping.set(h, r);
      search(h + 1, score + counts[h]![r]!);
      mapping.delete(h);
      used[r] = false;
    }
  };
  search(0, 0);
  return { accuracy: speech > 0 ? best.score / speech : 1, mapping: best.mapping };
}
