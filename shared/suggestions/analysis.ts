import type { Turn } from '../domain/transcript';
import { asksStakes, stakesInContext } from './context';
import { detectDoorOpener } from './doorOpener';
import { isBackchannel } from './missedFollowUp';
import { detectPain } from './pain';
import { detectPitch } from './pitch';
import type { SuggestionRoles } from './roles';
import { readTurn, sentencesRaw, sentencesSpan, type Match, type ReadTurn } from './text';
import { suggestionId, type SuggestionKind } from './types';

export type Analysis = { read: ReadTurn; pain: ReturnType<typeof detectPain>; door: ReturnType<typeof detectDoorOpener>; pitch: Match[]; asksStakes: boolean };

/** A turn as the rules read it in its call: who speaks, and what the rules found (in context). */
export type TurnView = Analysis & { side: 'rep' | 'prospect' | null; backchannel: boolean };

/**
 * What the rules find in a turn depends on the turn alone; turns are immutable, so accepting or
 * dismissing (which re-runs `suggest`) reuses it instead of re-reading a 2,000-turn call (~150 ms).
 */
const analyses = new WeakMap<Turn, Analysis>();
function analyse(turn: Turn): Analysis {
  let a = analyses.get(turn);
  if (!a) {
    const read = readTurn(turn);
    const pain = detectPain(read);
    a = { read, pain, door: detectDoorOpener(read, pain), pitch: detectPitch(read), asksStakes: asksStakes(read) };
    analyses.set(turn, a);
  }
  return a;
}

/**
 * A prospect turn read after the rep's question ("who gets asked about that?" → "Me."): the answer can
 * reach personal stakes the turn alone doesn't show, and a level-3 answer is no longer a door.
 */
function inContext(a: Analysis, asked: boolean): Analysis {
  if (!asked || a.pain?.level === 3) return a;
  const stakes = stakesInContext(asked, a.read);
  if (!stakes) return a;
  const pain = { level: 3 as const, evidence: stakes };
  return { ...a, pain, door: detectDoorOpener(a.read, pain) };
}

/** Every turn of a call read by the rules, in order, each prospect turn in the light of the rep's last question. */
export function readCall(turns: readonly Turn[], roles: Extract<SuggestionRoles, { ok: true }>): TurnView[] {
  let asked = false;
  return turns.map((turn) => {
    const side = roles.rep.has(turn.speakerId) ? 'rep' : roles.prospect.has(turn.speakerId) ? 'prospect' : null;
    const analysis = analyse(turn);
    const view = side === 'prospect' ? inContext(analysis, asked) : analysis;
    const backchannel = isBackchannel(view.read);
    // The rep's last real question sets the context for the prospect's next turn.
    if (side === 'rep' && !backchannel) asked = analysis.asksStakes;
    else if (side === 'prospect') asked = false;
    return { ...view, side, backchannel };
  });
}

export const evidenceOf = (m: Match) => ({ span: m.span, text: m.text });

/**
 * Where a suggestion sits: the sentences holding its evidence. Anchoring on the words (not the turn)
 * keeps the id when the reviewer splits or merges turns around them.
 */
export function located(kind: SuggestionKind, read: ReadTurn, evidence: readonly Match[]) {
  const first = Math.min(...evidence.map((m) => m.sentence));
  const last = Math.max(...evidence.map((m) => m.sentence));
  const span = sentencesSpan(read, first, last);
  return { id: suggestionId(kind, span), span, turnId: read.turn.id, excerpt: sentencesRaw(read, first, last), evidence: evidence.map(evidenceOf) };
}

/** A sentence of the turn as a match (the whole sentence is the evidence). */
export function sentenceMatch(read: ReadTurn, index: number): Match {
  const s = read.sentences[index] ?? { from: 0, to: read.text.length };
  return { from: s.from, to: s.to, text: read.raw.slice(s.from, s.to).trim(), span: read.spanOf(s.from, s.to), sentence: read.sentences[index] ? index : 0 };
}
