import type { RubricDraftControl } from './rubric/useRubricDraft';
import type { ScorecardState } from './useScorecard';
import { ConversationNotes } from './ConversationNotes';
import { OverallScore } from './OverallScore';
import { PitchFlag } from './PitchFlag';
import { RubricForm } from './rubric/RubricForm';
import { ScorecardExport } from './ScorecardExport';
import { ScorecardSection } from './ScorecardSection';
import { TalkRatioBar } from './TalkRatioBar';

type Props = { callId: string; state: ScorecardState | null; loadError: string | null; draftControl: RubricDraftControl };

/**
 * The Scorecard tab: the overall score with its formula, then discovery depth, follow-through, pitch
 * timing and the conversation, each figure opening the moments behind it, and the manager rubric.
 * Computed live from the same annotations the Transcript tab edits.
 */
export function ScorecardView({ callId, state, loadError, draftControl }: Props) {
  if (loadError) {
    return (
      <p className="error-message" role="alert" data-testid="scorecard-error">
        The scorecard needs the call’s annotations, which could not be loaded: {loadError}
      </p>
    );
  }
  if (!state) {
    return (
      <p className="loading" role="status">
        Loading the scorecard…
      </p>
    );
  }
  const { scorecard, report, criteria } = state;
  const section = (id: string) => report.sections.find((s) => s.id === id);
  const depth = section('depth');
  const follow = section('follow-through');
  const pitch = section('pitch');
  const talk = section('conversation');
  const c = scorecard.conversation;
  return (
    <div className="scorecard-view" data-testid="scorecard-view">
      <section className="card scorecard-overall" aria-labelledby="scorecard-overall-heading">
        <div className="card-header">
          <h3 id="scorecard-overall-heading" className="card-title">
            Overall score
          </h3>
          <ScorecardExport callId={callId} />
        </div>
        <OverallScore overall={scorecard.overall} />
      </section>
      {depth && <ScorecardSection section={depth} />}
      {follow && <ScorecardSection section={follow} />}
      {pitch && (
        <ScorecardSection section={pitch}>
          <PitchFlag pitch={scorecard.pitch} />
        </ScorecardSection>
      )}
      {talk && (
        <ScorecardSection section={talk}>
          <ConversationNotes notes={talk.notes} needsRoles={!c.complete} />
          <TalkRatioBar conversation={c} />
        </ScorecardSection>
      )}
      <RubricForm criteria={criteria} summary={scorecard.rubric} draftControl={draftControl} />
    </div>
  );
}
