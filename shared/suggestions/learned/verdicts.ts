import { emptyAnnotations, type AnnotationCommand, type PainLevel } from '../../domain/annotations';
import type { Speaker } from '../../domain/call';
import type { Turn } from '../../domain/transcript';
import { readCall } from '../analysis';
import { suggestionRoles } from '../roles';
import { suggest } from '../suggest';
import { SuggestionKind } from '../types';
import { callExamples } from './features';
import type { LocalExample } from './model';

/**
 * A reviewer's verdict read from an annotation command: a mark they put (by hand or by accepting a
 * suggestion, which puts the same mark) is a positive of its kind, a dismissal a negative. `markId`
 * names it, so undoing the mark (removing that id) takes the verdict back.
 */
export type Verdict = { markId: string; kind: SuggestionKind; positive: boolean; level?: PainLevel; at: number };

/** A dismissal's id is the suggestion's: `<kind>@<start in ms>` (see suggestionId). */
function dismissalVerdict(id: string): Verdict[] {
  const m = /^([a-z-]+)@(\d+)$/.exec(id);
  const kind = m ? SuggestionKind.safeParse(m[1]) : null;
  return kind?.success ? [{ markId: id, kind: kind.data, positive: false, at: Number(m![2]) / 1000 }] : [];
}

/** The verdicts a command puts (a batch's, in order). */
export function verdictsOf(command: AnnotationCommand): Verdict[] {
  if (command.type === 'batch') return command.commands.flatMap(verdictsOf);
  if (command.type === 'remove') return [];
  switch (command.collection) {
    case 'tags':
      return [{ markId: command.item.id, kind: 'pain', positive: true, level: command.item.level, at: command.item.span.start }];
    case 'moments':
      return [{ markId: command.item.id, kind: command.item.kind, positive: true, at: command.item.span.start }];
    case 'followUps':
      return [{ markId: command.item.id, kind: 'missed-follow-up', positive: true, at: command.item.span.start }];
    case 'dismissed':
      return dismissalVerdict(command.item.id);
    default:
      return [];
  }
}

/** The ids a command removes (undoing a mark or a dismissal), so their verdicts go too. */
export function removedIdsOf(command: AnnotationCommand): string[] {
  if (command.type === 'batch') return command.commands.flatMap(removedIdsOf);
  return command.type === 'remove' ? [command.id] : [];
}

export type VerdictCall = { turns: readonly Turn[]; speakers: readonly Speaker[]; vectors: ReadonlyMap<string, Float32Array> };

/** The turn a time falls in (the last one starting at or before it). */
function turnAt(turns: readonly Turn[], at: number): number {
  let found = -1;
  turns.forEach((t, i) => {
    if (t.start <= at + 0.001) found = i;
  });
  return found;
}

/**
 * Each verdict as the classifier learns it: the turn's example in context (its vector, the previous
 * turn's, the rules' cues), as `callExamples` builds them for the labelled set. A missed follow-up marked
 * with F sits on the prospect's door; the model learns it on the rep's reply, the next rep turn that is
 * not a backchannel. Verdicts on turns without a vector or a side are left out.
 */
export function verdictExamples(call: VerdictCall, verdicts: readonly Verdict[]): { verdict: Verdict; local: LocalExample }[] {
  const roles = suggestionRoles(call.speakers);
  if (!roles.ok || verdicts.length === 0) return [];
  const views = readCall(call.turns, roles);
  // The rules' own findings, before any reviewer's mark or dismissal, are the cues the model reads.
  const rules = suggest({ turns: call.turns, speakers: call.speakers, annotations: emptyAnnotations() });
  const examples = callExamples(views, rules, call.vectors);
  return verdicts.flatMap((verdict) => {
    let i = turnAt(call.turns, verdict.at);
    if (verdict.kind === 'missed-follow-up' && views[i]?.side === 'prospect') {
      i = views.findIndex((v, j) => j > i && v.side === 'rep' && !v.backchannel);
    }
    const example = i >= 0 ? examples[i] : null;
    if (!example) return [];
    const local: LocalExample = { example, kind: verdict.kind, positive: verdict.positive };
    if (verdict.level) local.level = verdict.level;
    return [{ verdict, local }];
  });
}
