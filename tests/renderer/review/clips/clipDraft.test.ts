import { describe, expect, it } from 'vitest';
import {
  draftRange,
  formatClipTime,
  initialFields,
  parseClipTime,
  playlistChoiceError,
  titleError,
  type ClipSource,
} from '../../../../renderer/review/clips/clipDraft';

const moment: ClipSource = { moment: { start: 4, end: 6.5 }, title: 'Door', withContext: true };
const range: ClipSource = { moment: { start: 2.04, end: 10.96 }, title: 'Range', withContext: false };

describe('clip draft', () => {
  it('writes and reads times as minutes:seconds', () => {
    expect(formatClipTime(0)).toBe('0:00.0');
    expect(formatClipTime(65.54)).toBe('1:05.5');
    expect(formatClipTime(59.96)).toBe('1:00.0');
    expect(parseClipTime('1:05.5')).toBe(65.5);
    expect(parseClipTime(' 65,5 ')).toBe(65.5);
    expect(parseClipTime('1:02:03')).toBe(3723);
    expect(parseClipTime('1:75')).toBeNull();
    expect(parseClipTime('soon')).toBeNull();
    expect(parseClipTime('')).toBeNull();
  });

  it('a moment gets context before and after, kept inside the call', () => {
    const fields = initialFields(moment, 3);
    expect(draftRange(moment, fields, 11)).toEqual({ range: { start: 1, end: 9.5 }, error: null });
    expect(draftRange(moment, { ...fields, before: '10', after: '1' }, 11)).toEqual({ range: { start: 0, end: 7.5 }, error: null });
    expect(draftRange(moment, { ...fields, after: '60' }, 11).range.end).toBe(11);
    expect(draftRange(moment, { ...fields, before: '61' }, 11).error).toBe('Context is at most 60 seconds (before).');
    expect(draftRange(moment, { ...fields, after: '-1' }, 11).error).toBe('Context is 0 seconds or more (after).');
    expect(draftRange(moment, { ...fields, after: 'x' }, 11).error).toBe('Context after is a number of seconds.');
  });

  it('a selected range keeps its exact ends until they are edited, and says why a range cannot be a clip', () => {
    const fields = initialFields(range, 3);
    expect(fields).toMatchObject({ start: '0:02.0', end: '0:11.0' });
    // 10.96 shows as 0:11.0, which would be past the end of a 10.96 s call: the exact end is kept.
    expect(draftRange(range, fields, 10.96)).toEqual({ range: { start: 2.04, end: 10.96 }, error: null });
    expect(draftRange(range, { ...fields, end: '0:30' }, 10.96).error).toBe('The clip ends at 0:30, after the end of the call (0:11).');
    expect(draftRange(range, { ...fields, end: '0:01' }, 10.96).error).toBe('The clip ends (0:01) before it starts (0:02).');
    expect(draftRange(range, { ...fields, start: 'later' }, 10.96).error).toBe('Write the start as minutes:seconds, e.g. 1:05.5.');
  });

  it('checks the title and a new playlist’s name', () => {
    expect(titleError('  ')).toBe('A clip needs a title.');
    expect(titleError('Fine')).toBeNull();
    expect(playlistChoiceError({ kind: 'new', name: ' ' })).toBe('A playlist needs a name.');
    expect(playlistChoiceError({ kind: 'new', name: 'Best doors' })).toBeNull();
    expect(playlistChoiceError({ kind: 'none' })).toBeNull();
  });
});
