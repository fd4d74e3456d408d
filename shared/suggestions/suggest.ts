import type { Annotations, Span } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { asksStakes, stakesInContext } from './context';
import { detectDoorOpener } from './doorOpener';
import { findMissedFollowUps, isBackchannel, type PairingTurn } from './missedFollowUp';
import { detectPain } from './pain';
import { detectPitch } from './pitch';
import { suggestionRoles } from './roles';
import { readTurn, sentencesRaw, sentencesSpan, type Match, type ReadTurn } from './text';
import { suggestionId, type Suggestion, type SuggestionKind } from './types';
import { doorReason, missedReason, painReason, pitchReason, shouldHaveAsked } from './wording';

export type SuggestInput = { turns: readonly Turn[]; speakers: readonly Speaker[]; annotations: Annotations };

const KIND_ORDER: SuggestionKind[] = ['door-opener', 'pain', 'missed-follow-up', 'pitch'];

type Analysis = { read: ReadTurn; pain: ReturnType<typeof detectPain>; door: ReturnType<typeof detectDoorOpener>; pitch: Match[]; asksStakes: boolean };

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

/** Spans share time (a zero-length span counts when it lies inside the other). */
export function spansOverlap(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/**
 * Suggestions for a call, in time order. Empty when the roles are not known (see `suggestionsUnavailable`),
 * as every rule depends on who is speaking. A suggestion is left out when its id was dismissed or its
 * span already carries the reviewer's own mark of that kind (a moment, a pain tag of any level, a
 * follow-up). A reviewer's door-opener and pitch moments also count when pairing doors with replies, and
 * dismissed door-opener or pitch suggestions don't.
 */
export function suggest({ turns, speakers, annotations }: SuggestInput): Suggestion[] {
  const roles = suggestionRoles(speakers);
  if (!roles.ok) return [];
  const dismissed = new Set(annotations.dismissed.map((d) => d.id));
  const marked = (kind: 'door-opener' | 'pitch', span: Span) => annotations.moments.some((m) => m.kind === kind && spansOverlap(m.span, span));
  const out: Suggestion[] = [];
  const pairing: PairingTurn[] = [];

  let asked = false;
  for (const turn of turns) {
    const side = roles.rep.has(turn.speakerId) ? 'rep' : roles.prospect.has(turn.speakerId) ? 'prospect' : null;
    const analysis = analyse(turn);
    const { read, pain, door, pitch } = side === 'prospect' ? inContext(analysis, asked) : analysis;
    // The rep's last real question sets the context for the prospect's next turn.
    if (side === 'rep' && !isBackchannel(read)) asked = analysis.asksStakes;
    else if (side === 'prospect') asked = false;
    const entry: PairingTurn = { read, side, door: null, pitch: [] };
    pairing.push(entry);
    const turnSpan = { start: turn.start, end: Math.max(turn.start, turn.end) };
    if (side === 'prospect') {
      if (pain) out.push({ ...located('pain', read, pain.evidence), kind: 'pain', level: pain.level, reason: painReason(pain.level, pain.evidence) });
      const suggestion = door && { ...located('door-opener', read, door.evidence), kind: 'door-opener' as const, reason: doorReason(door.cue, door.evidence) };
      if (suggestion) out.push(suggestion);
      if (suggestion && !dismissed.has(suggestion.id)) entry.door = door;
      else if (marked('door-opener', turnSpan)) entry.door = { cue: door?.cue ?? 'marked', evidence: door?.evidence ?? [firstSentence(read)] };
    } else if (side === 'rep') {
      const suggestion = pitch.length > 0 ? { ...located('pitch', read, pitch), kind: 'pitch' as const, reason: pitchReason(pitch) } : null;
      if (suggestion) out.push(suggestion);
      if (suggestion && !dismissed.has(suggestion.id)) entry.pitch = pitch;
      else if (marked('pitch', turnSpan)) entry.pitch = pitch.length > 0 ? pitch : [firstSentence(read)];
    }
  }

  for (const miss of findMissedFollowUps(pairing)) {
    const reply = pairing[miss.reply.index]!;
    const cue = miss.door.finding.cue;
    out.push({
      ...located('missed-follow-up', reply.read, miss.reply.evidence),
      kind: 'missed-follow-up',
      followUpReason: miss.reason,
      shouldHaveAsked: shouldHaveAsked(cue, miss.door.finding.evidence),
      reason: missedReason(miss.door.finding.evidence, miss.reply.evidence, miss.reason === 'pivoted-to-pitch'),
      evidence: [...miss.door.finding.evidence, ...miss.reply.evidence].map(evidenceOf),
    });
  }

  const alreadyMarked = (s: Suggestion): boolean => {
    switch (s.kind) {
      case 'door-opener':
      case 'pitch':
        return marked(s.kind, s.span);
      case 'pain':
        return annotations.tags.some((t) => spansOverlap(t.span, s.span));
      case 'missed-follow-up':
        // A reviewer marks the miss with F on the door (the prospect's turn); the suggestion sits on the
        // rep's reply. Either place taken means this miss is already marked.
        return annotations.followUps.some((f) => [s.span, ...s.evidence.map((e) => e.span)].some((span) => spansOverlap(f.span, span)));
    }
  };
  return out
    .filter((s) => !dismissed.has(s.id) && !alreadyMarked(s))
    .sort((a, b) => a.span.start - b.span.start || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

const evidenceOf = (m: Match) => ({ span: m.span, text: m.text });

/**
 * Where a suggestion sits: the sentences holding its evidence. Anchoring on the words (not the turn)
 * keeps the id when the reviewer splits or merges turns around them.
 */
function located(kind: SuggestionKind, read: ReadTurn, evidence: readonly Match[]) {
  const first = Math.min(...evidence.map((m) => m.sentence));
  const last = Math.max(...evidence.map((m) => m.sentence));
  const span = sentencesSpan(read, first, last);
  return { id: suggestionId(kind, span), span, turnId: read.turn.id, excerpt: sentencesRaw(read, first, last), evidence: evidence.map(evidenceOf) };
}

function firstSentence(read: ReadTurn): Match {
  const s = read.sentences[0] ?? { from: 0, to: read.text.length };
  return { from: s.from, to: s.to, text: read.raw.slice(s.from, s.to).trim(), span: read.spanOf(s.from, s.to), sentence: 0 };
}
