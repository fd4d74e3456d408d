import { describe, expect, it } from 'vitest';
import { viewKeyOf } from '../../../../renderer/review/keys/viewKey';

const press = (key: string, code: string, shiftKey = false) => viewKeyOf({ key, code, shiftKey });

describe('view keys', () => {
  it('the top-row digit keys are digits on every layout, with or without Shift', () => {
    expect(press('1', 'Digit1')).toBe('1'); // US
    expect(press('&', 'Digit1')).toBe('1'); // AZERTY, no Shift
    expect(press('1', 'Digit1', true)).toBe('1'); // AZERTY, Shift types the digit
    expect(press('é', 'Digit2')).toBe('2');
    expect(press('"', 'Digit3')).toBe('3');
  });

  it('numpad digits count only while the numpad types digits', () => {
    expect(press('2', 'Numpad2')).toBe('2');
    expect(press('ArrowDown', 'Numpad2')).toBeNull();
  });

  it('letters are lower-case, a Shift-ed letter is another key, and Shift-typed characters match by character', () => {
    expect(press('F', 'KeyF')).toBe('f');
    expect(press('F', 'KeyF', true)).toBeNull();
    expect(press('?', 'Slash', true)).toBe('?');
    expect(press('?', 'Comma', true)).toBe('?'); // AZERTY's "?"
    expect(press('Enter', 'Enter')).toBe('Enter');
  });
});
