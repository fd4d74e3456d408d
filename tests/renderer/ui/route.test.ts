import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/ui/useRoute';

describe('a call’s Scorecard tab route', () => {
  it('parses and writes #/calls/:id/scorecard, with ids that need encoding', () => {
    expect(parseRoute('#/calls/abc/scorecard')).toEqual({ name: 'scorecard', callId: 'abc' });
    expect(parseRoute('#/calls/abc/scorecard/')).toEqual({ name: 'scorecard', callId: 'abc' });
    const route = { name: 'scorecard', callId: 'a b/c' } as const;
    expect(hrefFor(route)).toBe('#/calls/a%20b%2Fc/scorecard');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/calls/abc/other')).toEqual({ name: 'library' });
  });

  it('shares the Review tab’s key, so switching tabs keeps the view (and its player) mounted', () => {
    expect(routeKey({ name: 'scorecard', callId: 'abc' })).toBe(routeKey({ name: 'review', callId: 'abc' }));
    expect(routeKey({ name: 'scorecard', callId: 'abc' })).not.toBe(routeKey({ name: 'scorecard', callId: 'xyz' }));
  });
});

describe('a call opened at a moment', () => {
  it('parses and writes #/calls/:id?at=seconds; the plain review route has no moment', () => {
    expect(parseRoute('#/calls/abc?at=12.5')).toEqual({ name: 'review', callId: 'abc', at: 12.5 });
    expect(parseRoute('#/calls/abc')).toEqual({ name: 'review', callId: 'abc' });
    expect(hrefFor({ name: 'review', callId: 'abc', at: 83.456 })).toBe('#/calls/abc?at=83.46');
    expect(parseRoute('#/calls/abc?at=-3')).toEqual({ name: 'library' });
    expect(routeKey({ name: 'review', callId: 'abc', at: 4 })).toBe(routeKey({ name: 'review', callId: 'abc' }));
  });
});

describe('a call opened to play from a moment (a search result)', () => {
  it('parses and writes #/calls/:id?at=seconds&play; play needs a moment', () => {
    const route = { name: 'review', callId: 'a b', at: 12.5, play: true } as const;
    expect(hrefFor(route)).toBe('#/calls/a%20b?at=12.50&play');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor({ name: 'review', callId: 'abc', at: 3, play: false })).toBe('#/calls/abc?at=3.00');
    expect(parseRoute('#/calls/abc?play')).toEqual({ name: 'library' });
    expect(routeKey(route)).toBe(routeKey({ name: 'review', callId: 'a b' }));
  });
});

describe('a playlist opened at one of its clips (a search result in a bundle’s clip)', () => {
  it('parses and writes #/playlists/:id?clip=:clipId, ids that need encoding surviving the round trip', () => {
    const route = { name: 'playlist', playlistId: 'p 1/2', clipId: 'c&d?é' } as const;
    expect(hrefFor(route)).toBe('#/playlists/p%201%2F2?clip=c%26d%3F%C3%A9');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/playlists/abc?clip=xyz')).toEqual({ name: 'playlist', playlistId: 'abc', clipId: 'xyz' });
    expect(parseRoute('#/playlists/abc/?clip=xyz')).toEqual({ name: 'playlist', playlistId: 'abc', clipId: 'xyz' });
  });

  it('keeps the plain playlist URL, and the same page (key) with or without a clip', () => {
    expect(parseRoute('#/playlists/abc')).toEqual({ name: 'playlist', playlistId: 'abc' });
    expect(hrefFor({ name: 'playlist', playlistId: 'abc' })).toBe('#/playlists/abc');
    expect(parseRoute('#/playlists/abc?clip=')).toEqual({ name: 'library' });
    expect(parseRoute('#/playlists/abc?other=1')).toEqual({ name: 'library' });
    expect(routeKey({ name: 'playlist', playlistId: 'abc', clipId: 'x' })).toBe(routeKey({ name: 'playlist', playlistId: 'abc' }));
  });
});
