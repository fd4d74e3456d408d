import { describe, expect, it } from 'vitest';
import { emptyAnnotations, type Annotations } from '../../../shared/domain/annotations';
import type { Transcript } from '../../../shared/domain/transcript';
import { applySplice, editTextSplice } from '../../../shared/domain/transcriptEdits';
import { clipTurns } from '../../../shared/playlists/clipTurns';

const word = (text: string, start: number, end: number) => ({ text, start, end, p: 1 });
const transcript: Transcript = {
  source: { kind: 'vtt', name: 'call.vtt', language: null, createdAt: '2026-11-24T10:00:00.000Z' },
  turns: [
    { id: 't1', speakerId: 's1', start: 0, end: 4, text: 'What brings you here?', words: [word(' What brings you here?', 0, 4)] },
    { id: 't2', speakerId: 's2', start: 4, end: 10, text: 'Onboarding is slow.', words: [word(' Onboarding', 4, 6), word(' is', 6, 7), word(' slow.', 7, 10)] },
    { id: 't3', speakerId: 's1', start: 10, end: 15, text: 'Here is our demo.', words: [word(' Here is our demo.', 10, 15)] },
    { id: 't4', speakerId: 's2', start: 15, end: 20, text: 'Okay.', words: [word(' Okay.', 15, 20)] },
  ],
};
const speakers = [
  { id: 's1', name: 'Dana', role: 'rep' as const },
  { id: 's2', name: 'Sam', role: 'prospect' as const },
];
const authored = { author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
const marks: Annotations = {
  ...emptyAnnotations(),
  tags: [
    { ...authored, id: 'p1', level: 2, span: { start: 4, end: 6 }, chainId: 'c', parentId: null },
    { ...authored, id: 'p2', level: 1, span: { start: 7, end: 10 }, chainId: 'c', parentId: null },
    { ...authored, id: 'p3', level: 1, span: { start: 8, end: 9 }, chainId: null, parentId: null },
  ],
  followUps: [{ ...authored, id: 'f1', span: { start: 4, end: 10 }, reason: 'pivoted-to-pitch', shouldHaveAsked: 'How slow?' }],
  moments: [{ ...authored, id: 'm1', kind: 'pitch', span: { start: 10, end: 15 } }],
};

describe('a clip’s turns', () => {
  it('holds the turns the range overlaps, whole, with speakers and the marks on each', () => {
    const turns = clipTurns({ start: 5, end: 12 }, transcript.turns, speakers, marks);
    expect(turns).toEqual([
      { start: 4, end: 10, speaker: 'Sam', role: 'prospect', text: 'Onboarding is slow.', painLevels: [1, 2], missedFollowUp: true, moments: [] },
      { start: 10, end: 15, speaker: 'Dana', role: 'rep', text: 'Here is our demo.', painLevels: [], missedFollowUp: false, moments: ['pitch'] },
    ]);
    // Touching a turn's edge is not overlapping it.
    expect(clipTurns({ start: 10, end: 15 }, transcript.turns, speakers, marks).map((t) => t.text)).toEqual(['Here is our demo.']);
    // A speaker no longer listed keeps the turn, by its id.
    expect(clipTurns({ start: 0, end: 1 }, transcript.turns, [], marks)[0]).toMatchObject({ speaker: 's1', role: 'unknown' });
  });

  it('shows edited words at the same range', () => {
    const range = { start: 4, end: 10 };
    const before = clipTurns(range, transcript.turns, speakers, marks);
    const { next } = applySplice(transcript, editTextSplice(transcript, 't2', 'Onboarding is far too slow.'));
    const after = clipTurns(range, next.turns, speakers, marks);
    expect(before.map((t) => t.text)).toEqual(['Onboarding is slow.']);
    expect(after.map((t) => t.text)).toEqual(['Onboarding is far too slow.']);
    expect(after.map((t) => [t.start, t.end])).toEqual([[4, 10]]);
    expect(after[0]!.painLevels).toEqual([1, 2]); // the marks stay with their time
  });
});
