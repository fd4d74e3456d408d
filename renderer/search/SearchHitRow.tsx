import { memo } from 'react';
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
};

/** One moment found: who said it, the snippet, the call, when it was recorded and the time in the call. */
export const SearchHitRow = memo(function SearchHitRow({ hit, id, index, active, top, measure, onOpen, onHover }: Props) {
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
        <span className="search-hit-time" data-testid="search-hit-time">
          {formatTimestamp(hit.start)}
        </span>
      </div>
      <Snippet text={hit.snippet} highlights={hit.highlights} />
      <div className="search-hit-call">
        <span className="search-hit-title" data-testid="search-hit-title">
          {hit.callTitle}
        </span>
        <span className="search-hit-date">
          <DateTime iso={hit.recordedAt} />
        </span>
      </div>
    </li>
  );
});
