import { describe, expect, it } from 'vitest';
import type { Transcript, Word } from '../../../shared/domain/transcript';
import { applySplice, editTextSplice, mergeSplice, setSpeakerSplice, splitSplice } from '../../../shared/domain/transcriptEdits';

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
    expect(() => applySplice(applySplice(t, splitSplice(t, 't1', 1)).next, { ...edit, at: 1 })).toThrow(/changed since/);
  });
});
