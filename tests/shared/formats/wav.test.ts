import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceholderWavSize, readWavDataChunk } from '../../../shared/formats/wav';
import { audio } from '../../helpers/fixtures';

describe('readWavDataChunk', () => {
  it('finds the data chunk of a real recording', () => {
    const bytes = readFileSync(audio('jfk.wav'));
    const chunk = readWavDataChunk(bytes.subarray(0, 4096));
    expect(chunk).not.toBeNull();
    expect(chunk!.dataOffset + chunk!.declaredBytes).toBe(bytes.length);
  });

  it('returns null for anything that is not RIFF/WAVE', () => {
    expect(readWavDataChunk(new TextEncoder().encode('ID3 not a wav file at all'))).toBeNull();
    expect(readWavDataChunk(new Uint8Array(4))).toBeNull();
  });

  it('treats 0 and 0xFFFFFFFF as sizes that say nothing', () => {
    expect(isPlaceholderWavSize(0)).toBe(true);
    expect(isPlaceholderWavSize(0xffffffff)).toBe(true);
    expect(isPlaceholderWavSize(352000)).toBe(false);
  });
});
