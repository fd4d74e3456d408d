import { describe, expect, it } from 'vitest';
import { cosine, dequantize, meanPool, normalize, quantize } from '../../../shared/meaning/vectors';

describe('sentence vectors', () => {
  it('pools the tokens the mask keeps and scales to unit length', () => {
    // Two rows of three tokens, two dims; row 1 keeps its first two tokens.
    const hidden = Float32Array.from([9, 9, 9, 9, 9, 9, 3, 0, 0, 4, 100, 100]);
    const v = meanPool(hidden, [1, 1, 1, 1, 1, 0], 3, 2, 1);
    expect(Array.from(v)).toEqual([0.6, 0.8].map((x) => Math.fround(x)));
  });

  it('keeps cosines within 0.01 through 8 bits', () => {
    const a = normalize(Float32Array.from({ length: 384 }, (_, i) => Math.sin(i)));
    const b = normalize(Float32Array.from({ length: 384 }, (_, i) => Math.sin(i * 1.3) + 0.5 * Math.sin(i)));
    expect(Math.abs(cosine(dequantize(quantize(a)), dequantize(quantize(b))) - cosine(a, b))).toBeLessThan(0.01);
  });
});
