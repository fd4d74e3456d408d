import type { Speaker } from '../../shared/domain/call';
import type { Transcript, TranscriptSource } from '../../shared/domain/transcript';
import { formatDateTime, formatLanguage, formatTimestamp } from './format';

/** Where the text came from: "Transcribed on this computer with ggml-base.en.bin · English". */
function sourceLine(source: TranscriptSource): string {
  const origin = source.kind === 'whisper' ? `Transcribed on this computer with ${source.name}` : `Imported from ${source.name}`;
  return source.language ? `${origin} · ${formatLanguage(source.language)}` : origin;
}

/**
 * The transcript as a plain list of speaker turns. Deliberately simple: a virtualized list synced to
 * the waveform replaces it later, so it takes no dependencies and keeps no playback state.
 */
export function TranscriptTurns({ transcript, speakers }: { transcript: Transcript; speakers: Speaker[] }) {
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return (
    <>
      <p className="transcript-source" data-testid="transcript-source" title={formatDateTime(transcript.source.createdAt)}>
        {sourceLine(transcript.source)}
      </p>
      {transcript.turns.length === 0 ? (
        <p className="transcript-empty">No speech was recognised in this recording.</p>
      ) : (
        <ol className="turns" data-testid="turns">
          {transcript.turns.map((turn) => (
            <li key={turn.id} className="turn" data-testid="turn" data-speaker-id={turn.speakerId}>
              <div className="turn-meta">
                <span className="turn-speaker" data-testid="turn-speaker">
                  {names.get(turn.speakerId) ?? 'Unknown speaker'}
                </span>
                <span className="turn-time" data-testid="turn-time">
                  {formatTimestamp(turn.start)}
                </span>
              </div>
              <p className="turn-text" data-testid="turn-text">
                {turn.text}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
