import { describe, expect, it } from 'vitest';
import { LibraryChange, callsChanged, everythingChanged, settingsChanged, touches } from '../../../shared/domain/libraryChange';

const A = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const B = '7d1c2f5e-0b7a-4c8e-9f3d-2a6b8c4e1f90';

describe('library changes', () => {
  it('touch only the parts of the calls they name', () => {
    const renamed = callsChanged('rename', [B], ['call']);
    expect(touches(renamed, A, 'call')).toBe(false);
    expect(touches(renamed, B, 'call')).toBe(true);
    expect(touches(renamed, B, 'transcript')).toBe(false);
    const transcribed = callsChanged('transcription', [A], ['call', 'transcript']);
    expect(touches(transcribed, A, 'transcript')).toBe(true);
    expect(touches(transcribed, A, 'annotations')).toBe(false);
  });

  it('a new library touches every part of every call; a settings change none', () => {
    for (const part of ['call', 'transcript', 'annotations'] as const) {
      expect(touches(everythingChanged('folder'), A, part)).toBe(true);
      expect(touches(settingsChanged('models'), A, part)).toBe(false);
    }
  });

  it('are what the contract carries', () => {
    expect(LibraryChange.parse(callsChanged('import', [A, B], ['call']))).toEqual({ reason: 'import', calls: [A, B], parts: ['call'] });
    expect(LibraryChange.safeParse({ reason: 'rename' }).success).toBe(false);
    expect(LibraryChange.safeParse({ reason: 'x', calls: ['../etc'], parts: [] }).success).toBe(false);
  });
});
