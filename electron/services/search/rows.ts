import type { Annotations, Span } from '../../../shared/domain/annotations';
import type { CallSummary } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';

/** What the index keeps of one call. `stamp`: which version of its files it was read from. */
export type IndexedCall = {
  call: Pick<CallSummary, 'id' | 'title' | 'recordedAt' | 'speakers'>;
  turns: readonly Pick<Turn, 'id' | 'speakerId' | 'start' | 'end' | 'text'>[];
  annotations: Pick<Annotations, 'tags' | 'followUps' | 'moments' | 'comments'>;
  stamp: string;
  /** A clip an imported bundle brought, indexed as a call of its own: where it plays in the library. */
  clip?: { playlistId: string; clipId: string; playlistName: string };
};

export const MOMENT_BITS = { 'door-opener': 1, pitch: 2 } as const;

/** A turn row's columns after its ids, in table order: what a row is compared on to skip rewriting it. */
export type TurnValues = [
  start: number,
  end: number,
  speaker: string,
  role: string,
  text: string,
  pain: number,
  missed: number,
  moments: number,
  comments: string | null,
];
export const TEXT_COLUMN = 4;

const overlaps = (span: Span, turn: { start: number; end: number }) => span.start < turn.end && span.end > turn.start;
/** Comment authors as one `\n`-delimited string, so "by this author" is one LIKE on the row. */
const authorsKey = (authors: string[]) => (authors.length ? `\n${authors.map((a) => a.trim().toLowerCase()).join('\n')}\n` : null);

/** The turn's row: who spoke (by name and role) and the marks over it, as bit sets. */
export function turnValues({ call, annotations }: IndexedCall, turn: IndexedCall['turns'][number]): TurnValues {
  const speaker = call.speakers.find((s) => s.id === turn.speakerId);
  const pain = annotations.tags.filter((t) => overlaps(t.span, turn)).reduce((bits, t) => bits | (1 << t.level), 0);
  const missed = annotations.followUps.some((f) => overlaps(f.span, turn)) ? 1 : 0;
  const moments = annotations.moments.filter((m) => overlaps(m.span, turn)).reduce((bits, m) => bits | MOMENT_BITS[m.kind], 0);
  const commented = annotations.comments.filter((c) => (c.span ? overlaps(c.span, turn) : c.at >= turn.start && c.at < turn.end));
  const authors = authorsKey(commented.map((c) => c.author));
  return [turn.start, turn.end, speaker?.name ?? '', speaker?.role ?? 'unknown', turn.text, pain, missed, moments, authors];
}
