import { useState } from 'react';
import type { Comment, Span } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { commentTime, commentsInTimeOrder, putComment, relativeTime, removeMark, turnSpan } from '../marks/marks';
import { firstWords } from '../tags/tagging';
import { errorMessage } from '../../ui/bridge';
import type { StepResult } from '../history/useAnnotations';
import { useViewKeys } from '../keys/useViewKeys';
import { useMyName } from '../../settings/useMyName';
import { usePlayer } from '../player/usePlayback';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { CommentDialog } from './CommentDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime, formatTimestamp } from '../../ui/format';
import { dismissNotice, showNotice } from '../notice/useReviewNotice';

/** A new comment's place (a turn's span, or a point: span null), or the comment being edited. */
type Editing = { where: string; at: number; span: Span | null; existing: Comment | null };

function CommentItem({ comment, own, onEdit, onDelete }: { comment: Comment; own: boolean; onEdit: () => void; onDelete: () => void }) {
  const { controls } = usePlayer();
  const at = commentTime(comment);
  return (
    <li className="mark-item comment-item" data-testid="comment-item" data-comment-id={comment.id}>
      <div className="mark-item-head">
        <span className="mark-author" data-testid="comment-item-author">
          {comment.author || 'Someone'}
        </span>
        <button type="button" className="mark-time-button" data-testid="comment-item-time" title="Play from here" onClick={() => controls.seek(at)}>
          {comment.span ? formatTimestamp(at) : `at ${formatTimestamp(at)}`}
        </button>
      </div>
      <p className="mark-text" data-testid="comment-item-text">
        {comment.text}
      </p>
      <div className="mark-item-foot">
        <time className="mark-written" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)} data-testid="comment-item-written">
          {relativeTime(comment.createdAt, Date.now())}
        </time>
        {own && (
          <button type="button" className="button small quiet" data-testid="comment-edit" onClick={onEdit}>
            Edit
          </button>
        )}
        <button type="button" className="button small quiet danger-text" data-testid="comment-delete" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

/**
 * The call's comments in time order. C comments on the current turn; the button comments at the
 * playhead. Anyone may delete a comment (undo brings it back); only its author edits its text.
 */
export function CommentsPanel() {
  const { annotations, apply, currentTurn } = useReviewAnnotationsValue();
  const { playback } = usePlayer();
  const { myName, author, save: saveMyName } = useMyName();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onTurn = (turn: Turn): Editing => ({
    where: `On the turn at ${formatTimestamp(turn.start)}: “${firstWords(turn.text, 12)}”`,
    at: turn.start,
    span: turnSpan(turn),
    existing: null,
  });
  const atPlayhead = (): Editing => {
    const at = Math.max(0, playback.get().time);
    return { where: `At ${formatTimestamp(at)} in the call`, at, span: null, existing: null };
  };
  const edit = (c: Comment) => setEditing({ where: `At ${formatTimestamp(commentTime(c))} in the call`, at: c.at, span: c.span, existing: c });

  useViewKeys(['c'], () => {
    if (!annotations) return showNotice({ text: 'Comments can be added once the call’s annotations have loaded.' });
    const turn = currentTurn();
    if (!turn) return showNotice({ text: 'Select a turn first: click it in the transcript, or play to it.' });
    dismissNotice();
    setEditing(onTurn(turn));
  });

  const save =
    (target: Editing) =>
    async ({ text, name }: { text: string; name: string | null }): Promise<StepResult> => {
      let signedBy = author;
      if (name) {
        try {
          signedBy = await saveMyName(name); // first, so a refused name keeps the comment unsaved and open
        } catch (e) {
          return { ok: false, message: `your name could not be saved (${errorMessage(e)})` };
        }
      }
      return apply((a) => {
        const existing = target.existing && (a.comments.find((c) => c.id === target.existing!.id) ?? target.existing);
        if (existing) return putComment({ ...existing, text });
        return putComment({ id: crypto.randomUUID(), author: signedBy, createdAt: new Date().toISOString(), at: target.at, span: target.span, text });
      });
    };

  const remove = async (id: string) => {
    setError(null);
    const result = await apply(removeMark('comments', id));
    if (!result.ok) setError(`Not deleted: ${result.message}`);
  };

  const comments = commentsInTimeOrder(annotations?.comments ?? []);
  return (
    <section className="card marks-panel comments-panel" aria-labelledby="comments-heading" data-testid="comments-panel">
      <div className="card-header">
        <h3 id="comments-heading" className="card-title">
          Comments
        </h3>
        <button type="button" className="button small" data-testid="comment-at-playhead" disabled={!annotations} onClick={() => setEditing(atPlayhead())}>
          Add comment at playhead
        </button>
      </div>
      <ErrorMessage testId="comments-error">{error}</ErrorMessage>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="mark-list" data-testid="comment-list">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} own={c.author === author} onEdit={() => edit(c)} onDelete={() => void remove(c.id)} />
          ))}
        </ul>
      )}
      <p className="hint keys-hint">
        <kbd>C</kbd> comment on the current turn
      </p>
      {editing && (
        <CommentDialog
          where={editing.where}
          initialText={editing.existing?.text ?? null}
          askName={!myName && !editing.existing}
          onSave={save(editing)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
