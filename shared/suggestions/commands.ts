import type { AnnotationCommand, Annotations } from '../domain/annotations';
import { proposeParent, tagCommand } from '../domain/chains';
import type { Suggestion } from './types';

export type Fresh = { id: string; author: string; createdAt: string };

/** The chain a symptom opens is named like keyboard tagging names it: the opening words it was said with. */
const topicOf = (excerpt: string) =>
  excerpt
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .join(' ')
    .replace(/[.,;:!?…]+$/, '');

/**
 * Accepting a suggestion makes it the reviewer's own mark, as one undo step: a missed follow-up becomes
 * a follow-up (with the suggested question), a door-opener or pitch a moment, a pain a tag that joins
 * the nearest open chain exactly as pressing 1/2/3 on the turn would (hence `annotations`). The mark
 * covers the suggestion's span, so the suggestion is not offered again.
 */
export function acceptSuggestionCommand(suggestion: Suggestion, fresh: Fresh, annotations: Annotations): AnnotationCommand {
  const span = { ...suggestion.span };
  switch (suggestion.kind) {
    case 'missed-follow-up':
      return {
        type: 'put',
        collection: 'followUps',
        item: { ...fresh, span, reason: suggestion.followUpReason, shouldHaveAsked: suggestion.shouldHaveAsked },
      };
    case 'door-opener':
    case 'pitch':
      return { type: 'put', collection: 'moments', item: { ...fresh, kind: suggestion.kind, span } };
    case 'pain': {
      const parent = proposeParent(annotations, suggestion.level, span.start);
      return tagCommand(annotations, { ...fresh, level: suggestion.level, span }, parent?.id ?? null, topicOf(suggestion.excerpt));
    }
  }
}

/** Dismissing remembers the id, so the same suggestion stays gone after reloads and turn edits. */
export const dismissSuggestionCommand = (suggestion: Pick<Suggestion, 'id'>): AnnotationCommand => ({
  type: 'put',
  collection: 'dismissed',
  item: { id: suggestion.id },
});
