import { ClipTitle } from '../../../shared/domain/clip';
import { PlaylistName } from '../../../shared/domain/playlist';
import { clipBoundsError, ContextSec, type ClipRange } from '../../../shared/playlists/clipRange';

/**
 * What a clip is made of, before the dialog: a moment of the call (a turn, a chain, a follow-up, a search
 * hit: widened by context the user can change) or a range the user selected (its ends editable).
 */
export type ClipSource = {
  /** The moment, or the selected range, in seconds of the call; no context added yet. */
  moment: ClipRange;
  title: string;
  /** true: a moment, offered with context before and after; false: a selected range, its ends editable. */
  withContext: boolean;
};

/** A time as the clip dialog writes it: m:ss.s. */
export function formatClipTime(seconds: number): string {
  const tenths = Math.round(Math.max(0, seconds) * 10);
  const minutes = Math.floor(tenths / 600);
  const rest = (tenths - minutes * 600) / 10;
  return `${minutes}:${rest.toFixed(1).padStart(4, '0')}`;
}

/** "1:05.5", "65.5" or "1:02:03" as seconds; null for anything else. */
export function parseClipTime(text: string): number | null {
  const m = /^\s*(?:(?:(\d+):)?(\d+):)?(\d+(?:[.,]\d*)?)\s*$/.exec(text);
  if (!m) return null;
  const [hours, minutes, seconds] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3]!.replace(',', '.'))];
  if ((m[2] !== undefined && seconds >= 60) || (m[1] !== undefined && minutes >= 60)) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** What the dialog's fields hold, as typed. */
export type DraftFields = { start: string; end: string; before: string; after: string };

export const initialFields = (source: ClipSource, contextSec: number): DraftFields => ({
  start: formatClipTime(source.moment.start),
  end: formatClipTime(source.moment.end),
  before: String(contextSec),
  after: String(contextSec),
});

const contextSec = (text: string, side: string): number | string => {
  const value = text.trim() === '' ? NaN : Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return `Context ${side} is a number of seconds.`;
  const parsed = ContextSec.safeParse(value);
  return parsed.success ? parsed.data : `${parsed.error.issues[0]?.message ?? 'Context is out of range'} (${side}).`;
};

/** A selected range's end as typed; the exact time when the field still shows it (formatting rounds). */
const rangeEnd = (text: string, exact: number, which: string): number | string => {
  if (text === formatClipTime(exact)) return exact;
  return parseClipTime(text) ?? `Write the ${which} as minutes:seconds, e.g. 1:05.5.`;
};

export type Draft = { range: ClipRange; error: string | null };

/**
 * The clip's range from the fields: a moment widened by context (kept inside the call), or the range's
 * ends as typed; with the reason it can't be saved, in words for the user (null when it can).
 */
export function draftRange(source: ClipSource, fields: DraftFields, durationSec: number): Draft {
  const { moment } = source;
  if (source.withContext) {
    const [before, after] = [contextSec(fields.before, 'before'), contextSec(fields.after, 'after')];
    if (typeof before === 'string' || typeof after === 'string') {
      return { range: moment, error: typeof before === 'string' ? before : (after as string) };
    }
    const range = { start: Math.max(0, moment.start - before), end: Math.min(durationSec, moment.end + after) };
    return { range, error: clipBoundsError(range.start, range.end, durationSec) };
  }
  const [start, end] = [rangeEnd(fields.start, moment.start, 'start'), rangeEnd(fields.end, moment.end, 'end')];
  if (typeof start === 'string' || typeof end === 'string') {
    return { range: moment, error: typeof start === 'string' ? start : (end as string) };
  }
  return { range: { start, end }, error: clipBoundsError(start, end, durationSec) };
}

/** Where the clip goes: nowhere else, an existing (ordinary) playlist, or a new one by this name. */
export type PlaylistChoice = { kind: 'none' } | { kind: 'existing'; playlistId: string; name: string } | { kind: 'new'; name: string };

/** Why the choice can't be saved (a new playlist's name), or null. */
export function playlistChoiceError(choice: PlaylistChoice): string | null {
  if (choice.kind !== 'new') return null;
  const parsed = PlaylistName.safeParse(choice.name);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'That name cannot be used') + '.';
}

/** Why the title can't be saved, or null. */
export function titleError(title: string): string | null {
  const parsed = ClipTitle.safeParse(title);
  return parsed.success ? null : `${parsed.error.issues[0]?.message ?? 'That title cannot be used'}.`;
}
