import { useState } from 'react';
import type { FollowUp, Span } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { followUpOfTurn, followUpsInTimeOrder, isRepTurn, putFollowUp, reasonLabel, removeMark, turnAtTime, turnSpan, type FollowUpReason } from './marks';
import { firstWords } from '../tags/tagging';
import type { StepResult } from '../history/useAnnotations';
import { useViewKeys } from '../keys/useViewKeys';
import { useMyName } from '../../settings/useMyName';
import { usePlayer } from '../player/usePlayback';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FollowUpDialog } from './FollowUpDialog';
import { formatTimestamp } from '../../ui/format';
import { dismissNotice, showNotice } from '../notice/useReviewNotice';
import { requestClip } from '../clips/clipRequest';
import { followUpClipSource } from '../clips/clipSources';

/** What the dialog edits: the turn's span and opening words, and the follow-up already there if any. */
type Editing = { time: number; quote: string; span: Span; existing: FollowUp | null };

const QUOTE_WORDS = 14;

type ItemProps = { followUp: FollowUp; quote: string; onEdit: () => void; onRemove: () => void; onClip: () => void };

function FollowUpItem({ followUp, quote, onEdit, onRemove, onClip }: ItemProps) {
  const { controls } = usePlayer();
  const seek = () => controls.seek(followUp.span.start);
  return (
    <li className="mark-item follow-up-item" data-testid="follow-up-item" data-follow-up-id={followUp.id}>
      <div className="mark-item-head">
        <span className="mark-reason" data-testid="follow-up-item-reason">
          {reasonLabel(followUp.reason)}
        </span>
        <button type="button" className="mark-time-button" data-testid="follow-up-item-time" title="Play from here" onClick={seek}>
          {formatTimestamp(followUp.span.start)}
        </button>
      </div>
      <button type="button" className="mark-quote" data-testid="follow-up-item-quote" title="Play from here" onClick={seek}>
        “{quote || '…'}”
      </button>
      {followUp.shouldHaveAsked && (
        <p className="mark-asked" data-testid="follow-up-item-asked">
          <span className="mark-asked-label">Should have asked:</span> {followUp.shouldHaveAsked}
        </p>
      )}
      <div className="mark-item-foot">
        <span className="mark-author">{followUp.author}</span>
        <button type="button" className="button small quiet" data-testid="follow-up-make-clip" title="A clip of the door and the rep's reply" onClick={onClip}>
          Make clip…
        </button>
        <button type="button" className="button small quiet" data-testid="follow-up-edit" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button small quiet danger-text" data-testid="follow-up-delete" onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

/**
 * The call's missed follow-ups in time order, and the F key that marks one on the current turn (the
 * prospect's: a rep's turn gets a notice instead) or opens the one it already has.
 */
export function FollowUpsPanel({ turns, speakers }: { turns: readonly Turn[]; speakers: readonly Speaker[] }) {
  const { annotations, apply, currentTurn } = useReviewAnnotationsValue();
  const { author } = useMyName();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const quoteAt = (time: number) => firstWords(turnAtTime(turns, time)?.text ?? '', QUOTE_WORDS);
  const edit = (f: FollowUp) => setEditing({ time: f.span.start, quote: quoteAt(f.span.start), span: f.span, existing: f });

  useViewKeys(['f'], () => {
    if (!annotations) return showNotice({ text: 'Missed follow-ups can be marked once the call’s annotations have loaded.' });
    const turn = currentTurn();
    if (!turn) return showNotice({ text: 'Select a turn first: click it in the transcript, or play to it.' });
    const existing = followUpOfTurn(annotations, turns, turn);
    dismissNotice();
    if (existing) return edit(existing);
    if (isRepTurn(turn, speakers)) return showNotice({ text: 'Mark missed follow-ups on the prospect’s turn: the door they opened.' });
    setEditing({ time: turn.start, quote: firstWords(turn.text, QUOTE_WORDS), span: turnSpan(turn), existing: null });
  });

  const save = (target: Editing) => (fields: { reason: FollowUpReason; shouldHaveAsked: string }) =>
    // Built when its turn in the save queue comes: an edit keeps what another change left of the item.
    apply((a) => {
      const current = target.existing && (a.followUps.find((f) => f.id === target.existing!.id) ?? target.existing);
      const base = current ?? { id: crypto.randomUUID(), author, createdAt: new Date().toISOString(), span: target.span };
      return putFollowUp({ ...base, ...fields });
    });

  const remove = async (id: string): Promise<StepResult> => {
    setError(null);
    const result = await apply(removeMark('followUps', id));
    if (!result.ok) setError(`Not removed: ${result.message}`);
    return result;
  };

  const followUps = followUpsInTimeOrder(annotations?.followUps ?? []);
  return (
    <section className="card marks-panel follow-ups-panel" aria-labelledby="follow-ups-heading" data-testid="follow-ups-panel">
      <div className="card-header">
        <h3 id="follow-ups-heading" className="card-title">
          Missed follow-ups
        </h3>
        {followUps.length > 0 && <span className="muted mark-count">{followUps.length}</span>}
      </div>
      <ErrorMessage testId="follow-ups-error">{error}</ErrorMessage>
      {followUps.length === 0 ? (
        <p className="muted">None marked. Where the prospect opened a door and the rep did not dig, select that turn and press F.</p>
      ) : (
        <ul className="mark-list" data-testid="follow-up-list">
          {followUps.map((f) => (
            <FollowUpItem
              key={f.id}
              followUp={f}
              quote={quoteAt(f.span.start)}
              onEdit={() => edit(f)}
              onRemove={() => void remove(f.id)}
              onClip={() => requestClip(followUpClipSource(turns, f))}
            />
          ))}
        </ul>
      )}
      <p className="hint keys-hint">
        <kbd>F</kbd> missed follow-up on the current turn
      </p>
      {editing && (
        <FollowUpDialog
          time={editing.time}
          quote={editing.quote}
          existing={editing.existing}
          onSave={save(editing)}
          onRemove={() => apply(removeMark('followUps', editing.existing!.id))} // a failure shows in the dialog
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
