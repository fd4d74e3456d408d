import type { CallSummary } from '../../shared/domain/call';
import type { ComparePick } from '../compare/useComparePick';
import { hrefFor, navigate } from '../ui/useRoute';
import { useTranscription } from '../transcription/useTranscription';
import { CallNote } from './CallNote';
import { DemoBadge } from '../ui/DemoBadge';
import { ComparePickBox } from '../compare/ComparePickBar';
import { DateTime, formatDuration, speakerNames } from '../ui/format';
import { RenameForm } from './RenameForm';
import { TranscriptionCell } from '../transcription/TranscriptionCell';

type Props = {
  call: CallSummary;
  renaming: boolean;
  onRenameStart: () => void;
  onRenameEnd: (renamed: boolean) => void;
  onDelete: () => void;
  pick: ComparePick;
};

/** One call in the library table; clicking the row opens the call. */
export function CallRow({ call, renaming, onRenameStart, onRenameEnd, onDelete, pick }: Props) {
  const review = { name: 'review', callId: call.id } as const;
  const transcription = useTranscription(call.id);
  return (
    <tr className="call-row" data-testid="call-row" data-call-id={call.id} onClick={() => !renaming && navigate(review)}>
      <td className="col-pick" onClick={(e) => e.stopPropagation()}>
        <ComparePickBox pick={pick} callId={call.id} title={call.title} />
      </td>
      <td className="col-title">
        {renaming ? (
          <RenameForm callId={call.id} title={call.title} onSaved={() => onRenameEnd(true)} onCancel={() => onRenameEnd(false)} />
        ) : (
          <span data-testid="call-title" className="call-title">
            <a href={hrefFor(review)} onClick={(e) => e.stopPropagation()}>
              {call.title}
            </a>
            {call.demo && <DemoBadge what="call" />}
          </span>
        )}
        <CallNote call={call} finished={transcription.finished} />
      </td>
      <td className="col-date">
        <DateTime iso={call.recordedAt} />
      </td>
      <td className="col-duration numeric" data-testid="call-duration">
        {formatDuration(call.durationSec)}
      </td>
      <td className="col-speakers">{speakerNames(call.speakers)}</td>
      <td className="col-status">
        <TranscriptionCell call={call} control={transcription} />
      </td>
      <td className="col-actions" onClick={(e) => e.stopPropagation()}>
        <button
          type="button"
          className="button small quiet"
          data-testid="rename-button"
          aria-label={`Rename “${call.title}”`}
          onClick={onRenameStart}
          disabled={renaming}
        >
          Rename
        </button>
        <button type="button" className="button small quiet danger-text" data-testid="delete-button" aria-label={`Delete “${call.title}”`} onClick={onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}
