import type { PlaylistSummary } from '../../shared/playlists/views';

/** What kind of playlist it is: filled by a saved search (named), or brought by an imported bundle. */
type Props = { smart: Pick<NonNullable<PlaylistSummary['smart']>, 'searchName'> | null; bundleId: string | null };

export function PlaylistBadges({ smart, bundleId }: Props) {
  if (!smart && !bundleId) return null;
  return (
    <span className="playlist-badges">
      {smart && (
        <span className="badge playlist-badge smart" data-testid="smart-badge" title="Filled by a saved search each time it is opened">
          Smart{smart.searchName && ` · ${smart.searchName}`}
        </span>
      )}
      {bundleId && (
        <span className="badge playlist-badge bundle" data-testid="bundle-badge" title="Imported from a shared bundle">
          From a bundle
        </span>
      )}
    </span>
  );
}
