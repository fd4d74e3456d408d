/**
 * Reads a whisper.cpp model file's header (magic + hyper-parameters) to tell what model it is, so a file
 * the user brings from disk is checked before use and DTW word timing gets the right preset.
 */
export type ModelHeader = {
  size: 'tiny' | 'base' | 'small' | 'medium' | 'large' | 'unknown';
  englishOnly: boolean;
  /** whisper.cpp's `--dtw` preset name, or null when the model is not one it knows. */
  dtwPreset: string | null;
  /** How the weights are stored: f16 (the official full models), q8_0, q5_1 (quantized)… */
  precision: Precision;
};

export type Precision = 'f32' | 'f16' | 'q4_0' | 'q4_1' | 'q5_0' | 'q5_1' | 'q8_0' | 'unknown';
/** ggml's file types (`ftype` in the header, with the quantization version × 1000 added). */
const PRECISION_BY_FTYPE: Record<number, Precision> = { 0: 'f32', 1: 'f16', 2: 'q4_0', 3: 'q4_1', 7: 'q8_0', 8: 'q5_0', 9: 'q5_1' };
const QNT_VERSION_FACTOR = 1000;

const GGML_MAGIC = 0x67676d6c; // "ggml"
export const MODEL_HEADER_BYTES = 48;

const SIZE_BY_AUDIO_LAYERS: Record<number, ModelHeader['size']> = { 4: 'tiny', 6: 'base', 12: 'small', 24: 'medium', 32: 'large' };

export function readModelHeader(bytes: Uint8Array): ModelHeader | null {
  if (bytes.length < MODEL_HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GGML_MAGIC) return null;
  const nVocab = view.getInt32(4, true);
  if (nVocab < 51864) return null; // another ggml file (a VAD model, an LLM…), not whisper
  const nAudioLayer = view.getInt32(20, true);
  const nTextLayer = view.getInt32(36, true);
  const precision = PRECISION_BY_FTYPE[view.getInt32(44, true) % QNT_VERSION_FACTOR] ?? 'unknown';
  const size = SIZE_BY_AUDIO_LAYERS[nAudioLayer] ?? 'unknown';
  const englishOnly = nVocab === 51864;
  let dtwPreset: string | null = null;
  if (size === 'large') dtwPreset = nVocab === 51866 ? (nTextLayer === 4 ? 'large.v3.turbo' : 'large.v3') : 'large.v2';
  else if (size !== 'unknown') dtwPreset = englishOnly ? `${size}.en` : size;
  return { size, englishOnly, dtwPreset, precision };
}
