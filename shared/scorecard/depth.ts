import { PAIN_LEVEL_NAMES, type Annotations, type PainLevel, type PainTag } from '../domain/annotations';
import { chainDepth, chainTags } from '../domain/chains';
import { evidence, share, round, type Evidence, type Figure } from './evidence';

/** A share of tags drilled one level deeper, with the counts behind it. */
export type DrillRate = Figure<number | null> & { drilled: number; of: number };

export type ChainDepth = Figure<number> & { chainId: string; topic: string };

export type DiscoveryDepth = {
  /** Pain chains that hold at least one tag (a chain emptied by relinking is not a chain the rep found). */
  chains: Figure<number>;
  /** Deepest level of any tag, chained or not (0 with no tags): a personal stake heard is heard. */
  deepest: Figure<number>;
  perChain: ChainDepth[];
  /** Symptoms (level 1) with a level-2 tag whose parentId is that symptom. */
  symptomsDrilled: DrillRate;
  /** Business impacts (level 2) with a level-3 tag whose parentId is that impact. */
  impactsDrilled: DrillRate;
  /** Seconds from the start of the call (times are call-relative) to the first level-3 tag; null if none. */
  timeToPersonalPain: Figure<number | null>;
};

const tagLabel = (t: PainTag, topic?: string) => `${topic ? `${topic}: ` : ''}${PAIN_LEVEL_NAMES[t.level]}`;

export const firstOfLevel = (tags: readonly PainTag[], level: PainLevel): PainTag | null =>
  tags.filter((t) => t.level === level).sort((a, b) => a.span.start - b.span.start)[0] ?? null;

/** Of the tags at `level`, those a deeper tag drills into, judged by parentId, not by chain or time. */
function drillRate(tags: readonly PainTag[], level: 1 | 2): DrillRate {
  const shallow = tags.filter((t) => t.level === level).sort((a, b) => a.span.start - b.span.start);
  const drilledIds = new Set(tags.filter((t) => t.level === level + 1 && t.parentId !== null).map((t) => t.parentId));
  const drilled = shallow.filter((t) => drilledIds.has(t.id));
  const ev: Evidence[] = shallow.map((t) => evidence(t.span, `${tagLabel(t)}, ${drilledIds.has(t.id) ? 'drilled deeper' : 'not drilled'}`));
  const value = share(drilled.length, shallow.length);
  return { value: value === null ? null : round(value), drilled: drilled.length, of: shallow.length, evidence: ev };
}

export function discoveryDepth(a: Annotations): DiscoveryDepth {
  const perChain: ChainDepth[] = a.chains
    .map((c) => ({ chain: c, tags: chainTags(a, c.id) }))
    .filter(({ tags }) => tags.length > 0)
    .map(({ chain, tags }) => ({
      chainId: chain.id,
      topic: chain.topic,
      value: chainDepth(a, chain.id),
      evidence: tags.map((t) => evidence(t.span, tagLabel(t, chain.topic))),
    }));
  const deepest = Math.max(0, ...a.tags.map((t) => t.level));
  const topicOf = (t: PainTag) => a.chains.find((c) => c.id === t.chainId)?.topic;
  const firstPersonal = firstOfLevel(a.tags, 3);
  return {
    chains: { value: perChain.length, evidence: perChain.flatMap((c) => c.evidence) },
    deepest: {
      value: deepest,
      evidence: a.tags
        .filter((t) => t.level === deepest)
        .sort((x, y) => x.span.start - y.span.start)
        .map((t) => evidence(t.span, tagLabel(t, topicOf(t)))),
    },
    perChain,
    symptomsDrilled: drillRate(a.tags, 1),
    impactsDrilled: drillRate(a.tags, 2),
    timeToPersonalPain: firstPersonal
      ? {
          value: firstPersonal.span.start,
          evidence: [evidence(firstPersonal.span, `First personal pain${topicOf(firstPersonal) ? ` (${topicOf(firstPersonal)})` : ''}`)],
        }
      : { value: null, evidence: [] },
  };
}
