/**
 * How close in meaning a hit is, in words rather than a cosine. all-MiniLM-L6-v2 scores close
 * paraphrases 0.3–0.7 (see shared/meaning/floor.ts): above the floor everything is "close"; from 0.5 the
 * same idea in other words reads as "very close" (the labelled set's clearest paraphrase scores 0.52).
 */
export const VERY_CLOSE = 0.5;

export type Closeness = 'very close' | 'close';

export const closeness = (score: number): Closeness => (score >= VERY_CLOSE ? 'very close' : 'close');
