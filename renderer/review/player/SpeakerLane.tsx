import { memo, useRef } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import { PAIN_LEVEL_NAMES, type PainTag } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { usePlayer } from './usePlayback';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { useFollowWaveformScroll } from './useWaveformView';
import { formatTimestamp } from '../../ui/format';
import { LaneMarks } from './LaneMarks';
import { speakerLookup } from '../transcript/TranscriptTurns';
import { speakerUncertain, UNCERTAIN_TITLE } from '../speakers/speakerConfidence';

type Props = { turns: readonly Turn[]; speakers: Speaker[]; tags: readonly PainTag[]; duration: number; waveform: WaveSurfer | null };

const percent = (seconds: number, duration: number) => `${(100 * Math.max(0, seconds)) / duration}%`;

/**
 * Who speaks when, under the waveform: one block per turn in the speaker's colour. Blocks sit at a
 * percentage of the strip, and the strip is kept as wide as the zoomed waveform and scrolled with it,
 * so zooming never re-renders them. Without a waveform the strip spans the player's width.
 * Clicking a block plays from the start of that turn. Pain tags sit in a band below the turns, one
 * region per tag in its level's colour; clicking one plays from where it starts. Missed follow-ups and
 * comments get a band of their own below (LaneMarks).
 */
export const SpeakerLane = memo(function SpeakerLane({ turns, speakers, tags, duration, waveform }: Props) {
  const { controls } = usePlayer();
  const strip = useRef<HTMLDivElement>(null);
  useFollowWaveformScroll(waveform, strip);
  const { annotations } = useReviewAnnotationsValue(); // follow-ups and comments get a band of their own
  if (duration <= 0) return null;
  const speaker = speakerLookup(speakers);
  const hasMarks = !!annotations && (annotations.followUps.length > 0 || annotations.comments.length > 0);

  return (
    <div
      className={`speaker-lane${tags.length > 0 ? ' has-tags' : ''}${hasMarks ? ' has-marks' : ''}`}
      data-testid="speaker-lane"
      aria-label="Speaker turns, tags, missed follow-ups and comments"
    >
      <div className="speaker-lane-strip" ref={strip}>
        {turns.map((turn) => {
          const { name, slot } = speaker(turn.speakerId);
          const unsure = speakerUncertain(turn);
          return (
            <button
              key={turn.id}
              type="button"
              tabIndex={-1} // hundreds of blocks: the transcript's times are the keyboard way in
              className={`lane-turn speaker-${slot}${unsure ? ' unsure' : ''}`}
              data-testid="lane-turn"
              data-turn-id={turn.id}
              title={`${name} · ${formatTimestamp(turn.start)}${unsure ? ` · ${UNCERTAIN_TITLE}` : ''}`}
              aria-label={`${name} at ${formatTimestamp(turn.start)}`}
              style={{ left: percent(turn.start, duration), width: percent(turn.end - turn.start, duration) }}
              onClick={() => controls.seek(turn.start)}
            />
          );
        })}
        {tags.map((tag) => (
          <button
            key={tag.id}
            type="button"
            tabIndex={-1} // the chains panel's quotes are the keyboard way to a tag
            className={`lane-tag level-${tag.level}`}
            data-testid="lane-tag"
            data-level={tag.level}
            title={`${PAIN_LEVEL_NAMES[tag.level]} · ${formatTimestamp(tag.span.start)}`}
            aria-label={`${PAIN_LEVEL_NAMES[tag.level]} at ${formatTimestamp(tag.span.start)}`}
            style={{ left: percent(tag.span.start, duration), width: percent(tag.span.end - tag.span.start, duration) }}
            onClick={() => controls.seek(tag.span.start)}
          />
        ))}
        {annotations && hasMarks && <LaneMarks followUps={annotations.followUps} comments={annotations.comments} duration={duration} />}
      </div>
    </div>
  );
});
