import { Fragment, memo, useMemo, type MouseEvent } from 'react';
import type { PainTag, Span } from '../../../shared/domain/annotations';
import { wordHighlight, type TurnHighlight } from '../../../shared/domain/find';
import type { Turn, Word } from '../../../shared/domain/transcript';
import type { Suggestion } from '../../../shared/suggestions';
import { useTurnSlice } from '../player/usePlayback';
import { useFocusedSuggestionSpan } from '../suggestions/useSuggestionFocus';
import { useEditState, useTranscriptEditsValue } from '../edits/useTranscriptEdits';
import type { TurnMarks } from '../marks/marksByTurn';
import { wordLevels } from '../tags/spans';
import { INACTIVE } from '../player/activeTurn';
import { formatTimestamp } from '../../ui/format';
import { MarkBadges } from '../marks/MarkBadges';
import { MomentBadges } from '../suggestions/MomentBadges';
import { SuggestionChips } from '../suggestions/SuggestionChips';
import { TagBadges } from '../tags/TagBadges';
import { TurnActions } from '../edits/TurnActions';
import { TurnNotice } from '../edits/TurnNotice';
import { TurnTextEditor } from '../edits/TurnTextEditor';
import { speakerUncertain, UNCERTAIN_TITLE } from '../speakers/speakerConfidence';

type Props = {
  /** The call the turn is in ("Find moments like this" names the turn by both). */
  callId: string;
  turn: Turn;
  index: number;
  speakerName: string;
  /** "Rep", "Prospect"…; null while the role is unknown. */
  role: string | null;
  /** 0 or 1: which of the two speaker colours, as in the lane under the waveform. */
  slot: number;
  /** The row's offset in the virtual list, in pixels. */
  top: number;
  measure: (element: HTMLElement | null) => void;
  /** Seeks and brings the transcript back to following the playhead. */
  onSeek: (time: number) => void;
  /** This turn's own tags: the same array until they change, so tagging another turn skips this row. */
  tags: readonly PainTag[];
  /** Its missed follow-ups and comments: the same object until they change (see marksByTurn). */
  marks: TurnMarks;
  /** The turn keys 1/2/3 act on. */
  selected: boolean;
  onSelect: (turnId: string) => void;
  /** Its find matches, null without any: the same object until they change (see highlightsByTurn). */
  highlight: TurnHighlight | null;
  /** Its open suggestions (none while chips are hidden): the same array until they change (see suggestionsByTurn). */
  suggestions: readonly Suggestion[];
};

/** Whisper's words carry their leading space (" don", "'t"); the space goes between spans, not inside. */
const split = (text: string) => /^(\s*)([\s\S]*)$/.exec(text)!.slice(1) as [string, string];

/** `chosen`: the word last clicked, the one S splits before (-1: none in this turn). */
type WordsProps = {
  words: Word[];
  active: number;
  chosen: number;
  highlight: TurnHighlight | null;
  levels: ReturnType<typeof wordLevels>;
  /** The words of the suggestion chip under the pointer or focus, null for none. */
  suggested: Span | null;
};

/** `levels`: per word, the pain level of a tag on part of the turn covering it (0 none; null: no such tag). */
function Words({ words, active, chosen, highlight, levels, suggested }: WordsProps) {
  return words.map((word, i) => {
    const [space, core] = split(word.text);
    const current = i === active;
    const found = wordHighlight(highlight, i);
    const pain = levels?.[i] || 0;
    // By the word's middle: neighbouring words share their edge times with the span.
    const middle = (word.start + word.end) / 2;
    const hinted = suggested !== null && middle >= suggested.start && middle <= suggested.end;
    const className = `word${current ? ' active' : ''}${i === chosen ? ' chosen' : ''}${found ? ` find-${found}` : ''}${pain ? ` pain-${pain}` : ''}${hinted ? ' suggested' : ''}`;
    return (
      <Fragment key={i}>
        {i > 0 && space ? ' ' : null}
        <span
          className={className}
          data-testid="word"
          data-word={i}
          data-active={current ? 'true' : undefined}
          data-chosen={i === chosen ? 'true' : undefined}
          data-find={found ?? undefined}
          data-pain-level={pain || undefined}
        >
          {core}
        </span>
      </Fragment>
    );
  });
}

/**
 * One speaker turn. Memoized, and subscribed only to its own slice of the playback (is it current,
 * which word): as the playhead moves, only the row that stops being current and the one that becomes
 * current re-render, whatever the length of the call.
 */
export const TurnRow = memo(function TurnRow({
  callId,
  turn,
  index,
  speakerName,
  role,
  slot,
  top,
  measure,
  onSeek,
  tags,
  marks,
  selected,
  onSelect,
  highlight,
  suggestions,
}: Props) {
  const slice = useTurnSlice(turn.id);
  const active = slice !== INACTIVE;
  // From the row's own tags array: a tag elsewhere leaves this row (and this memo) alone.
  const levels = useMemo(() => wordLevels(turn, tags), [turn, tags]);
  // The edit store is read per row: typing in one turn's editor or clicking a word re-renders that row only.
  const edits = useTranscriptEditsValue();
  const editing = useEditState((s) => s.editor?.turnId === turn.id);
  const chosen = useEditState((s) => (s.chosen?.turnId === turn.id ? s.chosen.index : -1));
  const suggested = useFocusedSuggestionSpan(turn.id);

  // One listener per row rather than one per word (15,000 words in an hour).
  const onTextClick = (e: MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return; // selecting text to copy it is not a seek
    const target = e.target instanceof Element ? e.target.closest('[data-word]') : null;
    const index = Number(target?.getAttribute('data-word'));
    const word = target ? turn.words[index] : undefined;
    if (!word) return;
    onSeek(word.start);
    edits.chooseWord(turn.id, index); // S splits before it
  };

  return (
    <li
      ref={measure}
      data-index={index}
      className={`turn speaker-${slot}${active ? ' active' : ''}${selected ? ' selected' : ''}${editing ? ' editing' : ''}`}
      data-testid="turn"
      data-turn-id={turn.id}
      data-speaker-id={turn.speakerId}
      data-active={active ? 'true' : 'false'}
      data-selected={selected ? 'true' : 'false'}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(turn.id)} // any click on the row (its time, a word, the name) makes it the one to tag
    >
      <div className="turn-meta">
        <span className="turn-speaker" data-testid="turn-speaker">
          {speakerName}
        </span>
        {speakerUncertain(turn) && (
          <span className="turn-speaker-unsure" data-testid="speaker-unsure" title={UNCERTAIN_TITLE} aria-label={UNCERTAIN_TITLE}>
            ?
          </span>
        )}
        {role && (
          <span className="turn-role" data-testid="turn-role">
            {role}
          </span>
        )}
        <button type="button" className="turn-time" data-testid="turn-time" title="Play from here" onClick={() => onSeek(turn.start)}>
          {formatTimestamp(turn.start)}
        </button>
        <TagBadges tags={tags} />
        <MarkBadges marks={marks} />
        <MomentBadges moments={marks.moments} />
      </div>
      <div className="turn-body">
        {editing ? (
          <TurnTextEditor turnId={turn.id} />
        ) : (
          <p className="turn-text" data-testid="turn-text" onClick={onTextClick}>
            {turn.words.length > 0 ? (
              <Words words={turn.words} active={active ? slice : -1} chosen={chosen} highlight={highlight} levels={levels} suggested={suggested} />
            ) : (
              turn.text
            )}
          </p>
        )}
        <SuggestionChips turnId={turn.id} suggestions={suggestions} />
        <TurnNotice turnId={turn.id} />
      </div>
      <TurnActions callId={callId} turn={turn} />
    </li>
  );
});
