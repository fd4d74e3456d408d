/**
 * The relevance floor of meaning search: a turn whose cosine to the query is below it is not a match.
 * all-MiniLM-L6-v2 gives short unrelated sentences up to ~0.3 ("purple elephant banana quantum" → 0.29,
 * "asdf qwerty" → 0.30 on the labelled set), paraphrases 0.4–0.7 (fixtures README; bench:search).
 */
export const MEANING_FLOOR = 0.35;
