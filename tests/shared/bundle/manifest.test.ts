import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, MANIFEST_LIMITS, parseManifest, type BundleManifest } from '../../../shared/bundle/manifest';
import { AppError } from '../../../shared/errors';

const clip = (i: number) => ({
  id: `clip-${i}`,
  title: `Clip ${i}`,
  note: 'Listen to the question after the pause.',
  callTitle: 'Acme discovery',
  recordedAt: '2026-03-02T10:00:00.000Z',
  durationSec: 30,
  audio: `audio/${String(i).padStart(2, '0')}.m4a`,
  turns: [{ start: 0, end: 4.5, speaker: 'Dana', role: 'rep', text: 'Tell me more.', painLevels: [1], missedFollowUp: false, moments: ['door-opener'] }],
});
const valid = (): Record<string, unknown> => ({
  format: 'call-review-bundle',
  version: 1,
  id: '0b5c7a9e-6a1f-4c55-9b51-9d6f1c2b7e10',
  createdAt: '2026-03-04T09:00:00.000Z',
  playlist: { name: 'Third-level pain', description: 'Best moments' },
  clips: [clip(1), clip(2)],
});
const parse = (value: unknown) => parseManifest(JSON.stringify(value));
function refusal(value: unknown, text = JSON.stringify(value)): AppError {
  try {
    parseManifest(text);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the manifest was accepted');
}

describe('bundle manifest', () => {
  it('reads a valid manifest and fills defaults', () => {
    const m: BundleManifest = parse(valid());
    expect(m.clips).toHaveLength(2);
    expect(m.clips[0]!.turns[0]).toMatchObject({ speaker: 'Dana', painLevels: [1], moments: ['door-opener'] });
    const noDefaults = valid();
    (noDefaults.clips as Array<Record<string, unknown>>)[0]!.turns = [{ start: 0, end: 1, speaker: 'A', role: 'prospect', text: 'x' }];
    expect(parse(noDefaults).clips[0]!.turns[0]).toMatchObject({ painLevels: [], missedFollowUp: false, moments: [] });
  });

  it('refuses a newer format with the update message, not as damaged', () => {
    const e = refusal({ ...valid(), version: BUNDLE_VERSION + 1, clips: 'whatever a future version holds' });
    expect(e.code).toBe('NEWER_VERSION');
    expect(e.message).toBe(`This bundle was made by a newer Call Review (bundle format ${BUNDLE_VERSION + 1}); update the app to open it.`);
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['another format', JSON.stringify({ ...valid(), format: 'something-else' }), /not a Call Review bundle manifest/],
    ['no version', JSON.stringify({ ...valid(), version: undefined }), /no valid format version/],
    ['version 0', JSON.stringify({ ...valid(), version: 0 }), /no valid format version/],
    ['a fractional version', JSON.stringify({ ...valid(), version: 1.5 }), /no valid format version/],
    ['an id that is not a uuid', JSON.stringify({ ...valid(), id: '../../etc' }), /manifest.json, id:/],
    ['no clips', JSON.stringify({ ...valid(), clips: [] }), /at least one clip/],
    ['an audio path outside audio/', JSON.stringify({ ...valid(), clips: [{ ...clip(1), audio: '../../evil.m4a' }] }), /clips\.0\.audio/],
    ['an absolute audio path', JSON.stringify({ ...valid(), clips: [{ ...clip(1), audio: '/etc/passwd' }] }), /clips\.0\.audio/],
    ['an audio file of another type', JSON.stringify({ ...valid(), clips: [{ ...clip(1), audio: 'audio/01.exe' }] }), /clips\.0\.audio/],
    ['two clips with one id', JSON.stringify({ ...valid(), clips: [clip(1), { ...clip(2), id: 'clip-1' }] }), /same id/],
    ['two clips with one audio file', JSON.stringify({ ...valid(), clips: [clip(1), { ...clip(2), audio: 'audio/01.m4a' }] }), /same audio file/],
    ['a turn past the clip', JSON.stringify({ ...valid(), clips: [{ ...clip(1), turns: [{ ...clip(1).turns[0], end: 40 }] }] }), /after the end of its clip/],
    [
      'a turn ending before it starts',
      JSON.stringify({ ...valid(), clips: [{ ...clip(1), turns: [{ ...clip(1).turns[0], start: 5, end: 2 }] }] }),
      /ends before it starts/,
    ],
    ['a pain level 4', JSON.stringify({ ...valid(), clips: [{ ...clip(1), turns: [{ ...clip(1).turns[0], painLevels: [4] }] }] }), /painLevels/],
    ['a title too long', JSON.stringify({ ...valid(), clips: [{ ...clip(1), title: 'x'.repeat(201) }] }), /at most 200 characters/],
    ['a note too long', JSON.stringify({ ...valid(), clips: [{ ...clip(1), note: 'x'.repeat(5001) }] }), /at most 5,000 characters/],
    ['a clip too long', JSON.stringify({ ...valid(), clips: [{ ...clip(1), durationSec: MANIFEST_LIMITS.clipSeconds + 1 }] }), /durationSec/],
    [
      'a turn text too long',
      JSON.stringify({ ...valid(), clips: [{ ...clip(1), turns: [{ ...clip(1).turns[0], text: 'x'.repeat(MANIFEST_LIMITS.turnText + 1) }] }] }),
      /text/,
    ],
    [
      'too many clips',
      JSON.stringify({
        ...valid(),
        clips: Array.from({ length: MANIFEST_LIMITS.clips + 1 }, (_, i) => ({ ...clip(i), audio: `audio/${String(i).padStart(3, '0')}.m4a` })),
      }),
      /clips:/,
    ],
  ])('refuses %s as damaged, naming the field', (_label, text, message) => {
    const e = refusal(undefined, text);
    expect(e.code).toBe('CORRUPT_DOCUMENT');
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/^This bundle can't be opened: /);
  });
});
