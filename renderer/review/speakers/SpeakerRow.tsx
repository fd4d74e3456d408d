import { useEffect, useId, useState } from 'react';
import { call, errorMessage } from '../../ui/bridge';
import { SpeakerRole, type Speaker } from '../../../shared/domain/call';
import { hasPlaceholderName } from '../../../shared/domain/speakers';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InlineNameEditor } from '../../ui/InlineNameEditor';
import { RememberVoice } from './RememberVoice';
import { VoiceMatchNote } from './VoiceMatchNote';

const roleNames: Record<SpeakerRole, string> = { rep: 'Rep', prospect: 'Prospect', other: 'Other', unknown: 'Unknown' };

type Props = {
  callId: string;
  speaker: Speaker;
  onChanged: () => void;
  /** Set once the call has a transcript: a named speaker's voice can then be remembered. */ voices: { mono: boolean } | null;
};

/** One speaker of the call: the name (renamed inline) and the role in the conversation. */
export function SpeakerRow({ callId, speaker, onChanged, voices }: Props) {
  const [editing, setEditing] = useState(false);
  // The chosen role shows at once; the call's reload confirms it (or the error puts it back).
  const [role, setRole] = useState(speaker.role);
  const [error, setError] = useState<string | null>(null);
  const roleId = useId();
  useEffect(() => setRole(speaker.role), [speaker.role]);

  const update = async (change: { name?: string; role?: SpeakerRole }) => {
    setError(null);
    try {
      await call('calls:updateSpeaker', { callId, speakerId: speaker.id, ...change });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
      throw e;
    }
  };

  const rename = async (name: string) => {
    if (!name.trim()) {
      setError('A speaker needs a name.');
      throw new Error('empty name'); // keeps the editor open; the message above is what the user sees
    }
    if (name.trim() !== speaker.name) await update({ name });
    setEditing(false);
  };

  const changeRole = (value: string) => {
    const parsed = SpeakerRole.safeParse(value);
    if (!parsed.success) return;
    setRole(parsed.data);
    update({ role: parsed.data }).catch(() => setRole(speaker.role)); // the row already shows the error
  };

  return (
    <li className="speaker-row" data-testid="speaker-row" data-speaker-id={speaker.id}>
      <div className="speaker-line">
        {editing ? (
          <span className="speaker-name-editor">
            <InlineNameEditor
              initial={speaker.name}
              label={`New name for ${speaker.name}`}
              testId="speaker-name-input"
              saveTestId="speaker-name-save"
              maxLength={100}
              onSave={rename}
              onClose={() => setEditing(false)}
            />
          </span>
        ) : (
          <>
            <span className="speaker-name" data-testid="speaker-name">
              {speaker.name}
            </span>
            <button
              type="button"
              className="button small quiet"
              data-testid="speaker-rename"
              aria-label={`Rename ${speaker.name}`}
              onClick={() => setEditing(true)}
            >
              Rename
            </button>
          </>
        )}
      </div>
      <div className="speaker-line">
        <label htmlFor={roleId} className="field-label inline">
          Role
        </label>
        <select id={roleId} className="select small" data-testid="speaker-role" value={role} onChange={(e) => changeRole(e.target.value)}>
          {SpeakerRole.options.map((r) => (
            <option key={r} value={r}>
              {roleNames[r]}
            </option>
          ))}
        </select>
      </div>
      <VoiceMatchNote callId={callId} speaker={speaker} onChanged={onChanged} />
      {voices && !hasPlaceholderName(speaker) && (
        <div className="speaker-line">
          <RememberVoice callId={callId} speaker={speaker} mono={voices.mono} />
        </div>
      )}
      <ErrorMessage testId="speaker-error">{error}</ErrorMessage>
    </li>
  );
}
