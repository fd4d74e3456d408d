/**
 * The relevance floor of meaning search: a turn whose cosine to the query is below it is not a match.
 * all-MiniLM-L6-v2 gives the best turn of the labelled set 0.29–0.34 for nonsense ("purple elephant banana
 * quantum", "asdf qwerty zxcv", "lorem ipsum dolor sit amet": bench:search), and close paraphrases
 * 0.4–0.7 ("If we fall short of the target again, I could lose my position." vs "If we miss our target
 * again this quarter, I might lose my job." 0.66). Looser wording ("another missed quarter and I'm probably
 * out of a job", 0.27) falls under it: this model separates meaning from noise only narrowly.
 */
export const MEANING_FLOOR = 0.35;
