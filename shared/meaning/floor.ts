/**
 * The relevance floor of meaning search: a turn whose cosine to the query is below it is not a match.
 * all-MiniLM-L6-v2 scores short unrelated sentences up to ~0.3 (on the labelled set: "purple elephant
 * banana quantum" 0.29, "asdf qwerty" 0.30) and close paraphrases 0.3–0.7 ("If we fall short of the
 * target again, I could lose my position." vs "…if we miss the number again this quarter, it's my job on
 * the line." 0.33): the model separates meaning from noise only narrowly, so the floor sits just above noise.
 */
export const MEANING_FLOOR = 0.31;
