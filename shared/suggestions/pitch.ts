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
  return findAll(read, PITCH).filter((m) => !lookalikes.some((l) => m.from < l.to && l.from < m.to));
}
