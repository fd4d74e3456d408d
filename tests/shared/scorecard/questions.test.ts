import { describe, expect, it } from 'vitest';
import { classifyQuestion, QUESTION_LEXICON, repQuestions, sentencesOf } from '../../../shared/scorecard/questions';
import { turn } from './fixtures';

describe('sentences of a turn', () => {
  it('splits on words ending a sentence, with the words’ times', () => {
    // 8 words over 0–8 s: one second each.
    const t = turn('1', 'r', 0, 8, 'Thanks for that. What happened next? Ok then');
    expect(sentencesOf(t)).toEqual([
      { text: 'Thanks for that.', start: 0, end: 3 },
      { text: 'What happened next?', start: 3, end: 6 },
      { text: 'Ok then', start: 6, end: 8 },
    ]);
  });

  it('without words, splits the text and gives each sentence the turn’s span', () => {
    const t = { ...turn('1', 'r', 10, 20, ''), text: 'Is it? Tell me more.' };
    expect(sentencesOf(t)).toEqual([
      { text: 'Is it?', start: 10, end: 20 },
      { text: 'Tell me more.', start: 10, end: 20 },
    ]);
  });

  it('a word typed in by an edit (no timing) adds text but not time', () => {
    const t = turn('1', 'r', 10, 12, 'Why not?');
    t.words.push({ text: ' Really?', start: 0, end: 0, p: 1 });
    expect(sentencesOf(t)).toEqual([
      { text: 'Why not?', start: 10, end: 12 },
      { text: 'Really?', start: 10, end: 12 },
    ]);
  });
});

describe('open or closed', () => {
  it.each([
    ['What does that cost you?', 'open'],
    ["What's the impact on the team?", 'open'],
    ['How often does that happen?', 'open'],
    ['Why now?', 'open'],
    ['Tell me more about that?', 'open'],
    ['Describe a typical week?', 'open'],
    ['Walk me through the last incident?', 'open'],
    ['Help me understand how renewals work?', 'open'],
    ['Explain that?', 'open'],
    ['So, um, what happens then?', 'open'],
    ['Could you walk me through it?', 'open'],
    ["I'm curious, how did you pick the last vendor?", 'open'],
    ['Okay and why is that?', 'open'],
    ['Do you have a budget?', 'closed'],
    ['Is that a priority?', 'closed'],
    ['Can you do Tuesday?', 'closed'],
    ['Which plan are you on?', 'closed'],
    ['Whatever works?', 'closed'],
    ['So?', 'closed'],
    ['Right?', 'closed'],
  ])('%s → %s', (text, kind) => {
    expect(classifyQuestion(text)).toBe(kind);
  });

  it('the lexicon is one exported constant', () => {
    expect(QUESTION_LEXICON.open).toContain('walk me through');
  });
});

describe('rep questions', () => {
  it('counts sentences ending in "?" as questions, each with its time as evidence', () => {
    const q = repQuestions([
      turn('1', 'r', 0, 14, 'Great. What does a bad week look like? Is it every week? Tell me.'), // 14 words, 1 s each
      turn('2', 'r', 20, 24, 'Do you own the budget?'),
    ]);
    expect(q.open).toEqual({ value: 1, evidence: [{ start: 1, end: 8, label: 'What does a bad week look like?' }] });
    expect(q.closed.value).toBe(2);
    expect(q.openShare.value).toBe(0.333);
    expect(q.openShare.evidence.map((e) => e.label)).toEqual(['What does a bad week look like?', 'Is it every week?', 'Do you own the budget?']);
  });

  it('no rep: unknown, not zero; a rep who asked nothing: zero and no share', () => {
    expect(repQuestions(null).open.value).toBeNull();
    const q = repQuestions([turn('1', 'r', 0, 3, 'Our product does that.')]);
    expect([q.open.value, q.closed.value, q.openShare.value]).toEqual([0, 0, null]);
  });
});
