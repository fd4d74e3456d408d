import { useCallback, useState } from 'react';
import { MakeClipDialog } from '../review/clips/MakeClipDialog';
import type { SavedClip } from '../review/clips/saveClip';
import { useOpenSearchRequests } from './openSearch';
import { SearchPanel } from './SearchPanel';
import { EMPTY_DRAFT, likeDraft, type LikeTurn, type SearchDraft } from './searchDraft';
import { useSearchKey } from './useSearchKey';
import type { HitClipAsk } from './useHitClip';

const savedText = ({ clip, playlist }: SavedClip) => (playlist ? `Clip “${clip.title}” saved to “${playlist.name}”.` : `Clip “${clip.title}” saved.`);

/**
 * The search panel for the whole app: Ctrl/Cmd+K, the menu's Search calls… and the library's Search
 * button open it over any view. What was asked survives closing it, until the app quits. A clip made of
 * a result takes the panel's place (one dialog at a time) and gives it back when done. "Find moments
 * like this" on a turn opens it on that search.
 */
export function SearchHost() {
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [draft, setDraft] = useState<SearchDraft>(EMPTY_DRAFT);
  const [notice, setNotice] = useState<string | null>(null);
  const [clip, setClip] = useState<HitClipAsk | null>(null);
  const show = useCallback(() => {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const changeDraft = useCallback((next: SearchDraft) => {
    setDraft(next);
    setNotice(null);
  }, []);
  const makeClip = useCallback((ask: HitClipAsk) => {
    setNotice(null);
    setOpen(false);
    setClip(ask);
  }, []);
  const clipDone = useCallback(() => {
    setClip(null);
    show();
  }, [show]);
  const showLike = useCallback(
    (like?: LikeTurn) => {
      if (like) changeDraft(likeDraft(like));
      show();
    },
    [changeDraft, show],
  );
  useSearchKey(show, open);
  useOpenSearchRequests(showLike);

  if (clip) {
    return (
      <MakeClipDialog
        callId={clip.callId}
        durationSec={clip.durationSec}
        source={clip.source}
        onClose={clipDone}
        onSaved={(saved) => setNotice(savedText(saved))}
      />
    );
  }
  return open ? (
    <SearchPanel draft={draft} onDraft={changeDraft} onClose={close} focusRequest={focusRequest} notice={notice} onNotice={setNotice} onMakeClip={makeClip} />
  ) : null;
}
