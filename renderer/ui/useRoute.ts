import { useEffect, useState } from 'react';

/** The app's places, addressed by the URL hash. A call has two tabs: its transcript (review) and its scorecard. */
export type Route =
  | { name: 'library' }
  /**
   * `at`: a moment to open the call at (a scorecard's or a comparison's evidence), in seconds; `play`:
   * start playing from there (a search result: hear the moment found).
   */
  | { name: 'review'; callId: string; at?: number; play?: boolean }
  | { name: 'scorecard'; callId: string }
  | { name: 'settings' }
  | { name: 'reps'; repName: string | null }
  | { name: 'compare'; a: string; b: string }
  | { name: 'playlists' }
  /** `clipId`: the clip to make current and play (a search result in an imported bundle's clip). */
  | { name: 'playlist'; playlistId: string; clipId?: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const review = /^\/calls\/([^/?]+)\/?(?:\?at=(\d+(?:\.\d+)?)(&play)?)?$/.exec(path);
  if (review) {
    const callId = safeDecode(review[1]!);
    if (!review[2]) return { name: 'review', callId };
    return review[3] ? { name: 'review', callId, at: Number(review[2]), play: true } : { name: 'review', callId, at: Number(review[2]) };
  }
  const scorecard = /^\/calls\/([^/]+)\/scorecard\/?$/.exec(path);
  if (scorecard) return { name: 'scorecard', callId: safeDecode(scorecard[1]!) };
  if (/^\/settings\/?$/.test(path)) return { name: 'settings' };
  const reps = /^\/reps(?:\/([^/]+))?\/?$/.exec(path);
  if (reps) return { name: 'reps', repName: reps[1] ? safeDecode(reps[1]) : null };
  const compare = /^\/compare\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (compare) return { name: 'compare', a: safeDecode(compare[1]!), b: safeDecode(compare[2]!) };
  if (/^\/playlists\/?$/.test(path)) return { name: 'playlists' };
  const playlist = /^\/playlists\/([^/?]+)\/?(?:\?clip=([^&]+))?$/.exec(path);
  if (playlist) {
    const playlistId = safeDecode(playlist[1]!);
    return playlist[2] ? { name: 'playlist', playlistId, clipId: safeDecode(playlist[2]) } : { name: 'playlist', playlistId };
  }
  return { name: 'library' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'review':
      return `#/calls/${encodeURIComponent(route.callId)}${route.at === undefined ? '' : `?at=${Math.max(0, route.at).toFixed(2)}${route.play ? '&play' : ''}`}`;
    case 'scorecard':
      return `#/calls/${encodeURIComponent(route.callId)}/scorecard`;
    case 'settings':
      return '#/settings';
    case 'reps':
      return route.repName === null ? '#/reps' : `#/reps/${encodeURIComponent(route.repName)}`;
    case 'compare':
      return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'playlists':
      return '#/playlists';
    case 'playlist':
      return `#/playlists/${encodeURIComponent(route.playlistId)}${route.clipId === undefined ? '' : `?clip=${encodeURIComponent(route.clipId)}`}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/**
 * A stable key for a route (to reset per-view state such as the error boundary). A call's two tabs share
 * one key: switching between them keeps the player, its position and the annotations' undo history.
 */
export function routeKey(route: Route): string {
  if (route.name === 'compare') return `compare:${route.a}:${route.b}`;
  if (route.name === 'playlist') return `playlist:${route.playlistId}`;
  return route.name === 'review' || route.name === 'scorecard' ? `review:${route.callId}` : route.name;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
