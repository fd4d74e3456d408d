/**
 * On-device suggestions: rules and word lists (no model, no network) that propose door-openers, pitches,
 * missed follow-ups and pain levels for a reviewer to accept or dismiss. Measured on the labelled set in
 * eval/suggestions (`npm run eval:suggestions`).
 */
export { suggest, spansOverlap, type SuggestInput } from './suggest';
export { suggestionRoles, suggestionsUnavailable, type SuggestionRoles } from './roles';
export { acceptSuggestionCommand, dismissSuggestionCommand, type Fresh } from './commands';
export { Suggestion, SuggestionKind, Evidence, suggestionId } from './types';
export * as lexicon from './lexicon';
