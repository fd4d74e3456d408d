import { describe, expect, it } from 'vitest';
import { discoveryDepth } from '../../../shared/scorecard/depth';
import { annotations, tag } from './fixtures';

// Two chains: "Onboarding" drilled to personal stakes, "Reporting" to business impact; a third chain emptied.
const drilled = annotations({
  chains: [
    { id: 'c1', topic: 'Onboarding' },
    { id: 'c2', topic: 'Reporting' },
    { id: 'c3', topic: 'Emptied' },
  ],
  tags: [
    tag('s1', 1, 60, 'c1', null),
    tag('b1', 2, 120, 'c1', 's1'),
    tag('p1', 3, 300, 'c1', 'b1'),
    tag('s2', 1, 200, 'c2', null),
    tag('b2', 2, 240, 'c2', 's2'),
    tag('b2b', 2, 400, 'c2', 's2'),
    tag('s3', 1, 500, null, null), // a symptom not (yet) in a chain
  ],
});

describe('discovery depth', () => {
  it('counts chains with tags, and the depth of each', () => {
    const d = discoveryDepth(drilled);
    expect(d.chains.value).toBe(2);
    expect(d.perChain.map((c) => [c.chainId, c.topic, c.value])).toEqual([
      ['c1', 'Onboarding', 3],
      ['c2', 'Reporting', 2],
    ]);
    expect(d.perChain[0]!.evidence).toEqual([
      { start: 60, end: 62, label: 'Onboarding: Symptom' },
      { start: 120, end: 122, label: 'Onboarding: Business impact' },
      { start: 300, end: 302, label: 'Onboarding: Personal stakes' },
    ]);
    expect(d.chains.evidence).toHaveLength(6);
  });

  it('deepest level overall, with the tags at that level as evidence', () => {
    const d = discoveryDepth(drilled);
    expect(d.deepest).toEqual({ value: 3, evidence: [{ start: 300, end: 302, label: 'Onboarding: Personal stakes' }] });
  });

  it('share of symptoms drilled to impact (by parentId) and impacts to personal stakes', () => {
    const d = discoveryDepth(drilled);
    // s1 and s2 drilled, s3 not: 2 of 3. b1 drilled; b2 and b2b not: 1 of 3.
    expect(d.symptomsDrilled).toMatchObject({ value: 0.667, drilled: 2, of: 3 });
    expect(d.symptomsDrilled.evidence.map((e) => e.label)).toEqual(['Symptom, drilled deeper', 'Symptom, drilled deeper', 'Symptom, not drilled']);
    expect(d.impactsDrilled).toMatchObject({ value: 0.333, drilled: 1, of: 3 });
  });

  it('a level-2 tag in the same chain but drilling into another symptom does not count for this one', () => {
    const a = annotations({
      chains: [{ id: 'c', topic: 'T' }],
      tags: [tag('s1', 1, 0, 'c', null), tag('s2', 1, 10, 'c', null), tag('b', 2, 20, 'c', 's2'), tag('loose', 2, 30, 'c', null)],
    });
    expect(discoveryDepth(a).symptomsDrilled).toMatchObject({ value: 0.5, drilled: 1, of: 2 });
  });

  it('time to the first personal pain is its start in seconds from call start', () => {
    const d = discoveryDepth(drilled);
    expect(d.timeToPersonalPain).toEqual({ value: 300, evidence: [{ start: 300, end: 302, label: 'First personal pain (Onboarding)' }] });
  });

  it('a call with no tags: no chains, depth 0, shares and time unknown (null), no evidence', () => {
    const d = discoveryDepth(annotations({ chains: [{ id: 'c', topic: 'Empty' }] }));
    expect(d).toEqual({
      chains: { value: 0, evidence: [] },
      deepest: { value: 0, evidence: [] },
      perChain: [],
      symptomsDrilled: { value: null, drilled: 0, of: 0, evidence: [] },
      impactsDrilled: { value: null, drilled: 0, of: 0, evidence: [] },
      timeToPersonalPain: { value: null, evidence: [] },
    });
  });
});
