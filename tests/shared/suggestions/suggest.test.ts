import { describe, expect, it } from 'vitest';
import { emptyAnnotations, type Annotations } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { Suggestion, suggest, suggestionRoles, suggestionsUnavailable } from '../../../shared/suggestions';
import { SPEAKERS, turns } from './build';

const at = '2026-11-24T10:00:00.000Z';
const CALL = turns([
  ['rep', 'So how do your reps spend their week?'],
  ['p', 'Honestly, my reps waste time in internal meetings.'],
  ['rep', 'Let me show you our platform, it builds the forecast for you.'],
  ['p', 'Okay. If we miss the revenue number, that lands on me.'],
]);
const run = (a: Annotations = emptyAnnotations(), t: Turn[] = CALL, speakers: Speaker[] = SPEAKERS) => suggest({ turns: t, speakers, annotations: a });
const kinds = (s: Suggestion[]) => s.map((x) => `${x.kind}${x.kind === 'pain' ? x.level : ''}@${x.turnId}`);

describe('suggest', () => {
  it('finds every kind, in time order, each valid against the schema', () => {
    const all = run();
    expect(kinds(all)).toEqual(['door-opener@t2', 'pain1@t2', 'missed-follow-up@t3', 'pitch@t3', 'pain3@t4']);
    for (const s of all) expect(Suggestion.parse(s)).toEqual(s);
    expect(all.find((s) => s.kind === 'pain' && s.level === 3)?.reason).toBe('Prospect: "miss the revenue number" reads as personal stakes (level 3)');
  });

  it('ids are kind@start-ms of the sentence holding the evidence', () => {
    const all = run();
    const door = all.find((s) => s.kind === 'door-opener')!;
    expect(door.id).toBe(`door-opener@${Math.round(CALL[1]!.start * 1000)}`);
    expect(door.span).toEqual({ start: CALL[1]!.start, end: CALL[1]!.end });
    const stakes = all.find((s) => s.kind === 'pain' && s.level === 3)!;
    expect(stakes.excerpt).toBe('If we miss the revenue number, that lands on me.');
    expect(stakes.span.start).toBe(CALL[3]!.words[1]!.start); // the second sentence, after "Okay."
  });

  it('ids stay the same after a reload and after the turn is split before the evidence', () => {
    const before = run().map((s) => s.id);
    const copy = JSON.parse(JSON.stringify(CALL)) as Turn[];
    expect(run(emptyAnnotations(), copy).map((s) => s.id)).toEqual(before);
    // Split turn 4 after "Okay." (as the transcript editor does: words keep their times).
    const t4 = CALL[3]!;
    const split: Turn[] = [
      ...CALL.slice(0, 3),
      { ...t4, id: 't4a', end: t4.words[0]!.end, text: 'Okay.', words: t4.words.slice(0, 1) },
      { ...t4, id: 't4b', start: t4.words[1]!.start, text: t4.text.slice(6), words: t4.words.slice(1) },
    ];
    const after = run(emptyAnnotations(), split);
    expect(after.map((s) => s.id)).toEqual(before);
    expect(after.at(-1)?.turnId).toBe('t4b');
  });

  it('skips dismissed ids', () => {
    const all = run();
    const a = { ...emptyAnnotations(), dismissed: [{ id: all[0]!.id }] };
    expect(run(a).map((s) => s.id)).not.toContain(all[0]!.id);
  });

  it('skips spans that already carry the reviewer mark of that kind, and only that kind', () => {
    const span = { start: CALL[1]!.start, end: CALL[1]!.end };
    const tagged: Annotations = { ...emptyAnnotations(), tags: [{ id: 'x', author: 'Dana', createdAt: at, level: 2, span, chainId: null, parentId: null }] };
    expect(kinds(run(tagged))).toEqual(['door-opener@t2', 'missed-follow-up@t3', 'pitch@t3', 'pain3@t4']);
    const doorMarked: Annotations = { ...emptyAnnotations(), moments: [{ id: 'm', author: 'Dana', createdAt: at, kind: 'door-opener', span }] };
    expect(kinds(run(doorMarked))).toEqual(['pain1@t2', 'missed-follow-up@t3', 'pitch@t3', 'pain3@t4']);
    const followedUp: Annotations = {
      ...emptyAnnotations(),
      followUps: [
        { id: 'f', author: 'Dana', createdAt: at, span: { start: CALL[2]!.start, end: CALL[2]!.end }, reason: 'changed-topic', shouldHaveAsked: '?' },
      ],
    };
    expect(kinds(run(followedUp))).toEqual(['door-opener@t2', 'pain1@t2', 'pitch@t3', 'pain3@t4']);
    // F marks the miss on the door (the prospect's turn), where the reviewer presses it: same miss.
    const markedOnDoor: Annotations = { ...followedUp, followUps: [{ ...followedUp.followUps[0]!, span }] };
    expect(kinds(run(markedOnDoor))).toEqual(['door-opener@t2', 'pain1@t2', 'pitch@t3', 'pain3@t4']);
  });

  it("pairs the reviewer's own door and pitch moments, and drops dismissed ones from pairing", () => {
    const quiet = turns([
      ['p', 'Well, our numbers are what they are.'],
      ['rep', 'Okay. Shall we look at the agenda for Thursday?'],
    ]);
    expect(run(emptyAnnotations(), quiet)).toEqual([]);
    const moments: Annotations = {
      ...emptyAnnotations(),
      moments: [
        { id: 'm1', author: 'Dana', createdAt: at, kind: 'door-opener', span: { start: quiet[0]!.start, end: quiet[0]!.end } },
        { id: 'm2', author: 'Dana', createdAt: at, kind: 'pitch', span: { start: quiet[1]!.start, end: quiet[1]!.end } },
      ],
    };
    expect(kinds(run(moments, quiet))).toEqual(['missed-follow-up@t2']);
    const door = run().find((s) => s.kind === 'door-opener')!;
    expect(kinds(run({ ...emptyAnnotations(), dismissed: [{ id: door.id }] }))).toEqual(['pain1@t2', 'pitch@t3', 'pain3@t4']);
  });

  it('suggests nothing while the roles are unknown, and says why', () => {
    const unknown: Speaker[] = SPEAKERS.map((s) => ({ ...s, role: 'unknown' }));
    expect(run(emptyAnnotations(), CALL, unknown)).toEqual([]);
    expect(suggestionsUnavailable(unknown)).toBe('Say which speaker is the rep to get suggestions.');
    const repOnly: Speaker[] = [SPEAKERS[0]!, { ...SPEAKERS[1]!, role: 'unknown' }];
    expect(run(emptyAnnotations(), CALL, repOnly)).toEqual([]);
    expect(suggestionsUnavailable(repOnly)).toMatch(/prospect/);
    expect(suggestionsUnavailable(SPEAKERS)).toBeNull();
    expect(suggestionRoles(SPEAKERS)).toMatchObject({ ok: true });
  });

  it("ignores speakers who are neither rep nor prospect (role 'other')", () => {
    const speakers: Speaker[] = [...SPEAKERS, { id: 'se', name: 'Pete', role: 'other' }];
    const t = turns([
      ['p', 'Tickets get lost all the time.'],
      ['se', 'Our platform routes every ticket.'],
    ]);
    expect(kinds(run(emptyAnnotations(), t, speakers))).toEqual(['door-opener@t1', 'pain1@t1']);
  });
});
