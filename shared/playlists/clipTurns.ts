import type { Annotations, MomentKind, PainLevel, Span } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import type { ClipTurn } from '../domain/clip';
import type { Turn } from '../domain/transcript';
import type { ClipRange } from './clipRange';

type Marks = Pick<Annotations, 'tags' | 'followUps' | 'moments'>;

/** A mark is on a turn when their times overlap (the search index's rule, so a clip shows what search found). */
const overlaps = (span: Span, turn: ClipRange) => span.start < turn.end && span.end > turn.start;

/**
 * The transcript of a clip as it is now: every turn the range overlaps, whole (with its words as last
 * edited), who spoke it and the marks on it. The clip's range never moves with an edit; its words do.
 */
export function clipTurns(
  range: ClipRange,
  turns: readonly Pick<Turn, 'speakerId' | 'start' | 'end' | 'text'>[],
  speakers: readonly Pick<Speaker, 'id' | 'name' | 'role'>[],
  marks: Marks,
): ClipTurn[] {
  return turns
    .filter((t) => overlaps(range, t))
    .map((t) => {
      const speaker = speakers.find((s) => s.id === t.speakerId);
      const painLevels = [...new Set(marks.tags.filter((m) => overlaps(m.span, t)).map((m) => m.level))].sort() as PainLevel[];
      const moments = [...new Set(marks.moments.filter((m) => overlaps(m.span, t)).map((m) => m.kind))].sort() as MomentKind[];
      return {
        start: t.start,
        end: t.end,
        speaker: speaker?.name ?? t.speakerId,
        role: speaker?.role ?? 'unknown',
        text: t.text,
        painLevels,
        missedFollowUp: marks.followUps.some((m) => overlaps(m.span, t)),
        moments,
      };
    });
}
