import type { CatalogueItem } from '../domain/models';
import { SPEED_CHOICES, threadsFor, type TranscriptionSpeed } from './engineProfile';

/** What the first-model offer needs of a catalogue item. */
export type OfferCandidate = Pick<CatalogueItem, 'id' | 'bytes' | 'englishOnly' | 'recommended'>;

/**
 * Measured: tiny.en at Balanced on the 2-core test machine transcribed the 120-s test call in 8.8 s
 * (`npm run bench:engine`, see SPEED_CHOICES), 0.073× real time.
 */
const TINY_BALANCED_TWO_THREADS = 8.8 / 120;
const MEASURED_THREADS = 2;
/** base has about twice tiny's weights and runs about twice as long (whisper.cpp's own bench); rough. */
const FAMILY_COST: Record<string, number> = { tiny: 1, base: 2 };
/** From the same measurements: Speed ~1.7× faster than Balanced, Accuracy ~1.8× slower. */
const SPEED_COST: Record<TranscriptionSpeed, number> = { speed: 1 / 1.7, balanced: 1, accuracy: 1.8 };

/** True for an English user interface ("en", "en-GB"); an empty or unknown locale counts as English. */
export function isEnglishLocale(locale: string): boolean {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return language === '' || language === 'en';
}

/** The multilingual model of an English-only one: "base.en" → "base", "tiny.en-q8_0" → "tiny-q8_0". */
export function multilingualSibling(id: string): string {
  return id.replace(/\.en(?=$|-)/, '');
}

/**
 * The model offered to a user who transcribes with none: the recommended one, or its multilingual
 * sibling when the interface is not in English (their calls likely are not either). Falls back to the
 * first catalogue entry when none is recommended; null for an empty catalogue.
 */
export function firstModelChoice<T extends OfferCandidate>(catalogue: readonly T[], locale: string): T | null {
  const recommended = catalogue.find((e) => e.recommended) ?? catalogue[0] ?? null;
  if (!recommended || !recommended.englishOnly || isEnglishLocale(locale)) return recommended;
  const sibling = multilingualSibling(recommended.id);
  return catalogue.find((e) => e.id === sibling && !e.englishOnly) ?? recommended;
}

/** What the model understands, in a few words. */
export function languagesText(model: Pick<OfferCandidate, 'englishOnly'>): string {
  return model.englishOnly ? 'English only' : 'Many languages (detected in each call)';
}

/**
 * Transcription time per hour of audio as a fraction of real time, scaled from the one measured
 * figure by model size, threads and speed; null for a model family never measured.
 */
export function realTimeFactor(modelId: string, cores: number, speed: TranscriptionSpeed): number | null {
  const family = /^(tiny|base)(?=$|[.-])/.exec(modelId)?.[1];
  const cost = family ? FAMILY_COST[family] : undefined;
  if (cost === undefined) return null;
  return (TINY_BALANCED_TWO_THREADS * cost * SPEED_COST[speed] * MEASURED_THREADS) / threadsFor(cores);
}

/** "About 9 minutes per hour of audio on this computer (2 cores, Balanced); an estimate from our measurements." */
export function estimateText(modelId: string, cores: number, speed: TranscriptionSpeed): string {
  const factor = realTimeFactor(modelId, cores, speed);
  const where = `${cores === 1 ? '1 core' : `${cores} cores`}, ${SPEED_CHOICES[speed].label}`;
  if (factor === null) return `No time measured for this model on this computer (${where}).`;
  const minutes = Math.max(1, Math.round(factor * 60));
  return `About ${minutes} minute${minutes === 1 ? '' : 's'} per hour of audio on this computer (${where}); an estimate from our measurements.`;
}
