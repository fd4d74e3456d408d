import { describe, expect, it } from 'vitest';
import type { AnnotationCommand } from '../../../../shared/domain/annotations';
import { suggestionId } from '../../../../shared/suggestions/types';
import { removedIdsOf, verdictExamples, verdictsOf } from '../../../../shared/suggestions/learned/verdicts';
import { SPEAKERS, turns } from '../build';
import { basis, vectorsFor } from './synthetic';

const authored = { author: 'Reviewer', createdAt: '2026-01-01T00:00:00.000Z' };
const CALL = turns([
  ['p', 'Our renewals slipped last quarter.'],
  ['rep', 'Mm-hmm.'],
  ['rep', 'Let me show you our dashboard.'],
  ['p', 'Sure, go ahead.'],
]);
const span = (i: number) => ({ start: CALL[i]!.start, end: CALL[i]!.end });

describe('a reviewer’s verdicts read from annotation commands', () => {
  it('marks are positives of their kind (a pain with its level), dismissals negatives, removals take them back', () => {
    const command: AnnotationCommand = {
      type: 'batch',
      commands: [
        { type: 'put', collection: 'chains', item: { id: 'c1', topic: 'renewals' } },
        { type: 'put', collection: 'tags', item: { id: 'tag1', ...authored, level: 2, span: span(0), chainId: 'c1', parentId: null } },
        { type: 'put', collection: 'moments', item: { id: 'm1', ...authored, kind: 'pitch', span: span(2) } },
        { type: 'put', collection: 'dismissed', item: { id: suggestionId('door-opener', span(3)) } },
        { type: 'put', collection: 'comments', item: { id: 'k1', ...authored, at: 1, span: null, text: 'nice' } },
      ],
    };
    expect(verdictsOf(command)).toEqual([
      { markId: 'tag1', kind: 'pain', positive: true, level: 2, at: span(0).start },
      { markId: 'm1', kind: 'pitch', positive: true, at: span(2).start },
      { markId: suggestionId('door-opener', span(3)), kind: 'door-opener', positive: false, at: Math.round(span(3).start * 1000) / 1000 },
    ]);
    expect(verdictsOf({ type: 'put', collection: 'dismissed', item: { id: 'not-a-suggestion' } })).toEqual([]);
    expect(removedIdsOf({ type: 'batch', commands: [{ type: 'remove', collection: 'tags', id: 'tag1' }, command] })).toEqual(['tag1']);
  });

  it('each verdict becomes its turn’s example in context; a follow-up marked on the door is learned on the rep’s reply', () => {
    const vectors = vectorsFor(CALL, [0, 1, 2, 3]);
    const out = verdictExamples({ turns: CALL, speakers: SPEAKERS, vectors }, [
      { markId: 'tag1', kind: 'pain', positive: true, level: 1, at: span(0).start },
      { markId: 'f1', kind: 'missed-follow-up', positive: true, at: span(0).start + 0.5 },
    ]);
    expect(out.map((o) => [o.verdict.markId, o.local.kind, o.local.level, o.local.example.text])).toEqual([
      ['tag1', 'pain', 1, 'Our renewals slipped last quarter.'],
      ['f1', 'missed-follow-up', undefined, 'Let me show you our dashboard.'], // past the backchannel
    ]);
    expect(out[1]!.local.example.previous).toEqual(basis(1));
    // A turn without a vector teaches nothing; nor does a call whose roles are unknown.
    expect(
      verdictExamples(
        { turns: CALL, speakers: SPEAKERS, vectors: new Map() },
        out.map((o) => o.verdict),
      ),
    ).toEqual([]);
    expect(
      verdictExamples(
        { turns: CALL, speakers: [], vectors },
        out.map((o) => o.verdict),
      ),
    ).toEqual([]);
  });
});
