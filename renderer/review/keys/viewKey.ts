/** What a keydown tells a view key binding: the character, the physical key and the modifiers. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>;

const TOP_ROW_DIGIT = /^Digit([0-9])$/;
const NUMPAD_DIGIT = /^Numpad([0-9])$/;

/**
 * The view key a keydown means, or null for none. Digits are bound to the physical key: on AZERTY the
 * top row types "&", "é", '"' and needs Shift for "1", "2", "3", so with or without Shift the key
 * labelled 1 is "1" (on the numpad only while it types digits: without Num Lock it is End, ↓, …).
 * Other keys are their character, letters lower-case; a Shift-ed letter is another key, and keys that
 * need Shift to be typed ("?") match by their character.
 */
export function viewKeyOf(e: KeyPress): string | null {
  const topRow = TOP_ROW_DIGIT.exec(e.code)?.[1];
  if (topRow !== undefined) return topRow;
  const numpad = NUMPAD_DIGIT.exec(e.code)?.[1];
  if (numpad !== undefined) return e.key === numpad ? numpad : null;
  if (e.shiftKey && /^[a-z0-9]$/i.test(e.key)) return null;
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}
