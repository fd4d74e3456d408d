import { describe, expect, it } from 'vitest';
import {
  AnnotationCommand,
  Annotations as AnnotationsSchema,
  applyCommand,
  emptyAnnotations,
  type Annotations,
  type PainTag,
} from '../../../shared/domain/annotations';
import { chainDepth, chainTags, deleteChainCommand, proposeParent, relinkCommand, tagCommand } from '../../../shared/domain/chains';

const at = '2026-11-24T10:00:00.000Z';
const tag = (id: string, level: 1 | 2 | 3, start: number): Omit<PainTag, 'chainId' | 'parentId'> => ({
  id,
  level,
  span: { start, end: start + 2 },
  author: 'Dana',
  createdAt: at,
});
const run = (a: Annotations, c: AnnotationCommand) => applyCommand(a, c).next;

describe('annotation commands', () => {
  it('every command has an inverse that restores the previous state exactly', () => {
    let a = emptyAnnotations();
    const history: Annotations[] = [a];
    const inverses: AnnotationCommand[] = [];
    const commands: AnnotationCommand[] = [
      tagCommand(a, tag('t1', 1, 10), null, 'Meetings eat selling time'),
      { type: 'put', collection: 'comments', item: { id: 'c1', author: 'Manager', createdAt: at, at: 12, span: null, text: 'Good question' } },
      { type: 'put', collection: 'comments', item: { id: 'c1', author: 'Manager', createdAt: at, at: 12, span: null, text: 'Great question' } },
      { type: 'remove', collection: 'comments', id: 'c1' },
      {
        type: 'put',
        collection: 'followUps',
        item: {
          id: 'f1',
          author: 'Dana',
          createdAt: at,
          span: { start: 20, end: 24 },
          reason: 'pivoted-to-pitch',
          shouldHaveAsked: 'What does that cost you?',
        },
      },
    ];
    for (const c of commands) {
      const r = applyCommand(a, c);
      inverses.push(r.inverse);
      a = r.next;
      history.push(a);
    }
    for (let i = inverses.length - 1; i >= 0; i--) {
      a = run(a, inverses[i]!);
      expect(a).toEqual(history[i]);
    }
  });

  it('removing something that is not there changes nothing', () => {
    const a = emptyAnnotations();
    expect(applyCommand(a, { type: 'remove', collection: 'tags', id: 'nope' })).toEqual({ next: a, inverse: { type: 'batch', commands: [] } });
  });

  it('validates commands that cross the bridge', () => {
    expect(AnnotationCommand.safeParse({ type: 'put', collection: 'tags', item: { id: 'x' } }).success).toBe(false);
    expect(AnnotationCommand.safeParse({ type: 'remove', collection: 'tags', id: 'x' }).success).toBe(true);
    expect(AnnotationCommand.safeParse({ type: 'batch', commands: [{ type: 'remove', collection: 'everything', id: 'x' }] }).success).toBe(false);
  });
});

describe('pain chains', () => {
  function threeLevels() {
    let a = emptyAnnotations();
    a = run(a, tagCommand(a, tag('s', 1, 10), null, 'Onboarding'));
    a = run(a, tagCommand(a, tag('b', 2, 40), proposeParent(a, 2, 40)?.id ?? null, ''));
    a = run(a, tagCommand(a, tag('p', 3, 90), proposeParent(a, 3, 90)?.id ?? null, ''));
    return a;
  }

  it('a symptom opens a chain; deeper pains join the nearest earlier open chain', () => {
    const a = threeLevels();
    expect(a.chains).toEqual([{ id: 'chain-s', topic: 'Onboarding' }]);
    expect(chainTags(a, 'chain-s').map((t) => [t.id, t.level, t.parentId])).toEqual([
      ['s', 1, null],
      ['b', 2, 's'],
      ['p', 3, 'b'],
    ]);
    expect(chainDepth(a, 'chain-s')).toBe(3);
  });

  it('proposes nothing for a symptom, or when every earlier chain already has that level', () => {
    const a = threeLevels();
    expect(proposeParent(a, 1, 100)).toBeNull();
    expect(proposeParent(a, 2, 100)).toBeNull(); // the only symptom already drilled to level 2
    expect(proposeParent(a, 2, 5)).toBeNull(); // nothing earlier
  });

  it('re-linking moves a tag and what drills from it; a pain cannot drill into its own descendant', () => {
    let a = threeLevels();
    a = run(a, tagCommand(a, tag('s2', 1, 100), null, 'Forecasting'));
    a = run(a, relinkCommand(a, 'b', 's2'));
    expect(chainTags(a, 'chain-s2').map((t) => t.id)).toEqual(['s2', 'b', 'p']);
    expect(chainDepth(a, 'chain-s')).toBe(1);
    expect(() => relinkCommand(a, 'b', 'p')).toThrow(/cannot drill into itself/);
  });

  it('deleting a chain keeps its tags, unlinked, in one undoable step', () => {
    const a = threeLevels();
    const r = applyCommand(a, deleteChainCommand(a, 'chain-s'));
    expect(r.next.chains).toEqual([]);
    expect(r.next.tags.map((t) => [t.id, t.chainId, t.parentId])).toEqual([
      ['s', null, null],
      ['b', null, null],
      ['p', null, null],
    ]);
    expect(run(r.next, r.inverse)).toEqual(a);
  });
});

describe('annotation documents written before moments existed', () => {
  it('load with no moments and nothing dismissed, and take new moments as commands', () => {
    const old = AnnotationsSchema.parse({ tags: [], chains: [], followUps: [], comments: [] });
    expect(old).toEqual(emptyAnnotations());
    const pitch = { id: 'm1', author: 'Dana', createdAt: at, kind: 'pitch' as const, span: { start: 3, end: 9 } };
    const command = AnnotationCommand.parse({ type: 'put', collection: 'moments', item: pitch });
    const r = applyCommand(old, command);
    expect(r.next.moments).toEqual([pitch]);
    expect(applyCommand(r.next, r.inverse).next).toEqual(old);
    expect(() => AnnotationCommand.parse({ type: 'put', collection: 'moments', item: { ...pitch, kind: 'demo' } })).toThrow();
  });
});
