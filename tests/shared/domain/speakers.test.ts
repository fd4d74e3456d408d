import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../shared/domain/call';
import { hasPlaceholderName, needsRep, rolesFromMyName, withRep } from '../../../shared/domain/speakers';

const speakers: Speaker[] = [
  { id: 's1', name: 'Dana Rep', role: 'unknown' },
  { id: 's2', name: 'Sam', role: 'unknown' },
  { id: 's3', name: 'Assistant', role: 'other' },
];

describe('speaker roles', () => {
  it('makes one speaker the rep and the unassigned others prospects, keeping "other"', () => {
    expect(withRep(speakers, 's2').map((s) => s.role)).toEqual(['prospect', 'rep', 'other']);
    expect(withRep(withRep(speakers, 's2'), 's1').map((s) => s.role)).toEqual(['rep', 'prospect', 'other']);
  });

  it('recognises the rep by the name the library remembers, ignoring case', () => {
    expect(rolesFromMyName(speakers, 'dana rep').map((s) => s.role)).toEqual(['rep', 'prospect', 'other']);
    expect(rolesFromMyName(speakers, 'Someone else')).toBe(speakers);
    expect(rolesFromMyName(speakers, null)).toBe(speakers);
  });

  it('asks for the rep only while nobody is the rep', () => {
    expect(needsRep(speakers)).toBe(true);
    expect(needsRep(withRep(speakers, 's1'))).toBe(false);
    expect(needsRep([])).toBe(false);
  });

  it("tells a name the app gave (a detected voice's, a stereo channel's) from one a person gave", () => {
    for (const name of ['Speaker 1', 'Speaker 12', ' Speaker 2 ', 'Left channel', 'Right channel']) expect(hasPlaceholderName({ name }), name).toBe(true);
    for (const name of ['Dana Rep', 'Speaker', 'Speaker 1b', 'Speaker Dana', 'left channel', 'Left channel mic'])
      expect(hasPlaceholderName({ name }), name).toBe(false);
  });
});
