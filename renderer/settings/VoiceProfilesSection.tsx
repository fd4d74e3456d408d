import { useState } from 'react';
import type { VoiceProfileSummary } from '../../shared/domain/voiceProfile';
import { call } from '../ui/bridge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatDuration } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';

const roleNames = { rep: 'rep', prospect: 'prospect', other: 'other', unknown: 'no role' } as const;

/**
 * Settings: the voices this library remembers (each made when a user asked, from a call they chose), the
 * calls each came from, and a way to forget one.
 */
export function VoiceProfilesSection() {
  const {
    data: profiles,
    error,
    set,
  } = useLiveQuery(() => call('voices:list', {}), [], {
    refetchOnLibraryChange: (change) => change.calls === null || change.reason === 'voiceProfiles',
  });
  const [deleting, setDeleting] = useState<VoiceProfileSummary | null>(null);

  return (
    <section className="card settings-section" aria-labelledby="voice-profiles-heading" data-testid="voice-profiles-section">
      <h2 id="voice-profiles-heading" className="card-title">
        Voice profiles
      </h2>
      <ErrorMessage>{error?.message ?? null}</ErrorMessage>
      {profiles?.length === 0 && (
        <p className="muted" data-testid="voice-profiles-empty">
          No voices remembered. In a call, “Remember voice…” beside a speaker keeps that person’s voice so mono calls name them.
        </p>
      )}
      {profiles && profiles.length > 0 && (
        <ul className="voice-profiles">
          {profiles.map((p) => (
            <li key={p.id} data-testid="voice-profile" data-profile-id={p.id}>
              <div className="voice-profile-line">
                <span className="voice-profile-name" data-testid="voice-profile-name">
                  {p.name}
                </span>
                <span className="muted">
                  {roleNames[p.role]} · {formatDuration(p.seconds)} of speech
                </span>
                <button type="button" className="button small quiet" data-testid="voice-profile-delete" onClick={() => setDeleting(p)}>
                  Delete
                </button>
              </div>
              <p className="muted voice-profile-sources" data-testid="voice-profile-sources">
                From {p.sources.map((s) => `“${s.callTitle}”`).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="note">
        A profile is a summary of how someone sounds (numbers from the speaker model, not a recording), kept only in this library’s folder. Calls already named
        keep their names when a profile is deleted.
      </p>
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}’s voice?`}
          message={`New mono calls will no longer name ${deleting.name} automatically. You can remember the voice again from a call.`}
          confirmLabel="Delete"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            set(await call('voices:delete', { profileId: deleting.id }));
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}
