import type { Span } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { repQuestions, type Questions } from './questions';
import { responsiveness, type Patience } from './responsiveness';
import { sidesOf, type ExcludedSpeaker } from './roles';
import { longestMonologue, talkTime, type Monologue, type TalkTime } from './talk';
import type { Figure } from './evidence';

export type Conversation = {
  /** Both a rep and a prospect are known, so every conversation figure could be computed. */
  complete: boolean;
  /** In words: what is missing or left out, for the UI to show next to the figures. */
  notes: string[];
  /** Speakers whose role is "other" or "unknown" (or who are not in the speaker list): in no figure. */
  excluded: ExcludedSpeaker[];
  talkTime: TalkTime;
  longestMonologue: Monologue;
  questions: Questions;
  patience: Patience;
  patienceAfterDoors: Patience;
  interruptions: Figure<number | null>;
};

export function conversation(turns: readonly Turn[], speakers: readonly Speaker[], doors: readonly Span[]): Conversation {
  const sides = sidesOf(turns, speakers);
  const notes: string[] = [];
  if (!sides.hasRep) notes.push('No speaker is marked as the rep: rep figures are not computed.');
  if (!sides.hasProspect) notes.push('No speaker is marked as a prospect: the talk ratio, patience and interruptions are not computed.');
  const spoke = sides.excluded.filter((s) => s.talkTime > 0);
  if (spoke.length > 0) {
    const who = spoke.map((s) => `${s.name} (${s.role})`).join(', ');
    notes.push(`Left out of the conversation figures, as neither rep nor prospect: ${who}.`);
  }
  return {
    complete: sides.hasRep && sides.hasProspect,
    notes,
    excluded: sides.excluded,
    talkTime: talkTime(sides),
    longestMonologue: longestMonologue(sides),
    questions: repQuestions(sides.hasRep ? sides.turns.filter((t) => t.side === 'rep') : null),
    ...responsiveness(sides, doors),
  };
}
