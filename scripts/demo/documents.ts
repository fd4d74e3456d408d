import { Annotations, type Comment, type FollowUp, type Moment, type PainTag } from '../../shared/domain/annotations';
import { Call, DEMO_CALL_ID, type AudioTrack, type PeaksInfo } from '../../shared/domain/call';
import { Transcript, type Turn, type Word } from '../../shared/domain/transcript';
import { CHAIN, COMMENTS, LINES, MISSED, PROSPECT, REP, RUBRIC, type Line } from './script';

/** Where each line was placed in the call, in seconds. */
export type Placed = Line & { start: number; end: number };

/** Fixed so the generator writes the same documents every time. */
const RECORDED_AT = '2026-01-15T15:00:00.000Z';
const AUTHOR = 'Call Review demo';

/** Words spread over their line in proportion to their length (the generator knows only the line's times). */
function spreadWords(line: Placed): Word[] {
  const texts = line.text.split(/\s+/).filter(Boolean);
  const total = texts.reduce((n, w) => n + w.length, 0);
  let at = line.start;
  return texts.map((text) => {
    const length = ((line.end - line.start) * text.length) / total;
    const word = { text: ` ${text}`, start: round(at), end: round(at + length), p: 1 };
    at += length;
    return word;
  });
}

const round = (s: number) => Math.round(s * 1000) / 1000;

export function transcriptOf(placed: Placed[]): Transcript {
  const turns: Turn[] = placed.map((line, i) => ({
    id: `t${i + 1}`,
    speakerId: line.who === 'rep' ? REP.id : PROSPECT.id,
    start: round(line.start),
    end: round(line.end),
    text: line.text,
    words: spreadWords(line),
  }));
  return Transcript.parse({ source: { kind: 'vtt', name: 'demo-call.vtt', language: 'en', createdAt: RECORDED_AT }, turns });
}

export function annotationsOf(placed: Placed[]): Annotations {
  const line = (key: string): Placed => {
    const found = placed.find((l) => l.key === key);
    if (!found) throw new Error(`The demo script has no line "${key}"`);
    return found;
  };
  const span = (key: string) => ({ start: round(line(key).start), end: round(line(key).end) });
  const authored = (id: string) => ({ id, author: AUTHOR, createdAt: RECORDED_AT });
  const chainId = 'demo-chain';
  const tags: PainTag[] = CHAIN.levels.map((key, i) => ({
    ...authored(`demo-pain-${i + 1}`),
    level: (i + 1) as 1 | 2 | 3,
    span: span(key),
    chainId,
    parentId: i === 0 ? null : `demo-pain-${i}`,
  }));
  const followUps: FollowUp[] = [{ ...authored('demo-missed'), span: span(MISSED.at), reason: MISSED.reason, shouldHaveAsked: MISSED.shouldHaveAsked }];
  const comments: Comment[] = COMMENTS.map((c, i) => ({ ...authored(`demo-comment-${i + 1}`), at: round(line(c.at).start), span: span(c.at), text: c.text }));
  const moments: Moment[] = [
    { ...authored('demo-door'), kind: 'door-opener', span: span('door') },
    { ...authored('demo-pitch'), kind: 'pitch', span: span('pitch') },
  ];
  const review = { id: 'review:call review demo', reviewer: AUTHOR, updatedAt: RECORDED_AT, answers: RUBRIC };
  return Annotations.parse({ tags, chains: [{ id: chainId, topic: CHAIN.topic }], followUps, comments, moments, dismissed: [], reviews: [review] });
}

export function callOf(track: AudioTrack, peaks: PeaksInfo): Call {
  return Call.parse({
    id: DEMO_CALL_ID,
    title: 'Demo: discovery call with Priya (VP Sales)',
    recordedAt: RECORDED_AT,
    importedAt: RECORDED_AT,
    durationSec: track.durationSec,
    speakers: [
      { id: REP.id, name: REP.name, role: 'rep' },
      { id: PROSPECT.id, name: PROSPECT.name, role: 'prospect' },
    ],
    status: 'transcribed',
    trackCount: 1,
    fingerprint: track.sha256,
    statusMessage: null,
    hasTranscript: true,
    demo: true,
    tracks: [track],
    speakerCount: null,
    peaks,
  });
}

export { DEMO_CALL_ID, LINES };
