import { describe, expect, it } from 'vitest';
import { createUndoHistory } from '../../../../renderer/review/history/undoHistory';
import { transcriptVersion, type Transcript } from '../../../../shared/domain/transcript';

const transcript = (createdAt: string, text = 'Hello.'): Transcript => ({
  source: { kind: 'vtt', name: 'call.vtt', language: null, createdAt },
  turns: [{ id: 't1', speakerId: 's1', start: 0, end: 1, text, words: [] }],
});

describe('transcriptVersion', () => {
  it('is kept by edits and changed by a new transcript', () => {
    const first = transcript('2026-01-01T00:00:00.000Z');
    expect(transcriptVersion({ ...first, turns: [] })).toBe(transcriptVersion(first));
    expect(transcriptVersion(transcript('2026-01-01T00:00:00.001Z'))).not.toBe(transcriptVersion(first));
    expect(transcriptVersion({ ...first, source: { ...first.source, kind: 'srt' } })).not.toBe(transcriptVersion(first));
    const redetected = { ...first, source: { ...first.source, speakersDetectedAt: '2026-01-02T00:00:00.000Z' } };
    expect(transcriptVersion(redetected)).not.toBe(transcriptVersion(first)); // its turns were redrawn
    expect(transcriptVersion(null)).toBeNull();
  });
});

describe('createUndoHistory', () => {
  it('undoes in reverse order, redoes what was undone, and a new change drops the redo', () => {
    const h = createUndoHistory<string>();
    h.changed('v1', 'a');
    h.changed('v1', 'b');
    expect(h.takeUndo('v1')).toBe('b');
    h.undone('v1', 'b-redo');
    expect(h.takeRedo('v1')).toBe('b-redo');
    h.redone('v1', 'b2');
    expect(h.takeUndo('v1')).toBe('b2');
    h.undone('v1', 'b2-redo');
    h.changed('v1', 'c');
    expect(h.takeRedo('v1')).toBeNull();
    expect(h.takeUndo('v1')).toBe('c');
    expect(h.takeUndo('v1')).toBe('a');
    expect(h.takeUndo('v1')).toBeNull();
  });

  it('a step that failed goes back on its stack', () => {
    const h = createUndoHistory<string>();
    h.changed('v1', 'a');
    const step = h.takeUndo('v1')!;
    h.putBack('v1', 'undo', step);
    expect(h.takeUndo('v1')).toBe('a');
  });

  it('starts over when the transcript is replaced: the old steps are neither undone nor redone', () => {
    const h = createUndoHistory<string>();
    h.changed('v1', 'a');
    h.changed('v1', 'b');
    h.undone('v1', 'b-redo');
    expect(h.takeUndo('v2')).toBeNull();
    expect(h.takeRedo('v2')).toBeNull();
    expect(h.takeUndo('v1')).toBeNull(); // gone for good, not kept for a return to v1
  });

  it('a step recorded for the old transcript after the new one arrived is dropped too', () => {
    const h = createUndoHistory<string>();
    h.changed('v2', 'new');
    h.changed('v1', 'late'); // an edit of the old transcript answered after the replacement
    expect(h.takeUndo('v2')).toBeNull();
  });

  it('a failed step put back after the transcript was replaced is not kept', () => {
    const h = createUndoHistory<string>();
    h.changed('v1', 'a');
    const step = h.takeUndo('v1')!;
    h.putBack('v1', 'undo', step);
    expect(h.takeUndo('v2')).toBeNull();
    expect(h.takeUndo('v1')).toBeNull();
  });
});
