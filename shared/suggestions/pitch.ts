import { pitchCues } from './cues';
import { NOT_PITCH, PITCH_PHRASES } from './lexicon';
import { compile, findAll, type Match, type ReadTurn } from './text';

const PITCH = compile(PITCH_PHRASES);
const LOOKALIKE = compile(NOT_PITCH);

/**
 * A rep's turn that presents the product: demo offers, product or feature talk. Lookalikes ("our
 * product team", "let me show you what I wrote down") cancel the pitch words they overlap.
 */
export function detectPitch(read: ReadTurn): Match[] {
  const lookalikes = findAll(read, LOOKALIKE);
  const real = (m: Match) => !lookalikes.some((l) => m.from < l.to && l.from < m.to);
  const phrases = findAll(read, PITCH).filter(real);
  // Structural cues (a product claim plus something product-like) catch pitches the phrases don't list.
  return phrases.length > 0 ? phrases : pitchCues(read).filter(real);
}
