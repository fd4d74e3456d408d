import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useState } from 'react';
import type { Speaker } from '../../../shared/domain/call';
import type { Transcript, TranscriptSource } from '../../../shared/domain/transcript';
import { useFollowPlayhead } from './useFollowPlayhead';
import { usePlayer } from '../player/usePlayback';
import { useMarksByTurn } from '../marks/useMarksByTurn';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { useSuggestionsValue } from '../suggestions/useSuggestions';
import type { TranscriptFind } from './useTranscriptFind';
import { useTurnNavigation } from './useTurnNavigation';
import { NO_MARKS } from '../marks/marksByTurn';
import { NO_SUGGESTIONS } from '../suggestions/suggestionsByTurn';
import { NO_TAGS } from '../tags/tagsByTurn';
import { formatDateTime, formatLanguage } from '../../ui/format';
import { TurnRow } from './TurnRow';
import { SPEAKER_SLOTS } from '../speakers/speakerConfidence';

/** Where the text came from: "Transcribed on this computer with ggml-base.en.bin · English". */
function sourceLine(source: TranscriptSource): string {
  const origin = source.kind === 'whisper' ? `Transcribed on this computer with ${source.name}` : `Imported from ${source.name}`;
  return source.language ? `${origin} · ${formatLanguage(source.language)}` : origin;
}

const ROLE_LABELS: Record<Speaker['role'], string | null> = { rep: 'Rep', prospect: 'Prospect', other: 'Other', unknown: null };

/** Speaker id → name, role label and colour slot (in the call's speaker order, as in the lane). */
export function speakerLookup(speakers: Speaker[]) {
  const byId = new Map(speakers.map((s, i) => [s.id, { name: s.name, role: ROLE_LABELS[s.role], slot: i % SPEAKER_SLOTS }]));
  return (id: string) => byId.get(id) ?? { name: 'Unknown speaker', role: null, slot: 0 };
}

/**
 * The transcript, virtualized: only the rows on screen (and a few either side) are in the DOM, so a
 * 2,000-turn call scrolls like a short one. It follows the playhead until the user scrolls it.
 */
type Props = { callId: string; transcript: Transcript; speakers: Speaker[]; find: TranscriptFind };

export function TranscriptTurns({ callId, transcript, speakers, find }: Props) {
  const { turns } = transcript;
  const { controls, active } = usePlayer();
  const { annotations, tagsByTurn, selectedTurnId, select, currentTurn } = useReviewAnnotationsValue();
  const marksByTurn = useMarksByTurn(turns, annotations);
  const suggestions = useSuggestionsValue();
  const suggestionsOf = (turnId: string) => (suggestions.chipsShown ? (suggestions.byTurn.get(turnId) ?? NO_SUGGESTIONS) : NO_SUGGESTIONS);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scroller,
    estimateSize: () => 64,
    overscan: 6,
    getItemKey: (i) => turns[i]!.id,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'center' }), [virtualizer]);
  const follow = useFollowPlayhead(scroller, scrollToIndex, active);
  const { resume } = follow;
  useTurnNavigation({ turns, virtualizer, stopFollowing: follow.stop, select, currentTurn, findTarget: find.target });
  const speaker = useMemo(() => speakerLookup(speakers), [speakers]);
  const onSeek = useCallback(
    (time: number) => {
      controls.seek(time);
      resume(); // the user just chose where to listen: follow from there
    },
    [controls, resume],
  );

  return (
    <>
      <p className="transcript-source" data-testid="transcript-source" title={formatDateTime(transcript.source.createdAt)}>
        {sourceLine(transcript.source)}
      </p>
      {turns.length === 0 ? (
        <p className="transcript-empty">No speech was recognised in this recording.</p>
      ) : (
        <div className="turns-viewport">
          <div className="turns-scroll" ref={setScroller} data-testid="turns-scroll" tabIndex={0} aria-label="Transcript turns">
            <ol className="turns" data-testid="turns" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const turn = turns[item.index]!;
                const { name, role, slot } = speaker(turn.speakerId);
                return (
                  <TurnRow
                    key={item.key}
                    callId={callId}
                    turn={turn}
                    index={item.index}
                    speakerName={name}
                    role={role}
                    slot={slot}
                    top={item.start}
                    measure={virtualizer.measureElement}
                    onSeek={onSeek}
                    tags={tagsByTurn.get(turn.id) ?? NO_TAGS}
                    marks={marksByTurn.get(turn.id) ?? NO_MARKS}
                    selected={turn.id === selectedTurnId}
                    onSelect={select}
                    highlight={find.highlights.get(turn.id) ?? null}
                    suggestions={suggestionsOf(turn.id)}
                  />
                );
              })}
            </ol>
          </div>
          {!follow.following && (
            <button type="button" className="button back-to-playhead" data-testid="back-to-playhead" onClick={resume}>
              Back to playhead
            </button>
          )}
        </div>
      )}
    </>
  );
}
