import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/search/query';
import { SearchHitRow } from './SearchHitRow';

type Props = {
  hits: readonly SearchHit[];
  listboxId: string;
  active: number;
  onActive: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
  onMakeClip: (hit: SearchHit) => void;
  onFindLike: (hit: SearchHit) => void;
};

/** The id of a result's row, what the search box's aria-activedescendant names. */
export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

/**
 * The results as a listbox whose active option the search box drives (focus stays in the box, as in a
 * combobox). Virtualized: only the rows in sight are in the page, so hundreds of results stay light.
 */
export function SearchResults({ hits, listboxId, active, onActive, onOpen, onMakeClip, onFindLike }: Props) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller,
    estimateSize: () => 84,
    overscan: 6,
    getItemKey: (i) => `${hits[i]!.callId}/${hits[i]!.turnId}`,
  });

  useEffect(() => {
    if (active < hits.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, hits, virtualizer]);

  return (
    <div className="search-results-scroll" ref={setScroller}>
      <ul
        className="search-results"
        role="listbox"
        id={listboxId}
        aria-label="Moments found"
        data-testid="search-results"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <SearchHitRow
            key={item.key}
            hit={hits[item.index]!}
            id={optionId(listboxId, item.index)}
            index={item.index}
            active={item.index === active}
            top={item.start}
            measure={virtualizer.measureElement}
            onOpen={onOpen}
            onHover={onActive}
            onMakeClip={onMakeClip}
            onFindLike={onFindLike}
          />
        ))}
      </ul>
    </div>
  );
}
