import { hrefFor } from '../ui/useRoute';

/** No playlist yet: what a playlist is for and where its clips come from. */
export function PlaylistsEmpty({ onCreate }: { onCreate: () => void }) {
  return (
    <section className="empty-state playlists-empty" data-testid="playlists-empty">
      <h2>No playlists yet</h2>
      <p>
        A playlist plays clips from many calls back to back: the best discoveries, the classic missed “tell me more”. Clips are made in a call’s Review view,
        from a range selected on the waveform, a tagged turn, a whole pain chain, a missed follow-up (the door and the rep’s reply), or a search result.
      </p>
      <p>A smart playlist fills itself from a saved search, found again each time you open it.</p>
      <div className="button-row playlists-empty-actions">
        <button type="button" className="button primary" data-testid="playlists-empty-create" onClick={onCreate}>
          New playlist…
        </button>
        <a className="button" href={hrefFor({ name: 'library' })}>
          Go to the calls
        </a>
      </div>
    </section>
  );
}
