import { describe, expect, it } from 'vitest';
import { deltaText, figureText, missingText } from '../../../renderer/compare/figureText';

describe('compared figures in words', () => {
  it('values read in their unit', () => {
    expect(figureText('score', 61)).toBe('61 / 100');
    expect(figureText('level', 2)).toBe('2 of 3');
    expect(figureText('share', 0.422)).toBe('42%');
    expect(figureText('seconds', 0.84)).toBe('0.8 s');
    expect(figureText('seconds', 75)).toBe('1:15');
    expect(figureText('rating', 4.333)).toBe('4.33 of 5');
    expect(figureText('rate', 54.55)).toBe('54.6');
    expect(figureText('yes-no', true)).toBe('Yes');
    expect(figureText('count', null)).toBe('not available');
  });

  it('differences are signed, shares in percentage points', () => {
    expect(deltaText({ kind: 'score', a: 50, b: 62, delta: 12 })).toBe('+12');
    expect(deltaText({ kind: 'share', a: 0.5, b: 0.45, delta: -0.05 })).toBe('−5 pts');
    expect(deltaText({ kind: 'level', a: 1, b: 2, delta: 1 })).toBe('+1 level');
    expect(deltaText({ kind: 'seconds', a: 90, b: 10, delta: -80 })).toBe('−1:20');
    expect(deltaText({ kind: 'count', a: 2, b: 2, delta: 0 })).toBe('±0');
    expect(deltaText({ kind: 'rate', a: 54.55, b: 0, delta: -54.55 })).toBe('−54.6');
  });

  it('yes/no figures say whether they changed; a missing side has no comparison', () => {
    expect(deltaText({ kind: 'yes-no', a: true, b: false, delta: null })).toBe('changed');
    expect(deltaText({ kind: 'yes-no', a: false, b: false, delta: null })).toBe('same');
    expect(deltaText({ kind: 'share', a: null, b: 0.5, delta: null })).toBe('no comparison');
    expect(missingText({ a: null, b: 0.5 })).toBe('Call A does not have this figure.');
    expect(missingText({ a: 1, b: 2 })).toBeNull();
  });
});
