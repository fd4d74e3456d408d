import type { AnnotationCommand, Annotations, PainLevel, PainTag } from './annotations';

/** A chain's tags from symptom down (level 1 → 3), each level in time order. */
export function chainTags(a: Annotations, chainId: string): PainTag[] {
  return a.tags.filter((t) => t.chainId === chainId).sort((x, y) => x.level - y.level || x.span.start - y.span.start);
}

/** Deepest level a chain reached (0 for an empty chain). */
export const chainDepth = (a: Annotations, chainId: string): number => Math.max(0, ...chainTags(a, chainId).map((t) => t.level));

/**
 * The tag a new level-`level` pain most likely drills into: the nearest earlier tag one level up whose
 * chain has not yet reached this level ("the nearest earlier open chain").
 */
export function proposeParent(a: Annotations, level: PainLevel, at: number): PainTag | null {
  if (level === 1) return null;
  const candidates = a.tags
    .filter((t) => t.level === level - 1 && t.span.start <= at && t.chainId !== null)
    .filter((t) => !a.tags.some((c) => c.parentId === t.id))
    .sort((x, y) => y.span.start - x.span.start);
  return candidates[0] ?? null;
}

/**
 * Tagging as one undo step: a symptom opens a new chain (named by `topic`); a deeper pain joins its
 * parent's chain, or stands alone when there is no parent to drill from.
 */
export function tagCommand(a: Annotations, tag: Omit<PainTag, 'chainId' | 'parentId'>, parentId: string | null, topic: string): AnnotationCommand {
  if (tag.level === 1) {
    const chainId = `chain-${tag.id}`;
    return {
      type: 'batch',
      commands: [
        { type: 'put', collection: 'chains', item: { id: chainId, topic } },
        { type: 'put', collection: 'tags', item: { ...tag, chainId, parentId: null } },
      ],
    };
  }
  const parent = parentId ? a.tags.find((t) => t.id === parentId) : undefined;
  return { type: 'put', collection: 'tags', item: { ...tag, chainId: parent?.chainId ?? null, parentId: parent?.id ?? null } };
}

/** Re-links a tag under another parent (or none), moving its own descendants along into that chain. */
export function relinkCommand(a: Annotations, tagId: string, parentId: string | null): AnnotationCommand {
  const parent = parentId ? a.tags.find((t) => t.id === parentId) : undefined;
  const chainId = parent?.chainId ?? null;
  const descendants = (id: string): string[] => a.tags.filter((t) => t.parentId === id).flatMap((t) => [t.id, ...descendants(t.id)]);
  const moved = new Set([tagId, ...descendants(tagId)]);
  if (parentId && moved.has(parentId)) throw new Error('A pain cannot drill into itself or a deeper pain of its own.');
  return {
    type: 'batch',
    commands: a.tags
      .filter((t) => moved.has(t.id))
      .map((t) => ({ type: 'put', collection: 'tags', item: { ...t, chainId, parentId: t.id === tagId ? (parent?.id ?? null) : t.parentId } })),
  };
}

/**
 * Removing tags, the one rule for untagging and for deleting a turn with its marks: a surviving deeper
 * pain that drilled into a removed tag drills into that tag's own surviving parent instead, and a chain
 * left without tags goes too (undo puts everything back).
 */
export function removeTagsCommands(a: Annotations, tagIds: Iterable<string>): AnnotationCommand[] {
  const removed = new Set(tagIds);
  const parentOf = new Map(a.tags.map((t) => [t.id, t.parentId]));
  const survivingParent = (id: string | null): string | null => {
    let at = id;
    while (at !== null && removed.has(at)) at = parentOf.get(at) ?? null;
    return at;
  };
  const commands: AnnotationCommand[] = [...removed].map((id) => ({ type: 'remove', collection: 'tags', id }));
  for (const t of a.tags) {
    if (removed.has(t.id) || t.parentId === null || !removed.has(t.parentId)) continue;
    commands.push({ type: 'put', collection: 'tags', item: { ...t, parentId: survivingParent(t.parentId) } });
  }
  for (const chain of a.chains) {
    const tags = a.tags.filter((t) => t.chainId === chain.id);
    if (tags.length > 0 && tags.every((t) => removed.has(t.id))) commands.push({ type: 'remove', collection: 'chains', id: chain.id });
  }
  return commands;
}

/** Deleting a chain keeps its tags (a reviewer's marks are not lost) but unlinks them. */
export function deleteChainCommand(a: Annotations, chainId: string): AnnotationCommand {
  return {
    type: 'batch',
    commands: [
      ...chainTags(a, chainId).map((t): AnnotationCommand => ({ type: 'put', collection: 'tags', item: { ...t, chainId: null, parentId: null } })),
      { type: 'remove', collection: 'chains', id: chainId },
    ],
  };
}

/** Tags the chains panel cannot show in a chain: no chain, or one that no longer exists. */
export function unlinkedTags(a: Annotations): PainTag[] {
  const chains = new Set(a.chains.map((c) => c.id));
  return a.tags.filter((t) => t.chainId === null || !chains.has(t.chainId)).sort((x, y) => x.span.start - y.span.start);
}

/**
 * The tags a tag may drill into: one level up, in a chain, in time order. Its own descendants are left
 * out (they cannot be one level up today, but a pain must never drill into itself).
 */
export function parentCandidates(a: Annotations, tag: PainTag): PainTag[] {
  if (tag.level === 1) return [];
  const chains = new Set(a.chains.map((c) => c.id));
  const below = new Set<string>();
  const walk = (id: string): void => {
    for (const t of a.tags) {
      if (t.parentId !== id || below.has(t.id)) continue;
      below.add(t.id);
      walk(t.id);
    }
  };
  walk(tag.id);
  return a.tags
    .filter((t) => t.level === tag.level - 1 && t.chainId !== null && chains.has(t.chainId) && t.id !== tag.id && !below.has(t.id))
    .sort((x, y) => x.span.start - y.span.start);
}

/** Spans built from the same words match to the float's last digits. */
const SAME_TIME = 0.001;

/** The tag of `level` on exactly this span, if any (tagging the same words again removes it). */
export function tagOnSpan(a: Annotations, level: PainLevel, span: { start: number; end: number }): PainTag | undefined {
  return a.tags.find((t) => t.level === level && Math.abs(t.span.start - span.start) < SAME_TIME && Math.abs(t.span.end - span.end) < SAME_TIME);
}

/** Renames a chain's topic; nothing when the chain is gone. */
export function renameChainCommand(a: Annotations, chainId: string, topic: string): AnnotationCommand | null {
  const chain = a.chains.find((c) => c.id === chainId);
  return chain ? { type: 'put', collection: 'chains', item: { ...chain, topic } } : null;
}

/** An unlinked symptom opens a chain of its own again, taking its deeper pains along. */
export function startChainCommand(a: Annotations, tagId: string, chainId: string, topic: string): AnnotationCommand | null {
  const tag = a.tags.find((t) => t.id === tagId);
  if (!tag || tag.level !== 1) return null;
  const moved = relinkCommand(a, tagId, null);
  const commands = moved.type === 'batch' ? moved.commands : [moved];
  return {
    type: 'batch',
    commands: [
      { type: 'put', collection: 'chains', item: { id: chainId, topic } },
      ...commands.map((c): AnnotationCommand => (c.type === 'put' && c.collection === 'tags' ? { ...c, item: { ...c.item, chainId } } : c)),
    ],
  };
}
