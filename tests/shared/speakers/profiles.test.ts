import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import {
  matchVoices,
  mergeVoices,
  nameFromProfiles,
  namedByProfiles,
  undoVoiceMatch,
  voiceOfSpeaker,
  VOICE_MATCH_THRESHOLD,
} from '../../../shared/speakers/profiles';
import { dot, normalized } from '../../../shared/speakers/vectors';
import { random, voice, windowOf } from './voices';

const rand = random(11);
const dana = voice(rand);
const sam = voice(rand);
const lee = voice(rand);
const profile = (id: string, name: string, vector: Float32Array, role: Speaker['role'] = 'unknown') => ({ id, name, role, vector: Array.from(vector) });
const speaker = (id: string, name = `Speaker ${id.slice(1)}`, role: Speaker['role'] = 'unknown'): Speaker => ({ id, name, role });

describe('matchVoices', () => {
  it('pairs each voice with its most similar profile once, most similar pairs first, only from the threshold', () => {
    const voices = [windowOf(sam, rand, 0.9), windowOf(dana, rand, 0.9), voice(rand)];
    const found = matchVoices(voices, [profile('p-dana', 'Dana', dana), profile('p-sam', 'Sam', sam), profile('p-lee', 'Lee', lee)]);
    expect(found.map((f) => [f.speaker, f.profileId])).toEqual(expect.arrayContaining([
      [0, 'p-sam'],
      [1, 'p-dana'],
    ])); // prettier-ignore
    expect(found).toHaveLength(2); // the third voice is nobody's: random directions sit near 0
    expect(found.every((f) => f.similarity >= VOICE_MATCH_THRESHOLD)).toBe(true);
  });

  it('gives a profile to one voice only, the closer one, when two voices resemble it', () => {
    const closer = windowOf(dana, rand, 0.95);
    const further = windowOf(dana, rand, 0.75);
    const found = matchVoices([further, closer], [profile('p-dana', 'Dana', dana)]);
    expect(found).toEqual([{ speaker: 1, profileId: 'p-dana', similarity: expect.closeTo(dot(normalized(closer), dana), 5) }]);
  });

  it('matches nothing below the threshold', () => {
    expect(matchVoices([windowOf(dana, rand, VOICE_MATCH_THRESHOLD - 0.15)], [profile('p', 'Dana', dana)])).toEqual([]);
  });
});

describe('nameFromProfiles', () => {
  const profiles = [profile('p-dana', 'Dana', dana, 'rep'), profile('p-sam', 'Sam', sam, 'prospect')];
  const ids = ['s1', 's2'];

  it("gives a matched voice the profile's name and role, with the match; a rep makes the others prospects", () => {
    const out = nameFromProfiles([speaker('s1'), speaker('s2')], ids, [{ speaker: 1, profileId: 'p-dana', similarity: 0.8123 }], profiles);
    expect(out).toEqual([
      { id: 's1', name: 'Speaker 1', role: 'prospect' },
      { id: 's2', name: 'Dana', role: 'rep', voiceMatch: { profileId: 'p-dana', similarity: 0.812, status: 'applied' } },
    ]);
  });

  it('never renames a speaker the reviewer named, nor gives a profile whose name another speaker has', () => {
    const named = [speaker('s1', 'Alex'), speaker('s2', 'Dana')];
    const matches = [
      { speaker: 0, profileId: 'p-sam', similarity: 0.9 },
      { speaker: 1, profileId: 'p-dana', similarity: 0.9 },
    ];
    expect(nameFromProfiles(named, ids, matches, profiles)).toEqual(named);
    const taken = [speaker('s1', 'Dana'), speaker('s2')];
    expect(nameFromProfiles(taken, ids, [{ speaker: 1, profileId: 'p-dana', similarity: 0.9 }], profiles)).toEqual(taken);
  });

  it('names a speaker whose name is any name the app gives, not only its own number (an imported "Speaker 3" on s1)', () => {
    const out = nameFromProfiles([speaker('s1', 'Speaker 3'), speaker('s2')], ids, [{ speaker: 0, profileId: 'p-sam', similarity: 0.9 }], profiles);
    expect(out[0]).toMatchObject({ name: 'Sam', role: 'prospect', voiceMatch: { profileId: 'p-sam', status: 'applied' } });
  });

  it('does not make again a match the reviewer undid, but another profile may still name that speaker', () => {
    const undone = undoVoiceMatch({ id: 's1', name: 'Dana', role: 'rep', voiceMatch: { profileId: 'p-dana', similarity: 0.8, status: 'applied' } });
    expect(undone).toEqual({ id: 's1', name: 'Speaker 1', role: 'unknown', voiceMatch: { profileId: 'p-dana', similarity: 0.8, status: 'undone' } });
    expect(nameFromProfiles([undone], ['s1'], [{ speaker: 0, profileId: 'p-dana', similarity: 0.9 }], profiles)).toEqual([undone]);
    const other = nameFromProfiles([undone], ['s1'], [{ speaker: 0, profileId: 'p-sam', similarity: 0.7 }], profiles);
    expect(other[0]).toMatchObject({ name: 'Sam', role: 'prospect', voiceMatch: { profileId: 'p-sam', status: 'applied' } });
  });

  it('takes back names an earlier match gave before matching again (the voices may have changed)', () => {
    const before = [speaker('s1', 'Dana', 'rep'), speaker('s2', 'Speaker 2', 'prospect')];
    before[0]!.voiceMatch = { profileId: 'p-dana', similarity: 0.8, status: 'applied' };
    const after = nameFromProfiles(before, ids, [{ speaker: 1, profileId: 'p-dana', similarity: 0.85 }], profiles);
    expect(after[0]).toEqual({ id: 's1', name: 'Speaker 1', role: 'prospect' });
    expect(after[1]).toMatchObject({ name: 'Dana', role: 'rep' });
  });

  it('namedByProfiles matches detected voices in speaker order (voice k is s{k+1})', () => {
    const out = namedByProfiles(
      [speaker('s1'), speaker('s2')],
      [windowOf(sam, rand, 0.9), windowOf(dana, rand, 0.9)],
      [{ ...profiles[0]!, sources: [], createdAt: '2026-01-01T00:00:00.000Z' }],
    );
    expect(out.map((s) => s.name)).toEqual(['Speaker 1', 'Dana']);
    expect(namedByProfiles([speaker('s1')], [dana], [])).toEqual([speaker('s1')]);
  });
});

describe('voiceOfSpeaker', () => {
  const turn = (speakerId: string, start: number, end: number): Turn => ({ id: `${speakerId}-${start}`, speakerId, start, end, text: '', words: [] });
  const turns = [turn('s1', 0, 10), turn('s2', 10, 20)];
  const analysis = (windows: VoiceAnalysis['windows'], embeddings: Float32Array[]): VoiceAnalysis => ({ durationSec: 20, segments: [], windows, embeddings });

  it("averages only the windows heard alone inside the speaker's own turns, weighted by length", () => {
    const a = analysis(
      [
        { start: 0, end: 3, segment: 0, overlapped: false },
        { start: 3, end: 4, segment: 0, overlapped: false },
        { start: 9, end: 11, segment: 1, overlapped: false }, // across the change of speaker
        { start: 5, end: 8, segment: 0, overlapped: true }, // someone talked over it
        { start: 12, end: 15, segment: 2, overlapped: false }, // the other speaker's
      ],
      [dana, sam, lee, lee, lee],
    );
    const found = voiceOfSpeaker(a, turns, 's1')!;
    expect(found.seconds).toBe(4);
    expect(Array.from(found.vector)).toEqual(Array.from(mergeVoices({ vector: dana, seconds: 3 }, { vector: sam, seconds: 1 })));
    expect(dot(found.vector, lee)).toBeLessThan(0.3);
  });

  it('is null when none of the speaker was heard alone', () => {
    expect(voiceOfSpeaker(analysis([{ start: 12, end: 15, segment: 0, overlapped: false }], [sam]), turns, 's1')).toBeNull();
  });
});

describe('mergeVoices', () => {
  it('leans towards the voice heard longer', () => {
    const merged = mergeVoices({ vector: dana, seconds: 90 }, { vector: sam, seconds: 10 });
    expect(dot(merged, dana)).toBeGreaterThan(dot(merged, sam));
    expect(Math.hypot(...merged)).toBeCloseTo(1, 5);
  });
});
