import { PAIN_LEVEL_NAMES } from '../../../shared/domain/annotations';
import type { Suggestion, SuggestionKind } from '../../../shared/suggestions';

export type SuggestionsByTurn = ReadonlyMap<string, readonly Suggestion[]>;

export const NO_SUGGESTIONS: readonly Suggestion[] = [];

export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['door-opener', 'pain', 'missed-follow-up', 'pitch'];

export const KIND_LABELS: Record<SuggestionKind, string> = {
  'door-opener': 'Door-opener',
  pitch: 'Pitch',
  'missed-follow-up': 'Missed follow-up',
  pain: 'Pain',
};

/** What a chip names: the kind, and for a pain its level ("Pain · Business impact"). */
export const suggestionLabel = (s: Suggestion): string => (s.kind === 'pain' ? `Pain · ${PAIN_LEVEL_NAMES[s.level]}` : KIND_LABELS[s.kind]);

const sameSpans = (x: Suggestion['evidence'], y: Suggestion['evidence']) =>
  x.length === y.length && x.every((e, i) => e.span.start === y[i]!.span.start && e.span.end === y[i]!.span.end && e.text === y[i]!.text);

/** Says the same thing on the same words: `suggest` builds new objects on every run, so identity can't tell. */
export function sameSuggestion(a: Suggestion, b: Suggestion): boolean {
  if (a.id !== b.id || a.turnId !== b.turnId || a.reason !== b.reason || a.excerpt !== b.excerpt) return false;
  if (a.span.start !== b.span.start || a.span.end !== b.span.end || !sameSpans(a.evidence, b.evidence)) return false;
  if (a.kind === 'pain' && b.kind === 'pain') return a.level === b.level;
  if (a.kind === 'missed-follow-up' && b.kind === 'missed-follow-up') {
    return a.followUpReason === b.followUpReason && a.shouldHaveAsked === b.shouldHaveAsked;
  }
  return a.kind === b.kind;
}

/**
 * Groups suggestions by the turn their words start in (in `suggest`'s order), reusing the previous
 * grouping's array for every turn whose suggestions say the same: rows are memoized on it, so accepting
 * or dismissing one suggestion re-renders one row (as tagsByTurn does for tags).
 */
export function groupSuggestionsByTurn(suggestions: readonly Suggestion[], previous: SuggestionsByTurn): SuggestionsByTurn {
  const fresh = new Map<string, Suggestion[]>();
  for (const s of suggestions) {
    const list = fresh.get(s.turnId);
    if (list) list.push(s);
    else fresh.set(s.turnId, [s]);
  }
  const result = new Map<string, readonly Suggestion[]>();
  for (const [turnId, list] of fresh) {
    const before = previous.get(turnId);
    const same = before !== undefined && before.length === list.length && before.every((s, i) => sameSuggestion(s, list[i]!));
    result.set(turnId, same ? before : list);
  }
  return result;
}

/** How many suggestions of each kind, for the panel. */
export function countByKind(suggestions: readonly Suggestion[]): Record<SuggestionKind, number> {
  const counts: Record<SuggestionKind, number> = { 'door-opener': 0, pain: 0, 'missed-follow-up': 0, pitch: 0 };
  for (const s of suggestions) counts[s.kind]++;
  return counts;
}
