/**
 * A stretch where the segmentation model heard one voice (seconds). `track` names the voice locally (the
 * model tells voices apart only inside its own 10 s window): two segments on different tracks may overlap.
 */
export type SpeechSegment = { start: number; end: number; track: string };

/** Part of a segment whose voice is embedded; `overlapped` when no part of it was heard alone. */
export type VoiceWindow = { start: number; end: number; segment: number; overlapped: boolean };

/** Longest stretch embedded at once: longer segments are cut, so a missed change of voice can show. */
export const WINDOW_MAX_SECONDS = 3;
/** Shorter than this, an embedding says little (and CAM++ needs some frames at all). */
export const WINDOW_MIN_SECONDS = 0.4;

/**
 * Of each window, only the middle this long is embedded (the window still speaks for all of it): CAM++'s
 * cost is its input's length, and 2 s of a voice tells it nearly as well as 3 s.
 */
export const EMBED_MAX_SECONDS = 2;

type Span = { start: number; end: number };

/** The part of a window that is embedded. */
export function embeddedSpan(w: Span): Span {
  const extra = Math.max(0, w.end - w.start - EMBED_MAX_SECONDS) / 2;
  return { start: w.start + extra, end: w.end - extra };
}

/**
 * The stretches to embed: each segment's parts heard without another voice over them, cut into pieces of at
 * most WINDOW_MAX_SECONDS. A segment only ever heard in overlap is embedded whole (marked overlapped).
 */
export function voiceWindows(segments: SpeechSegment[]): VoiceWindow[] {
  const windows: VoiceWindow[] = [];
  segments.forEach((segment, index) => {
    const others = segments.filter((s, j) => j !== index && s.start < segment.end && s.end > segment.start);
    const clean = subtract(segment, others).filter((p) => p.end - p.start >= WINDOW_MIN_SECONDS);
    const overlapped = clean.length === 0;
    const parts = overlapped ? [segment] : clean;
    for (const part of parts) {
      if (part.end - part.start < WINDOW_MIN_SECONDS) continue;
      for (const piece of cut(part)) windows.push({ ...piece, segment: index, overlapped });
    }
  });
  return windows;
}

function subtract(span: Span, others: Span[]): Span[] {
  let parts: Span[] = [{ start: span.start, end: span.end }];
  for (const o of others) {
    parts = parts.flatMap((p) => {
      if (o.end <= p.start || o.start >= p.end) return [p];
      const out: Span[] = [];
      if (o.start > p.start) out.push({ start: p.start, end: o.start });
      if (o.end < p.end) out.push({ start: o.end, end: p.end });
      return out;
    });
  }
  return parts;
}

/** Equal pieces no longer than WINDOW_MAX_SECONDS. */
function cut(span: Span): Span[] {
  const n = Math.ceil((span.end - span.start) / WINDOW_MAX_SECONDS - 1e-9);
  const step = (span.end - span.start) / n;
  return Array.from({ length: n }, (_, i) => ({ start: span.start + i * step, end: i === n - 1 ? span.end : span.start + (i + 1) * step }));
}
