import type { PainLevel } from '../domain/annotations';
import { PAIN_LEVEL_NAMES } from '../domain/annotations';
import type { DoorCue } from './doorOpener';
import type { Match } from './text';

/** Quotes stay short: a reason is one line in the suggestions list. */
export function q(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`;
}

const first = (evidence: readonly Match[]): string => evidence[0]?.text ?? '';

/** What the door invites, in words for the reviewer. */
const DOOR_NOTES: Record<DoorCue, string> = {
  invitation: 'asks the rep to go on',
  'problem-question': 'asks about their own problem',
  hedge: 'hints at more than they say',
  symptom: 'names a symptom worth digging into',
  impact: 'names an impact; the personal stakes are one question away',
  marked: 'opened a door (marked by a reviewer)',
};

export const doorReason = (cue: DoorCue, evidence: readonly Match[]) => `Prospect: ${q(first(evidence))} ${DOOR_NOTES[cue]}`;

export const pitchReason = (evidence: readonly Match[]) => `Rep: ${q(first(evidence))} presents the product`;

export const painReason = (level: PainLevel, evidence: readonly Match[]) =>
  `Prospect: ${q(first(evidence))} reads as ${PAIN_LEVEL_NAMES[level].toLowerCase()} (level ${level})`;

export function missedReason(door: readonly Match[], reply: readonly Match[], pitched: boolean): string {
  return pitched ? `Prospect: ${q(first(door))} → rep: ${q(first(reply))}` : `Prospect: ${q(first(door))} → rep moved on: ${q(first(reply))}`;
}

/** A probing question fitting the kind of door that was left shut. */
export function shouldHaveAsked(cue: DoorCue, door: readonly Match[]): string {
  const said = q(first(door), 50);
  switch (cue) {
    case 'invitation':
      return 'Before showing anything: "What made you ask? What are you seeing on your side?"';
    case 'problem-question':
      return '"It comes up a lot. What happens on your side when it does, and what does it cost you?"';
    case 'hedge':
      return `"When you say ${said}, what do you mean?"`;
    case 'symptom':
      return `"You mentioned ${said}. Tell me more: why does that matter to the business?"`;
    case 'impact':
      return `"You mentioned ${said}. What does that mean for you personally?"`;
    case 'marked':
      return '"Tell me more about that. Why does it matter?"';
  }
}
