import { describe, expect, it } from 'vitest';
import { closeness, VERY_CLOSE } from '../../../shared/search/closeness';
import { MEANING_FLOOR } from '../../../shared/meaning/floor';

describe('how close a hit found by meaning is, in words', () => {
  it('is "close" from the relevance floor and "very close" from 0.5', () => {
    expect(VERY_CLOSE).toBeGreaterThan(MEANING_FLOOR);
    expect(closeness(MEANING_FLOOR)).toBe('close');
    expect(closeness(0.33)).toBe('close'); // "if we miss the number again…" to "if we fall short of the target…"
    expect(closeness(0.4999)).toBe('close');
    expect(closeness(0.5)).toBe('very close');
    expect(closeness(0.52)).toBe('very close'); // "I could be fired if our sales target slips" to the same
    expect(closeness(1)).toBe('very close');
  });
});
