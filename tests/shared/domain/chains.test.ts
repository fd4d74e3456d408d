import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations, type AnnotationCommand, type Annotations, type PainTag } from '../../../shared/domain/annotations';
import {
  chainTags,
  deleteChainCommand,
  parentCandidates,
  relinkCommand,
  renameChainCommand,
  startChainCommand,
  tagOnSpan,
  unlinkedTags,
} from '../../../shared/domain/chains';

const at = '2026-11-24T10:00:00.000Z';
const tag = (id: string, level: 1 | 2 | 3, start: number, chainId: string | null, parentId: string | null): PainTag => ({
  id,
  level,
  span: { start, end: start + 2 },
  chainId,
  parentId,
  author: 'Dana',
  createdAt: at,
});
const run = (a: Annotations, c: AnnotationCommand | null) => (c ? applyCommand(a, c).next : a);

/** Two chains: onboarding (symptom → impact → stakes) and pricing (symptom only), and a loose impact. */
const base: Annotations = {
  ...emptyAnnotations(),
  chains: [
    { id: 'c1', topic: 'Onboarding' },
    { id: 'c2', topic: 'Pricing' },
  ],
  tags: [tag('a1', 1, 10, 'c1', null), tag('a2', 2, 20, 'c1', 'a1'), tag('a3', 3, 30, 'c1', 'a2'), tag('b1', 1, 40, 'c2', null), tag('x2', 2, 50, null, null)],
};

describe('chains panel helpers', () => {
  it('unlinkedTags lists tags with no chain or a chain that is gone, in time order', () => {
    expect(unlinkedTags(base).map((t) => t.id)).toEqual(['x2']);
    const deleted = run(base, deleteChainCommand(base, 'c1'));
    expect(unlinkedTags(deleted).map((t) => t.id)).toEqual(['a1', 'a2', 'a3', 'x2']);
    const dangling = { ...base, chains: base.chains.filter((c) => c.id !== 'c2') };
    expect(unlinkedTags(dangling).map((t) => t.id)).toEqual(['b1', 'x2']);
  });

  it('parentCandidates offers chained tags one level up from any chain, none for a symptom', () => {
    expect(parentCandidates(base, base.tags[4]!).map((t) => t.id)).toEqual(['a1', 'b1']);
    expect(parentCandidates(base, base.tags[2]!).map((t) => t.id)).toEqual(['a2']); // x2 has no chain
    expect(parentCandidates(base, base.tags[0]!)).toEqual([]);
  });

  it('relinking a step under another chain moves it and its deeper pains; "not linked" unlinks them', () => {
    const moved = run(base, relinkCommand(base, 'a2', 'b1'));
    expect(chainTags(moved, 'c2').map((t) => t.id)).toEqual(['b1', 'a2', 'a3']);
    expect(chainTags(moved, 'c1').map((t) => t.id)).toEqual(['a1']);
    const loose = run(base, relinkCommand(base, 'a2', null));
    expect(unlinkedTags(loose).map((t) => [t.id, t.parentId])).toEqual([
      ['a2', null],
      ['a3', 'a2'],
      ['x2', null],
    ]);
    expect(() => relinkCommand(base, 'a2', 'a3')).toThrow(/cannot drill into itself/);
  });

  it('tagOnSpan finds the tag of a level on the same words, tolerating float noise', () => {
    expect(tagOnSpan(base, 2, { start: 20.0000001, end: 22 })?.id).toBe('a2');
    expect(tagOnSpan(base, 1, { start: 20, end: 22 })).toBeUndefined();
    expect(tagOnSpan(base, 2, { start: 20, end: 21 })).toBeUndefined();
  });

  it('renames a chain, and does nothing for a chain that is gone', () => {
    expect(run(base, renameChainCommand(base, 'c2', 'Price shock')).chains[1]).toEqual({ id: 'c2', topic: 'Price shock' });
    expect(renameChainCommand(base, 'gone', 'x')).toBeNull();
  });

  it('an unlinked symptom starts a chain again, with its deeper pains; undo restores all', () => {
    const deleted = run(base, deleteChainCommand(base, 'c1'));
    const relinked = run(deleted, relinkCommand(deleted, 'a2', 'a1')); // a1 has no chain: a2 stays unlinked
    expect(unlinkedTags(relinked).map((t) => t.id)).toContain('a2');
    const { next, inverse } = applyCommand(relinked, startChainCommand(relinked, 'a1', 'c9', 'Onboarding again')!);
    expect(next.chains.at(-1)).toEqual({ id: 'c9', topic: 'Onboarding again' });
    expect(chainTags(next, 'c9').map((t) => t.id)).toEqual(['a1', 'a2']);
    expect(applyCommand(next, inverse).next).toEqual(relinked);
    expect(startChainCommand(base, 'a2', 'c9', 'x')).toBeNull(); // only a symptom opens a chain
  });
});
