import type { Annotations, Span } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { evidenceOf, located, readCall, sentenceMatch } from './analysis';
import { learnedSuggestions, type Meaning } from './learned/combine';
import { findMissedFollowUps, type PairingTurn } from './missedFollowUp';
import { suggestionRoles } from './roles';
import type { Suggestion, SuggestionKind } from './types';
import { doorReason, missedReason, painReason, pitchReason, shouldHaveAsked } from './wording';

/**
 * `meaning`: the turns' vectors and the learned weights; with it, a classifier adds what the rules miss
 * (learned/combine.ts). Without it, the rules alone.
 */
export type SuggestInput = { turns: readonly Turn[]; speakers: readonly Speaker[]; annotations: Annotations; meaning?: Meaning };

const KIND_ORDER: SuggestionKind[] = ['door-opener', 'pain', 'missed-follow-up', 'pitch'];

/** Spans share time (a zero-length span counts when it lies inside the other). */
export function spansOverlap(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/**
 * Suggestions for a call, in time order. Empty when the roles are not known (see `suggestionsUnavailable`),
 * as every rule depends on who is speaking. A suggestion is left out when its id was dismissed, the
 * learned model withdrew it (a rules' miss it reads as digging or after personal stakes), or its span
 * already carries the reviewer's own mark of that kind (a moment, a pain tag of any level, a follow-up). A reviewer's door-opener and pitch moments also count when pairing doors with replies, and
 * dismissed door-opener or pitch suggestions don't.
 */
export function suggest({ turns, speakers, annotations, meaning }: SuggestInput): Suggestion[] {
  const roles = suggestionRoles(speakers);
  if (!roles.ok) return [];
  const dismissed = new Set(annotations.dismissed.map((d) => d.id));
  const marked = (kind: 'door-opener' | 'pitch', span: Span) => annotations.moments.some((m) => m.kind === kind && spansOverlap(m.span, span));
  const out: Suggestion[] = [];
  const pairing: PairingTurn[] = [];

  const views = readCall(turns, roles);
  views.forEach(({ read, pain, door, pitch, side }) => {
    const turn = read.turn;
    const entry: PairingTurn = { read, side, door: null, pitch: [] };
    pairing.push(entry);
    const turnSpan = { start: turn.start, end: Math.max(turn.start, turn.end) };
    if (side === 'prospect') {
      if (pain) out.push({ ...located('pain', read, pain.evidence), kind: 'pain', level: pain.level, reason: painReason(pain.level, pain.evidence) });
      const suggestion = door && { ...located('door-opener', read, door.evidence), kind: 'door-opener' as const, reason: doorReason(door.cue, door.evidence) };
      if (suggestion) out.push(suggestion);
      if (suggestion && !dismissed.has(suggestion.id)) entry.door = door;
      else if (marked('door-opener', turnSpan)) entry.door = { cue: door?.cue ?? 'marked', evidence: door?.evidence ?? [sentenceMatch(read, 0)] };
    } else if (side === 'rep') {
      const suggestion = pitch.length > 0 ? { ...located('pitch', read, pitch), kind: 'pitch' as const, reason: pitchReason(pitch) } : null;
      if (suggestion) out.push(suggestion);
      if (suggestion && !dismissed.has(suggestion.id)) entry.pitch = pitch;
      else if (marked('pitch', turnSpan)) entry.pitch = pitch.length > 0 ? pitch : [sentenceMatch(read, 0)];
    }
  });

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

  let withdrawn: ReadonlySet<string> = new Set();
  if (meaning) {
    const learned = learnedSuggestions(views, [...out], pairing, dismissed, meaning);
    out.push(...learned.added);
    withdrawn = learned.withdrawn;
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
    .filter((s) => !dismissed.has(s.id) && !withdrawn.has(s.id) && !alreadyMarked(s))
    .sort((a, b) => a.span.start - b.span.start || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
