import { describe, expect, it } from 'vitest';
import { emptyAnnotations, type Annotations } from '../../../../shared/domain/annotations';
import { Suggestion, suggest } from '../../../../shared/suggestions';
import type { LabelledExample } from '../../../../shared/suggestions/learned';
import { SPEAKERS, turns } from '../build';
import { basis, handWeights, vectorsFor } from './synthetic';

// Dimension 0 means "door" to the hand-made model below, dimension 1 "pitch", 2 "pain", 3 "missed".
const CALL = turns([
  ['rep', 'So how do your reps spend their week?'],
  ['p', 'We moved offices in the spring.'],
  ['rep', 'How many seats would you need?'],
  ['p', 'Honestly, my reps waste time in internal meetings.'],
  ['rep', 'Let me show you our platform, it builds the forecast for you.'],
]);
const VECTORS = vectorsFor(CALL, [10, 0, 11, 0, 12]);
const kinds = (s: Suggestion[]) => s.map((x) => `${x.kind}${x.kind === 'pain' ? x.level : ''}@${x.turnId}`);
const run = (meaning?: Parameters<typeof suggest>[0]['meaning'], annotations: Annotations = emptyAnnotations()) =>
  suggest({ turns: CALL, speakers: SPEAKERS, annotations, meaning });
const RULES = ['door-opener@t4', 'pain1@t4', 'missed-follow-up@t5', 'pitch@t5'];

describe('rules ∪ classifier', () => {
  it('is the rules alone without meaning, and with a model that never passes its thresholds', () => {
    expect(kinds(run())).toEqual(RULES);
    const never = handWeights({ 'door-opener': 0 }, { 'door-opener': null, pitch: null, pain: null, 'missed-follow-up': null });
    expect(run({ vectors: VECTORS, weights: never })).toEqual(run());
  });

  it('adds a door the rules miss, never a second one where a rule fired, and pairs it with the reply that walks away', () => {
    const all = run({ vectors: VECTORS, weights: handWeights({ 'door-opener': 0 }) });
    expect(kinds(all)).toEqual(['door-opener@t2', 'missed-follow-up@t3', ...RULES]);
    for (const s of all) expect(Suggestion.parse(s)).toEqual(s);
    const door = all.find((s) => s.turnId === 't2')!;
    expect(door.reason).toBe('Reads like a door-opener (learned from labelled calls)');
    expect(door.span).toEqual({ start: CALL[1]!.start, end: CALL[1]!.end });
    const miss = all.find((s) => s.kind === 'missed-follow-up' && s.turnId === 't3');
    expect(miss).toMatchObject({ followUpReason: 'changed-topic', shouldHaveAsked: '"Tell me more about that. Why does it matter?"' });
    expect(miss?.reason).toBe('Prospect: "We moved offices in the spring." → rep moved on: "How many seats would you need?"');
  });

  it('says which labelled example the turn is close to', () => {
    const example = (text: string, dim: number, labels: LabelledExample['labels']): LabelledExample => ({
      vector: basis(dim),
      previous: null,
      side: 'prospect',
      cues: [],
      text,
      labels,
    });
    const examples = [
      example('It is a long story.', 0, ['door-opener']),
      example('Something else entirely.', 5, ['door-opener']),
      example('Not a door.', 0, []),
    ];
    const door = run({ vectors: VECTORS, weights: handWeights({ 'door-opener': 0 }), examples }).find((s) => s.turnId === 't2');
    expect(door?.reason).toBe('Reads like a door-opener: close to "It is a long story."');
  });

  it('a dismissed learned door stays dismissed and no longer makes a missed follow-up', () => {
    const weights = handWeights({ 'door-opener': 0 });
    const id = run({ vectors: VECTORS, weights }).find((s) => s.turnId === 't2')!.id;
    expect(kinds(run({ vectors: VECTORS, weights }, { ...emptyAnnotations(), dismissed: [{ id }] }))).toEqual(RULES);
  });

  it('adds pains with the level its level models read, pitches, and missed follow-ups from the reply model', () => {
    const vectors = vectorsFor(CALL, [10, 2, 3, 0, 1]);
    const weights = handWeights({ pain: 2, 'pain:2': 2, pitch: 1, 'missed-follow-up': 3 });
    const all = run({ vectors, weights });
    expect(kinds(all)).toEqual(['pain2@t2', 'missed-follow-up@t3', ...RULES]);
    expect(all.find((s) => s.kind === 'pain' && s.turnId === 't2')?.reason).toBe('Reads like business impact (level 2) (learned from labelled calls)');
    // t5's pitch is the rules' own already: the model adds nothing there.
    expect(all.filter((s) => s.turnId === 't5').map((s) => s.reason)).toEqual(
      run()
        .filter((s) => s.turnId === 't5')
        .map((s) => s.reason),
    );
    const miss = all.find((s) => s.turnId === 't3')!;
    expect(miss.reason).toBe('Reads like a missed follow-up (learned from labelled calls)');
  });

  it('adds no miss of its own where the rules read the reply as digging, or after personal stakes', () => {
    const weights = handWeights({ 'missed-follow-up': 3 });
    const withReply = (prospect: string, reply: string) =>
      suggest({
        turns: turns([
          ['rep', 'So how do your reps spend their week?'],
          ['p', prospect],
          ['rep', reply],
        ]),
        speakers: SPEAKERS,
        annotations: emptyAnnotations(),
        meaning: { vectors: vectorsFor(CALL, [10, 11, 3]), weights },
      }).filter((s) => s.kind === 'missed-follow-up');
    // The same model, the same reply vector: a reply that walks away is a miss…
    expect(withReply('We moved offices in the spring.', 'How many seats would you need?')).toHaveLength(1);
    // …one that takes up the prospect's words is not, nor moving on once the prospect's own job is at stake.
    expect(withReply('We moved offices in the spring.', 'Which offices did you move?')).toEqual([]);
    expect(withReply('If we miss the number again, my job is on the line.', 'How many seats would you need?')).toEqual([]);
  });

  it('makes a reply to a likely door a miss when P(door) × P(pivot) reaches its threshold, unless the reply digs', () => {
    // The door model reads t2 as a door (~1) but may not suggest one (no threshold); the pivot model reads
    // the reply (dimension 12) as walking away. The rules see neither door nor pitch.
    const withReply = (reply: string, pivotThreshold: number | null, doorFires = true) =>
      suggest({
        turns: turns([
          ['rep', 'What brings you to look at tools now?'],
          ['p', 'We moved offices in the spring.'],
          ['rep', reply],
        ]),
        speakers: SPEAKERS,
        annotations: emptyAnnotations(),
        meaning: {
          vectors: vectorsFor(CALL, [0, 10, 12]),
          weights: handWeights({ 'door-opener': doorFires ? 10 : undefined, pivot: 12 }, { 'door-opener': null }, { pivotThreshold }),
        },
      }).filter((s) => s.kind === 'missed-follow-up');
    const reply = 'Great, sounds like a fresh start for everyone.';
    expect(withReply(reply, null)).toEqual([]);
    // The door model reading ~0 there: no door to walk away from.
    expect(withReply(reply, 0.5, false)).toEqual([]);
    expect(withReply(reply, 0.5)).toMatchObject([
      { turnId: 't3', followUpReason: 'changed-topic', reason: 'Reads like a missed follow-up (learned from labelled calls)' },
    ]);
    expect(withReply('Moved offices? How did the move go for the team?', 0.5)).toEqual([]);
  });

  it('weighs no door the reviewer dismissed, and reads only a reply right after the prospect', () => {
    const weights = handWeights({ 'door-opener': 10, pivot: 12 }, {}, { pivotThreshold: 0.5 });
    const lines: [string, string][] = [
      ['rep', 'What brings you to look at tools now?'],
      ['p', 'We moved offices in the spring.'],
      ['rep', 'Great, sounds like a fresh start for everyone.'],
    ];
    const call = turns(lines);
    const misses = (annotations: Annotations, t = call, dims = [0, 10, 12]) =>
      kinds(suggest({ turns: t, speakers: SPEAKERS, annotations, meaning: { vectors: vectorsFor(t, dims), weights } })).filter((k) => k.startsWith('missed'));
    expect(misses(emptyAnnotations())).toEqual(['missed-follow-up@t3']);
    const door = suggest({
      turns: call,
      speakers: SPEAKERS,
      annotations: emptyAnnotations(),
      meaning: { vectors: vectorsFor(call, [0, 10, 12]), weights },
    }).find((s) => s.kind === 'door-opener')!;
    expect(misses({ ...emptyAnnotations(), dismissed: [{ id: door.id }] })).toEqual([]);
    // A backchannel between the door and the reply: the pivot model never learned that reply's context.
    const across = turns([lines[0]!, lines[1]!, ['rep', 'Right.'], lines[2]!]);
    expect(misses(emptyAnnotations(), across, [0, 10, 5, 12])).toEqual([]);
  });

  it('withdraws the rules’ own miss where the reply reads as digging or the door as personal stakes', () => {
    const misses = (weights: ReturnType<typeof handWeights>) => kinds(run({ vectors: VECTORS, weights })).filter((k) => k.startsWith('missed'));
    // t5 (dimension 12) is the rules' miss after t4 (dimension 0).
    expect(misses(handWeights({}, {}, { withdraw: { digging: null, stakes: null } }))).toEqual(['missed-follow-up@t5']);
    // The pivot model reads ~0 on t5: it digs, by the model's reading.
    expect(misses(handWeights({}, {}, { withdraw: { digging: 0.1, stakes: null } }))).toEqual([]);
    expect(misses(handWeights({ pivot: 12 }, {}, { withdraw: { digging: 0.1, stakes: null } }))).toEqual(['missed-follow-up@t5']);
    // t4 read as level-3 pain: moving on after personal stakes is no miss.
    expect(misses(handWeights({ pain: 0, 'pain:3': 0 }, {}, { withdraw: { digging: null, stakes: 0.5 } }))).toEqual([]);
    expect(misses(handWeights({ pain: 0 }, {}, { withdraw: { digging: null, stakes: 0.5 } }))).toEqual(['missed-follow-up@t5']);
    // A withdrawn miss stays gone even where the missed-follow-up model reads one.
    expect(misses(handWeights({ 'missed-follow-up': 12 }, {}, { withdraw: { digging: 0.1, stakes: null } }))).toEqual([]);
  });

  it('reads a turn without a vector by the rules alone', () => {
    const vectors = new Map([...VECTORS].filter(([id]) => id !== 't2'));
    expect(kinds(run({ vectors, weights: handWeights({ 'door-opener': 0 }) }))).toEqual(RULES);
  });
});
