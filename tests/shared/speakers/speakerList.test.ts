import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { speakersAfterDetection } from '../../../shared/speakers/speakerList';

const turn = (speakerId: string): Turn => ({ id: `t-${speakerId}`, speakerId, start: 0, end: 1, text: 'hi', words: [] });
const speaker = (id: string, name: string, role: Speaker['role'] = 'unknown'): Speaker => ({ id, name, role });

describe('speakersAfterDetection', () => {
  it('numbers new voices, keeps the names and roles of ids that stay, and drops unnamed speakers with no turn', () => {
    const known = [speaker('s1', 'Dana', 'rep'), speaker('s2', 'Speaker 2')];
    expect(speakersAfterDetection(known, 3, [turn('s1'), turn('s2'), turn('s3')])).toEqual([
      speaker('s1', 'Dana', 'rep'),
      speaker('s2', 'Speaker 2'),
      speaker('s3', 'Speaker 3'),
    ]);
    // One voice: "Speaker 2" had no turn and no name of the user's.
    expect(speakersAfterDetection(known, 1, [turn('s1')])).toEqual([speaker('s1', 'Dana', 'rep')]);
  });

  it('keeps a speaker the reviewer named, or one a fixed turn still points at', () => {
    const known = [speaker('s1', 'Speaker 1'), speaker('s2', 'Speaker 2'), speaker('s3', 'Alex', 'prospect'), speaker('s4', 'Speaker 4')];
    expect(speakersAfterDetection(known, 2, [turn('s1'), turn('s2'), turn('s4')]).map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });
});
