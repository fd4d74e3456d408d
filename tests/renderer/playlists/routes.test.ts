import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/ui/useRoute';

describe('the playlists routes', () => {
  it('#/playlists lists them; #/playlists/:id opens one, the id surviving the round trip', () => {
    expect(parseRoute('#/playlists')).toEqual({ name: 'playlists' });
    expect(parseRoute('#/playlists/')).toEqual({ name: 'playlists' });
    expect(hrefFor({ name: 'playlists' })).toBe('#/playlists');
    for (const playlistId of ['0b7c…', 'a/b', 'Zoë 50%']) {
      expect(parseRoute(hrefFor({ name: 'playlist', playlistId }))).toEqual({ name: 'playlist', playlistId });
    }
    expect(parseRoute('#/playlists/x/y')).toEqual({ name: 'library' });
  });

  it('another playlist is another page (its error boundary starts over)', () => {
    expect(routeKey({ name: 'playlist', playlistId: 'a' })).not.toBe(routeKey({ name: 'playlist', playlistId: 'b' }));
    expect(routeKey({ name: 'playlist', playlistId: 'a' })).not.toBe(routeKey({ name: 'playlists' }));
  });
});
