import type { Clip } from '../../../shared/domain/clip';
import type { PainTag, FollowUp, Moment } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Playlist } from '../../../shared/domain/playlist';
import type { IndexedCall } from './rows';

/** The id a bundle's clip has in the index, beside the calls' ids (a call id's shape, for the hits). */
const CLIP_PREFIX = 'clip-';
export const clipIndexId = (clipId: string): string => `${CLIP_PREFIX}${clipId.toLowerCase()}`.slice(0, 64);
export const isClipIndexId = (id: string): boolean => id.startsWith(CLIP_PREFIX);

/**
 * A clip an imported bundle brought (it has no call in this library), as the index keeps a call: its
 * transcript and marks are the ones the bundle carried, its speakers are named there.
 */
export function indexedBundleClip(clip: Clip, playlist: Pick<Playlist, 'id' | 'name'>): IndexedCall {
  const turns = clip.turns ?? [];
  const speakers: Speaker[] = [];
  const speakerOf = (name: string, role: Speaker['role']) => {
    let speaker = speakers.find((s) => s.name === name);
    if (!speaker) speakers.push((speaker = { id: `s${speakers.length + 1}`, name, role }));
    return speaker.id;
  };
  const authored = { author: '', createdAt: clip.createdAt };
  const tags: PainTag[] = [];
  const followUps: FollowUp[] = [];
  const moments: Moment[] = [];
  const indexed = turns.map((t, i) => {
    const span = { start: t.start, end: t.end };
    for (const level of t.painLevels) tags.push({ ...authored, id: `${i}-p${level}`, level, span, chainId: null, parentId: null });
    if (t.missedFollowUp) followUps.push({ ...authored, id: `${i}-f`, span, reason: 'pivoted-to-pitch', shouldHaveAsked: '' });
    for (const kind of t.moments) moments.push({ ...authored, id: `${i}-${kind}`, kind, span });
    return { id: String(i), speakerId: speakerOf(t.speaker, t.role), start: t.start, end: t.end, text: t.text };
  });
  return {
    call: { id: clipIndexId(clip.id), title: clip.callTitle, recordedAt: clip.createdAt, speakers },
    turns: indexed,
    annotations: { tags, followUps, moments, comments: [] },
    stamp: `clip:${clip.title}:${playlist.id}:${playlist.name}`,
    clip: { playlistId: playlist.id, clipId: clip.id, playlistName: playlist.name },
  };
}
