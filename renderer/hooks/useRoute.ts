import { useEffect, useState } from 'react';

/** The app's places, addressed by the URL hash. A call has two tabs: its transcript (review) and its scorecard. */
export type Route =
  | { name: 'library' }
  | { name: 'review'; callId: string }
  | { name: 'scorecard'; callId: string }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const review = /^\/calls\/([^/]+)\/?$/.exec(path);
  if (review) return { name: 'review', callId: safeDecode(review[1]!) };
  const scorecard = /^\/calls\/([^/]+)\/scorecard\/?$/.exec(path);
  if (scorecard) return { name: 'scorecard', callId: safeDecode(scorecard[1]!) };
  if (/^\/settings\/?$/.test(path)) return { name: 'settings' };
  return { name: 'library' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'review':
      return `#/calls/${encodeURIComponent(route.callId)}`;
    case 'scorecard':
      return `#/calls/${encodeURIComponent(route.callId)}/scorecard`;
    case 'settings':
      return '#/settings';
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
  return route.name === 'review' || route.name === 'scorecard' ? `review:${route.callId}` : route.name;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
