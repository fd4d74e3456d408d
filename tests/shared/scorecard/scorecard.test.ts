import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../shared/scorecard/scorecard';
import { annotations, discoveryCall, moment, PROSPECT, REP, speakers, tag, turn } from './fixtures';

describe('computeScorecard', () => {
  it('a discovery call: every group with known figures', () => {
    const s = computeScorecard(discoveryCall());
    expect(s.duration).toBe(600);
    expect([
      s.depth.chains.value,
      s.depth.deepest.value,
      s.depth.symptomsDrilled.value,
      s.depth.impactsDrilled.value,
      s.depth.timeToPersonalPain.value,
    ]).toEqual([2, 3, 0.5, 1, 71]);
    expect([s.followThrough.doors.value, s.followThrough.missed.value, s.followThrough.followedShare.value, s.followThrough.missedPer10Min.value]).toEqual([
      2, 1, 0.5, 1,
    ]);
    expect([s.pitch.firstPitchAt.value, s.pitch.firstPersonalPainAt.value, s.pitch.pitchedBeforePain.value]).toEqual([101, 71, false]);
    const c = s.conversation;
    expect([c.talkTime.rep.value, c.talkTime.prospect.value, c.talkTime.ratio.value]).toEqual([57, 78, 0.422]);
    expect([c.longestMonologue.value, c.longestMonologue.span]).toEqual([39, { start: 101, end: 140 }]);
    expect([c.questions.open.value, c.questions.closed.value, c.questions.openShare.value]).toEqual([1, 2, 0.333]);
    // Every rep turn comes 1 s after the prospect's; the door at 71–75 is answered at 101.
    expect([c.patience.value, c.patience.count, c.patienceAfterDoors.value, c.patienceAfterDoors.count, c.interruptions.value]).toEqual([1, 3, 1, 1, 0]);
    expect(s.overall.value).toBe(68);
  });

  it('is plain data: survives a JSON round trip unchanged', () => {
    const s = computeScorecard(discoveryCall());
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('an empty call: no turns, no marks, unknown length; nothing is scored and the formula says why', () => {
    const s = computeScorecard({ turns: [], speakers: [], annotations: annotations({}), duration: 0 });
    expect([s.depth.chains.value, s.depth.deepest.value, s.followThrough.doors.value, s.followThrough.missedPer10Min.value]).toEqual([0, 0, 0, null]);
    expect([s.conversation.talkTime.ratio.value, s.conversation.longestMonologue.value, s.conversation.patience.value]).toEqual([null, null, null]);
    expect(s.overall.value).toBeNull();
    expect(s.overall.formula).toBe(
      'No score: nothing could be scored yet. Left out, weight not counted: Discovery depth (no pain tagged in a chain); ' +
        'Follow-through (no door-opener or missed follow-up marked); Pitch timing (no pitch and no pain marked); ' +
        'Talk ratio (needs a speaker marked rep and one marked prospect); Open questions (no speech from a speaker marked rep); ' +
        'Manager rubric (no manager ratings).',
    );
  });

  it('a call with one speaker (the rep on voicemail): rep figures only', () => {
    const s = computeScorecard({
      turns: [turn('1', 'r', 0, 30, 'Hi, it is Rita. How is the rollout going? Call me back.')],
      speakers: [REP],
      annotations: annotations({}),
      duration: 35,
    });
    const c = s.conversation;
    expect([c.talkTime.rep.value, c.talkTime.prospect.value, c.talkTime.ratio.value, c.longestMonologue.value]).toEqual([30, null, null, 30]);
    expect([c.questions.open.value, c.questions.closed.value, c.patience.value, c.interruptions.value]).toEqual([1, 0, null, null]);
    expect(c.notes).toEqual(['No speaker is marked as a prospect: the talk ratio, patience and interruptions are not computed.']);
    // Only open questions could be scored (1 of 1): not a score for a call nobody has reviewed.
    expect(s.overall.value).toBeNull();
    expect(s.overall.formula).toMatch(/^No score yet: the score needs the call reviewed.*Scored so far, not enough alone: Open questions 100\./);
    expect(s.overall.formula).toContain('Talk ratio (needs a speaker marked rep and one marked prospect)');
  });

  it('a call with no tags: depth is left out of the score, not counted as 0', () => {
    const call = discoveryCall();
    const s = computeScorecard({ ...call, annotations: { ...call.annotations, tags: [] } });
    expect([s.depth.chains.value, s.depth.deepest.value, s.depth.symptomsDrilled.value, s.depth.timeToPersonalPain.value]).toEqual([0, 0, null, null]);
    expect(s.overall.components[0]).toMatchObject({ id: 'depth', score: null });
    // The pitch now has no personal pain before it: flagged, 0. (25·50 + 15·0 + 15·100 + 15·33) / 70 = 46.4
    expect(s.pitch.pitchedBeforePain.value).toBe(true);
    expect(s.overall.value).toBe(46);
    expect(s.overall.formula).toMatch(/ ÷ 70\. .*Left out, weight not counted: Discovery depth \(no pain tagged in a chain\); Manager rubric/);
  });

  it('overlapping speech: each side counts the overlap once, and the rep talking over is an interruption', () => {
    const turns = [
      turn('1', 'p', 0, 20, 'We tried two vendors and neither'),
      turn('2', 'r', 15, 30, 'Right, we are different.'), // 5 s over the prospect
      turn('3', 'p', 25, 40, 'Let me finish.'), // prospect back over the rep
    ];
    const c = computeScorecard({ turns, speakers: speakers(), annotations: annotations({}), duration: 40 }).conversation;
    expect([c.talkTime.rep.value, c.talkTime.prospect.value, c.talkTime.ratio.value]).toEqual([15, 35, 0.3]);
    expect(c.interruptions.value).toBe(1);
    expect(c.patience.value).toBe(0);
  });

  it('the pitch before the first personal pain is flagged and scores 0 on timing', () => {
    const call = discoveryCall();
    const a = { ...call.annotations, moments: [...call.annotations.moments, moment('early', 'pitch', 40, 45)] };
    const s = computeScorecard({ ...call, annotations: a });
    expect(s.pitch.firstPitchAt.value).toBe(40);
    expect(s.pitch.pitchedBeforePain).toEqual({
      value: true,
      evidence: [
        { start: 40, end: 45, label: 'First pitch' },
        { start: 71, end: 100, label: 'First personal pain' },
      ],
    });
    expect(s.overall.components.find((c) => c.id === 'pitch-timing')!.score).toBe(0);
    expect(s.overall.value).toBe(53); // (2010 + 1250 + 0 + 1500 + 495) / 100 = 52.55
  });

  it('unknown roles: conversation figures are not guessed and the score says they were left out', () => {
    const call = discoveryCall();
    const unknown = call.speakers.map((sp) => ({ ...sp, role: 'unknown' as const }));
    const s = computeScorecard({ ...call, speakers: unknown });
    expect(s.conversation.complete).toBe(false);
    expect(s.conversation.excluded.map((e) => [e.name, e.talkTime])).toEqual([
      [REP.name, 57],
      [PROSPECT.name, 78],
    ]);
    expect(s.overall.components.filter((c) => c.score === null).map((c) => c.id)).toEqual(['talk-ratio', 'open-questions', 'rubric']);
    expect(s.overall.value).toBe(68); // (30·67 + 25·50 + 15·100) / 70 = 68
  });

  it('a tag with a level but no chain still counts towards the deepest level reached', () => {
    const s = computeScorecard({ turns: [], speakers: speakers(), annotations: annotations({ tags: [tag('x', 2, 5, null, null)] }), duration: 60 });
    expect([s.depth.chains.value, s.depth.deepest.value]).toEqual([0, 2]);
  });
});
