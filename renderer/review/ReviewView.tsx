import { useState } from 'react';
import type { Speaker } from '../../shared/domain/call';
import type { Turn } from '../../shared/domain/transcript';
import { BackToLibrary } from '../ui/BackToLibrary';
import { CallFacts } from './CallFacts';
import { ChainsPanel } from './tags/ChainsPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { DeleteCallDialog } from '../library/DeleteCallDialog';
import { DeleteTurnDialog } from './edits/DeleteTurnDialog';
import { KeyboardHelp } from './keys/KeyboardHelp';
import { MakeClipHost } from './clips/MakeClipHost';
import { MomentKeys } from './marks/MomentKeys';
import { FollowUpsPanel } from './marks/FollowUpsPanel';
import { Player } from './player/Player';
import { RenameForm } from '../library/RenameForm';
import { RepPrompt } from './speakers/RepPrompt';
import { ScorecardCard } from '../scorecard/ScorecardCard';
import { ScorecardView } from '../scorecard/ScorecardView';
import { ReviewError } from './ReviewError';
import { ReviewTabs, type ReviewMode } from './ReviewTabs';
import { ReviewTranscription } from '../transcription/ReviewTranscription';
import { SpeakersPanel } from './speakers/SpeakersPanel';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';
import { SuggestionsProvider } from './suggestions/SuggestionsProvider';
import { TrackPanel } from './player/TrackPanel';
import { TranscriptPanel } from './transcript/TranscriptPanel';
import { useCallDetail } from './useCallDetail';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useEditKeys } from './edits/useEditKeys';
import { PlayerContext, usePlayerSource } from './player/usePlayback';
import { ReviewAnnotationsContext, SaveStateContext, useReviewAnnotations } from './useReviewAnnotations';
import { navigate } from '../ui/useRoute';
import { useRubricDraft } from '../scorecard/rubric/useRubricDraft';
import { useScorecard } from '../scorecard/useScorecard';
import { useStartAt } from './useStartAt';
import { useTranscript, useTranscriptAccess } from './transcript/useTranscript';
import { TranscriptEditsContext, useTranscriptEdits } from './edits/useTranscriptEdits';
import { useTranscription } from '../transcription/useTranscription';

const NO_TURNS: Turn[] = [];
const NO_SPEAKERS: Speaker[] = [];

/**
 * One call: its title, metadata, speakers, player, transcription controls, and its two tabs: the
 * transcript and the scorecard (both computed from the same live annotations, played in one player).
 */
export function ReviewView({ callId, mode = 'review', at, play }: { callId: string; mode?: ReviewMode; at?: number; play?: boolean }) {
  const { call, error, reload, freeze } = useCallDetail(callId);
  // One control for the header and the transcript panel, so a start's error shows beside its button.
  const transcription = useTranscription(callId);
  // Loaded here, not in the panel: the player's lane and active-turn tracking read the same turns.
  const transcriptState = useTranscript(callId, transcription.finished);
  const turns = transcriptState.transcript?.turns ?? NO_TURNS;
  const player = usePlayerSource(turns);
  useStartAt(player, at, play);
  const transcriptAccess = useTranscriptAccess(transcriptState);
  // On the Scorecard tab no turn is in sight: keys that act on the current turn do nothing there.
  const { review: annotations, saveState } = useReviewAnnotations(callId, turns, player.active, transcriptAccess, mode === 'review');
  const { annotations: marks, change, select } = annotations;
  const edits = useTranscriptEdits({ transcript: transcriptAccess, annotations: marks, change, select, speakers: call?.speakers ?? NO_SPEAKERS });
  useEditKeys(edits, annotations.currentTurn);
  const scorecard = useScorecard(call, transcriptState.transcript, marks);
  // Above the tabs: a rubric half filled in survives a look at the transcript.
  const rubricDraft = useRubricDraft();
  const [renaming, setRenaming] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  useDocumentTitle(call?.title ?? null);

  const speakerById = new Map((call?.speakers ?? []).map((s) => [s.id, s]));
  const multiTrack = (call?.tracks.length ?? 0) > 1;

  return (
    <main className="view review-view" data-testid="review-view">
      <BackToLibrary testId="review-back" />

      {error && <ReviewError code={error.code} message={error.message} onRetry={reload} />}
      {!error && !call && (
        <p className="loading" role="status">
          Loading call…
        </p>
      )}

      {!error && call && (
        <>
          <header className="review-header">
            {renaming ? (
              <RenameForm
                callId={call.id}
                title={call.title}
                onSaved={() => {
                  setRenaming(false);
                  reload();
                }}
                onCancel={() => setRenaming(false)}
              />
            ) : (
              <h1 className="review-title" data-testid="review-title">
                {call.title}
              </h1>
            )}
            <div className="review-actions">
              <ReviewTranscription call={call} control={transcription} />
              <KeyboardHelp />
              {!renaming && (
                <button type="button" className="button" data-testid="rename-button" onClick={() => setRenaming(true)}>
                  Rename
                </button>
              )}
              <button type="button" className="button danger-outline" data-testid="delete-button" onClick={() => setConfirmingDelete(true)}>
                Delete
              </button>
            </div>
          </header>

          <PlayerContext value={player}>
            <ReviewAnnotationsContext value={annotations}>
              <SaveStateContext value={saveState}>
                <TranscriptEditsContext value={edits}>
                  <SuggestionsProvider callId={call.id} turns={turns} speakers={call.speakers} inTranscript={mode === 'review'}>
                    <div className="review-layout">
                      <div className="review-main">
                        <RepPrompt call={call} onChanged={reload} />
                        <Player call={call} turns={turns} />
                        <ReviewTabs callId={call.id} mode={mode} rubricUnsaved={rubricDraft.draft !== null} />
                        {mode === 'scorecard' ? (
                          <ScorecardView callId={call.id} state={scorecard} loadError={annotations.loadError} draftControl={rubricDraft} />
                        ) : (
                          <TranscriptPanel call={call} control={transcription} state={transcriptState} onChanged={reload} />
                        )}
                        {mode === 'review' &&
                          call.tracks.map((track, i) => (
                            <TrackPanel
                              key={track.file}
                              track={track}
                              index={i}
                              multiTrack={multiTrack}
                              speaker={track.speakerId ? (speakerById.get(track.speakerId) ?? null) : null}
                            />
                          ))}
                      </div>
                      <aside className="review-side">
                        <ScorecardCard callId={call.id} scorecard={scorecard?.scorecard ?? null} showLink={mode !== 'scorecard'} />
                        <CallFacts call={call} onChanged={reload} />
                        <SuggestionsPanel callId={call.id} />
                        <ChainsPanel turns={turns} speakers={call.speakers} />
                        <FollowUpsPanel turns={turns} speakers={call.speakers} />
                        <MomentKeys turns={turns} speakers={call.speakers} />
                        <CommentsPanel />
                        <SpeakersPanel call={call} onChanged={reload} />
                      </aside>
                    </div>
                  </SuggestionsProvider>
                  <DeleteTurnDialog />
                  <MakeClipHost callId={call.id} durationSec={call.durationSec} />
                </TranscriptEditsContext>
              </SaveStateContext>
            </ReviewAnnotationsContext>
          </PlayerContext>

          {confirmingDelete && (
            <DeleteCallDialog
              callId={call.id}
              title={call.title}
              onPending={freeze}
              onCancel={() => setConfirmingDelete(false)}
              onDeleted={() => navigate({ name: 'library' })}
            />
          )}
        </>
      )}
    </main>
  );
}
