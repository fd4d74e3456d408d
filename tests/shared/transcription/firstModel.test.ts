import { describe, expect, it } from 'vitest';
import { CATALOGUE, RECOMMENDED_MODEL } from '../../../shared/domain/models';
import { estimateText, firstModelChoice, isEnglishLocale, languagesText, multilingualSibling, realTimeFactor } from '../../../shared/transcription/firstModel';

const catalogue = CATALOGUE.map((e) => ({ ...e, recommended: e.id === RECOMMENDED_MODEL }));

describe('the model offered to a first transcription', () => {
  it('offers the recommended model to an English interface', () => {
    expect(firstModelChoice(catalogue, 'en-US')?.id).toBe('base.en');
    expect(firstModelChoice(catalogue, 'en')?.id).toBe('base.en');
    expect(firstModelChoice(catalogue, '')?.id).toBe('base.en');
  });

  it('offers its multilingual sibling when the interface is not in English', () => {
    expect(firstModelChoice(catalogue, 'de-DE')?.id).toBe('base');
    expect(firstModelChoice(catalogue, 'fr')?.id).toBe('base');
    expect(firstModelChoice(catalogue, 'pt_BR')?.id).toBe('base');
  });

  it('keeps the recommended model when the catalogue has no multilingual sibling', () => {
    const englishOnly = catalogue.filter((e) => e.id !== 'base');
    expect(firstModelChoice(englishOnly, 'de-DE')?.id).toBe('base.en');
  });

  it('falls back to the first entry when none is recommended, and to nothing for an empty catalogue', () => {
    const none = catalogue.map((e) => ({ ...e, recommended: false }));
    expect(firstModelChoice(none, 'en')?.id).toBe('tiny.en');
    expect(firstModelChoice([], 'en')).toBeNull();
  });

  it('names the sibling of an English-only id', () => {
    expect(multilingualSibling('base.en')).toBe('base');
    expect(multilingualSibling('tiny.en-q8_0')).toBe('tiny-q8_0');
    expect(multilingualSibling('base')).toBe('base');
  });

  it('tells English locales apart', () => {
    expect(['en', 'en-GB', 'EN-us'].map(isEnglishLocale)).toEqual([true, true, true]);
    expect(['de', 'es-419', 'ja-JP'].map(isEnglishLocale)).toEqual([false, false, false]);
  });

  it('says which languages a model understands', () => {
    expect(languagesText({ englishOnly: true })).toBe('English only');
    expect(languagesText({ englishOnly: false })).toBe('Many languages (detected in each call)');
  });
});

describe('the time a model costs on this computer', () => {
  it('starts from the measured figure: tiny.en at Balanced on 2 cores, 8.8 s for a 120-s call', () => {
    expect(realTimeFactor('tiny.en', 2, 'balanced')).toBeCloseTo(0.0733, 3);
  });

  it('doubles for base, scales with the threads used, and follows the speed setting', () => {
    expect(realTimeFactor('base.en', 2, 'balanced')).toBeCloseTo(0.1467, 3);
    expect(realTimeFactor('base', 8, 'balanced')).toBeCloseTo((0.1467 * 2) / 7, 3);
    expect(realTimeFactor('tiny.en-q8_0', 1, 'speed')).toBeCloseTo((0.0733 * 2) / 1.7, 3);
    expect(realTimeFactor('tiny.en', 2, 'accuracy')).toBeCloseTo(0.132, 3);
  });

  it('has no figure for a model family never measured', () => {
    expect(realTimeFactor('small.en', 2, 'balanced')).toBeNull();
    expect(realTimeFactor('test', 2, 'balanced')).toBeNull();
  });

  it('says it in minutes per hour of audio, and that it is an estimate', () => {
    expect(estimateText('base.en', 2, 'balanced')).toBe(
      'About 9 minutes per hour of audio on this computer (2 cores, Balanced); an estimate from our measurements.',
    );
    expect(estimateText('tiny.en', 16, 'speed')).toBe(
      'About 1 minute per hour of audio on this computer (16 cores, Speed); an estimate from our measurements.',
    );
    expect(estimateText('test', 1, 'balanced')).toBe('No time measured for this model on this computer (1 core, Balanced).');
  });
});
