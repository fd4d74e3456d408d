import { useEffect } from 'react';
import { navigate } from '../../ui/useRoute';
import { showNotice } from '../notice/useReviewNotice';
import { closeClipRequest, useClipRequest } from './clipRequest';
import { MakeClipDialog } from './MakeClipDialog';
import type { SavedClip } from './saveClip';

/** Saved into a playlist, the notice offers to open it (leaving the call for the playlist). */
const savedNotice = ({ clip, playlist }: SavedClip) =>
  showNotice(
    playlist
      ? {
          text: `Clip “${clip.title}” saved to “${playlist.name}”.`,
          action: { label: 'Open playlist', run: () => navigate({ name: 'playlist', playlistId: playlist.id }) },
        }
      : { text: `Clip “${clip.title}” saved.` },
  );

/** The Review view's one Make clip dialog, open while a turn, chain, follow-up or range asked for it. */
export function MakeClipHost({ callId, durationSec }: { callId: string; durationSec: number }) {
  const request = useClipRequest();
  useEffect(() => closeClipRequest, []); // leaving the Review view drops an open ask
  if (!request) return null;
  return <MakeClipDialog key={request.id} callId={callId} durationSec={durationSec} source={request} onClose={closeClipRequest} onSaved={savedNotice} />;
}
