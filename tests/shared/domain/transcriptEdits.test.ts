import { describe, expect, it } from 'vitest';
import type { Transcript, Word } from '../../../shared/domain/transcript';
import { applySplice, editTextSplice, mergeSplice, setSpeakerSplice, setVoiceSpeakerSplice, splitSplice } from '../../../shared/domain/transcriptEdits';

const w = (text: string, start: number): Word => ({ text: ` ${text}`, start, end: start + 0.4, p: 0.8 });
const transcript = (): Transcript => ({
  source: { kind: 'whisper', name: 'ggml-tiny.en.bin', language: 'en', createdAt: '2026-11-24T10:00:00.000Z' },
  turns: [
    {
      id: 't1',
      speakerId: 's1',
      start: 0,
      end: 2.4,
      text: 'we waste time on meetings',
      words: [w('we', 0), w('waste', 0.5), w('time', 1), w('on', 1.5), w('meetings', 2)],
    },
    { id: 't2', speakerId: 's2', start: 3, end: 3.4, text: 'why', words: [w('why', 3)] },
  ],
});

describe('transcript edits', () => {
  it('fixing a misheard word keeps the other words’ timings and times the new word between them', () => {
    const t = transcript();
    const { next } = applySplice(t, editTextSplice(t, 't1', 'We waste hours on meetings'));
    const words = next.turns[0]!.words;
    expect(words.map((x) => x.text.trim())).toEqual(['We', 'waste', 'hours', 'on', 'meetings']);
    expect(words[0]!.start).toBe(0);
    expect(words[1]!.start).toBe(0.5);
    expect(words[2]).toMatchObject({ start: 0.9, end: 1.5, p: 1 });
    expect(words[3]!.start).toBe(1.5);
    expect(next.turns[0]!.text).toBe('We waste hours on meetings');
  });

  it('splits a turn at a word and merges it back; each edit undoes exactly', () => {
    const t = transcript();
    const split = applySplice(t, splitSplice(t, 't1', 2));
    expect(split.next.turns.map((x) => [x.id, x.text, x.start, x.end])).toEqual([
      ['t1', 'we waste', 0, 0.9],
      ['t3', 'time on meetings', 1, 2.4],
      ['t2', 'why', 3, 3.4],
    ]);
    const merged = applySplice(split.next, mergeSplice(split.next, 't1'));
    expect(merged.next.turns[0]!.text).toBe('we waste time on meetings');
    expect(applySplice(split.next, split.inverse).next).toEqual(t);
    expect(() => splitSplice(t, 't2', 1)).toThrow(/between two words/);
    expect(() => mergeSplice(t, 't2')).toThrow(/no next turn/);
  });

  it('reassigns a speaker, and refuses a stale edit', () => {
    const t = transcript();
    const edit = setSpeakerSplice(t, 't2', 's1');
    const { next } = applySplice(t, edit);
    expect(next.turns[1]!.speakerId).toBe('s1');
    // The reviewer's choice: re-detecting speakers keeps it, and the detector's doubt no longer shows.
    expect(next.turns[1]!.speakerSetBy).toBe('user');
    const detected = { ...t, turns: t.turns.map((turn) => ({ ...turn, speakerConfidence: 0.3 })) };
    expect(applySplice(detected, setSpeakerSplice(detected, 't2', 's1')).next.turns[1]).not.toHaveProperty('speakerConfidence');
    expect(() => applySplice(applySplice(t, splitSplice(t, 't1', 1)).next, { ...edit, at: 1 })).toThrow(/changed since/);
  });

  it('gives every turn of a voice to another speaker, except turns the reviewer set themselves, in one undoable splice', () => {
    const base = transcript();
    const turn = (id: string, speakerId: string, start: number) => ({ ...base.turns[1]!, id, speakerId, start, end: start + 0.4, words: [w('why', start)] });
    const t: Transcript = {
      ...base,
      turns: [
        turn('t1', 's1', 0),
        turn('t2', 's2', 1),
        { ...turn('t3', 's1', 2), speakerSetBy: 'user' as const },
        turn('t4', 's3', 3),
        turn('t5', 's1', 4),
        turn('t6', 's2', 5),
      ],
    };
    const edit = setVoiceSpeakerSplice(t, 's1', 's3');
    expect(edit.at).toBe(0);
    const { next, inverse } = applySplice(t, edit);
    expect(next.turns.map((x) => [x.id, x.speakerId, x.speakerSetBy ?? null])).toEqual([
      ['t1', 's3', 'user'],
      ['t2', 's2', null],
      ['t3', 's1', 'user'],
      ['t4', 's3', null],
      ['t5', 's3', 'user'],
      ['t6', 's2', null],
    ]);
    expect(applySplice(next, inverse).next).toEqual(t);
    // Nothing to move: an empty splice.
    expect(applySplice(t, setVoiceSpeakerSplice(t, 's9', 's1')).next).toEqual(t);
  });
});
