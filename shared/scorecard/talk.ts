import type { Span } from '../domain/annotations';
import { clock, evidence, lengthOf, round, unionOf, type Figure } from './evidence';
import type { Side, SideTurn, Sides } from './roles';

export type TalkTime = {
  /** Seconds the rep side spoke; null when no speaker is marked rep. */
  rep: Figure<number | null>;
  /** Seconds the prospect side spoke; null when no speaker is marked prospect. */
  prospect: Figure<number | null>;
  /** rep ÷ (rep + prospect), 0–1; null unless both sides are known and someone spoke. */
  ratio: Figure<number | null>;
};

export type Monologue = Figure<number | null> & { span: Span | null };

const speechOf = (turns: readonly SideTurn[], side: Side) => unionOf(turns.filter((t) => t.side === side));

/**
 * Talk time per side is the union of that side's turn intervals, not their sum: where two of a side's
 * turns overlap (two prospects at once, a split turn) that stretch of time counts once. Rep and prospect
 * talking over each other each get the overlap, as each was speaking.
 */
export function talkTime(sides: Sides): TalkTime {
  const repSpeech = speechOf(sides.turns, 'rep');
  const prospectSpeech = speechOf(sides.turns, 'prospect');
  const rep = lengthOf(repSpeech);
  const prospect = lengthOf(prospectSpeech);
  const repEvidence = repSpeech.map((s) => evidence(s, 'Rep speaking'));
  const known = sides.hasRep && sides.hasProspect && rep + prospect > 0;
  return {
    rep: { value: sides.hasRep ? round(rep) : null, evidence: repEvidence },
    prospect: { value: sides.hasProspect ? round(prospect) : null, evidence: prospectSpeech.map((s) => evidence(s, 'Prospect speaking')) },
    // What a click on the ratio plays is the rep's share of it.
    ratio: { value: known ? round(rep / (rep + prospect)) : null, evidence: known ? repEvidence : [] },
  };
}

/**
 * The longest monologue: consecutive rep speech with no prospect turn in between (turns of excluded
 * speakers do not break it). It runs from its first rep turn's start to the furthest rep turn end, so
 * the rep's own pauses inside it count; a prospect turn starting anywhere in it ends it there.
 * Null without a rep; 0 with no span when the rep never spoke.
 */
export function longestMonologue(sides: Sides): Monologue {
  if (!sides.hasRep) return { value: null, span: null, evidence: [] };
  let best: Span | null = null;
  let run: Span | null = null;
  const close = () => {
    if (run && (!best || run.end - run.start > best.end - best.start)) best = run;
    run = null;
  };
  for (const t of sides.turns) {
    if (t.side === 'prospect') close();
    else run = run ? { start: run.start, end: Math.max(run.end, t.end) } : { start: t.start, end: t.end };
  }
  close();
  const span = best as Span | null;
  if (!span) return { value: 0, span: null, evidence: [] };
  const length = round(span.end - span.start);
  return { value: length, span, evidence: [evidence(span, `Longest rep monologue (${clock(length)})`)] };
}
