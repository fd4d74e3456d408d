import { memo } from 'react';
import { closeness } from '../../shared/search/closeness';
import type { SearchHit } from '../../shared/search/query';
import { DateTime, formatTimestamp } from '../ui/format';
import { snippetPieces } from './snippetPieces';

const ROLE_WORDS: Record<SearchHit['role'], string> = { prospect: 'prospect', rep: 'rep', other: 'other', unknown: '' };

/** The matched words in <mark>, the rest as plain text: the snippet is a turn's words, never markup. */
export function Snippet({ text, highlights }: { text: string; highlights: SearchHit['highlights'] }) {
  return (
    <p className="search-snippet" data-testid="search-snippet">
      {snippetPieces(text, highlights).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </p>
  );
}

type Props = {
  hit: SearchHit;
  id: string;
  index: number;
  active: boolean;
  top: number;
  measure: (el: HTMLElement | null) => void;
  onOpen: (hit: SearchHit) => void;
  onHover: (index: number) => void;
  /** Offered on the active row, unless the moment is in a bundle's clip (no call here to cut from). */
  onMakeClip: (hit: SearchHit) => void;
  /** "Find moments like this", offered like Make clip (a bundle's clip has no turn here to compare). */
  onFindLike: (hit: SearchHit) => void;
};

/** A found-by-meaning hit's closeness in words: how near, not a raw cosine. */
function Closeness({ score }: { score: number }) {
  const words = closeness(score);
  return (
    <span className={`search-closeness${words === 'very close' ? ' very-close' : ''}`} data-testid="search-hit-closeness">
      {words}
    </span>
  );
}

/**
 * One moment found: who said it, the snippet, the call, when it was recorded and the time in the call
 * (or, for a moment of an imported bundle's clip, the playlist it is in).
 */
export const SearchHitRow = memo(function SearchHitRow({ hit, id, index, active, top, measure, onOpen, onHover, onMakeClip, onFindLike }: Props) {
  const role = ROLE_WORDS[hit.role];
  return (
    <li
      ref={measure}
      id={id}
      role="option"
      aria-selected={active}
      data-index={index}
      data-testid="search-hit"
      data-call-id={hit.callId}
      data-turn-id={hit.turnId}
      data-start={hit.start}
      data-clip-id={hit.clip?.clipId}
      className={`search-hit${active ? ' active' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(hit)}
      onMouseMove={() => onHover(index)}
    >
      <div className="search-hit-head">
        <span className="search-hit-speaker" data-testid="search-hit-speaker">
          {hit.speaker || 'Unknown speaker'}
          {role && <span className={`search-hit-role role-${hit.role}`}>{role}</span>}
        </span>
        {hit.score !== null && <Closeness score={hit.score} />}
        <span className="search-hit-time" data-testid="search-hit-time">
          {formatTimestamp(hit.start)}
        </span>
      </div>
      {/* Found by meaning: no word of it matched, so none is highlighted. */}
      <Snippet text={hit.snippet} highlights={hit.score === null ? hit.highlights : []} />
      <div className="search-hit-call">
        {hit.clip ? (
          <span className="search-hit-title" data-testid="search-hit-playlist">
            in playlist “{hit.clip.playlistName}” <span className="search-hit-from">· {hit.callTitle}</span>
          </span>
        ) : (
          <span className="search-hit-title" data-testid="search-hit-title">
            {hit.callTitle}
          </span>
        )}
        {active && !hit.clip && (
          <button
            type="button"
            className="button small search-hit-clip"
            data-testid="search-hit-make-clip"
            tabIndex={-1} // the search box keeps the focus; Alt+C is the key
            aria-keyshortcuts="Alt+C"
            onClick={(e) => {
              e.stopPropagation(); // the row's click opens the call
              onMakeClip(hit);
            }}
          >
            Make clip…
          </button>
        )}
        {active && !hit.clip && (
          <button
            type="button"
            className="button small quiet search-hit-like"
            data-testid="search-hit-find-like"
            tabIndex={-1} // as Make clip: Alt+L is the key
            aria-keyshortcuts="Alt+L"
            onClick={(e) => {
              e.stopPropagation();
              onFindLike(hit);
            }}
          >
            Find moments like this
          </button>
        )}
        {!hit.clip && (
          <span className="search-hit-date">
            <DateTime iso={hit.recordedAt} />
          </span>
        )}
      </div>
    </li>
  );
});
