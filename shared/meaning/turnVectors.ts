/**
 * A call's turn vectors as stored beside it (`meaning.bin`): which model made them, and per turn its id,
 * a hash of the text the vector was computed from, and the vector as 8-bit integers. Pure: the file's
 * bytes in and out, and which turns need computing again.
 *
 * Layout (little-endian): "CRTV", u16 version, u16 model id length, model id (UTF-8), u32 dims, u32 count;
 * then per turn: u16 turn id length, turn id (UTF-8), 8-byte text hash; then count × dims int8.
 */
export type TurnVectors = {
  modelId: string;
  dims: number;
  turnIds: string[];
  /** 16 hex digits per turn (textHash of the text embedded). */
  textHashes: string[];
  /** count × dims, row per turn in `turnIds` order. */
  vectors: Int8Array;
};

const MAGIC = 'CRTV';
const VERSION = 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A 64-bit hash of a turn's text (two 32-bit multiply-xorshift lanes, cyrb53-style), as 16 hex digits.
 * Not cryptographic: it only tells a changed text from the one a vector was computed from.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function encodeTurnVectors(v: TurnVectors): Uint8Array {
  const count = v.turnIds.length;
  if (v.textHashes.length !== count || v.vectors.length !== count * v.dims) throw new Error('Turn vectors: ids, hashes and rows differ in number.');
  const model = encoder.encode(v.modelId);
  const ids = v.turnIds.map((id) => encoder.encode(id));
  const size = 4 + 2 + 2 + model.length + 8 + ids.reduce((sum, id) => sum + 2 + id.length + 8, 0) + v.vectors.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  bytes.set(encoder.encode(MAGIC), at);
  at += 4;
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, model.length, true);
  at += 4;
  bytes.set(model, at);
  at += model.length;
  view.setUint32(at, v.dims, true);
  view.setUint32(at + 4, count, true);
  at += 8;
  ids.forEach((id, i) => {
    view.setUint16(at, id.length, true);
    bytes.set(id, at + 2);
    at += 2 + id.length;
    const hash = v.textHashes[i]!;
    view.setUint32(at, parseInt(hash.slice(0, 8), 16), true);
    view.setUint32(at + 4, parseInt(hash.slice(8, 16), 16), true);
    at += 8;
  });
  bytes.set(new Uint8Array(v.vectors.buffer, v.vectors.byteOffset, v.vectors.length), at);
  return bytes;
}

/** Reads the stored bytes back; throws with what is wrong when they are not a whole turn-vectors file. */
export function decodeTurnVectors(bytes: Uint8Array): TurnVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error(`The turn vectors file is incomplete (${bytes.length} bytes).`);
  };
  need(8);
  if (decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('This is not a turn vectors file.');
  const version = view.getUint16(4, true);
  if (version !== VERSION) throw new Error(`The turn vectors file is of another version (${version}).`);
  const modelLength = view.getUint16(6, true);
  at = 8;
  need(modelLength + 8);
  const modelId = decoder.decode(bytes.subarray(at, at + modelLength));
  at += modelLength;
  const dims = view.getUint32(at, true);
  const count = view.getUint32(at + 4, true);
  at += 8;
  const turnIds: string[] = [];
  const textHashes: string[] = [];
  for (let i = 0; i < count; i++) {
    need(2);
    const length = view.getUint16(at, true);
    need(2 + length + 8);
    turnIds.push(decoder.decode(bytes.subarray(at + 2, at + 2 + length)));
    at += 2 + length;
    textHashes.push(
      view.getUint32(at, true).toString(16).padStart(8, '0') +
        view
          .getUint32(at + 4, true)
          .toString(16)
          .padStart(8, '0'),
    );
    at += 8;
  }
  if (bytes.length - at !== count * dims) {
    throw new Error(`The turn vectors file holds ${bytes.length - at} bytes of vectors where ${count} × ${dims} were expected.`);
  }
  const vectors = new Int8Array(count * dims);
  vectors.set(new Int8Array(bytes.buffer, bytes.byteOffset + at, count * dims));
  return { modelId, dims, turnIds, textHashes, vectors };
}

type TurnText = { id: string; text: string };

/**
 * The stored rows still true for these turns, by text hash (a turn split, merged or moved keeps its
 * vector while its text is the same): vectors of another model or size are none.
 */
export function reusableRows(stored: TurnVectors | null, modelId: string, dims: number): Map<string, Int8Array> {
  const rows = new Map<string, Int8Array>();
  if (!stored || stored.modelId !== modelId || stored.dims !== dims) return rows;
  stored.textHashes.forEach((hash, i) => rows.set(hash, stored.vectors.subarray(i * dims, (i + 1) * dims)));
  return rows;
}

/** The turns whose text has no vector yet (new or changed text, or another model's vectors). */
export function staleTurns(stored: TurnVectors | null, turns: readonly TurnText[], modelId: string, dims: number): TurnText[] {
  const rows = reusableRows(stored, modelId, dims);
  return turns.filter((t) => !rows.has(textHash(t.text)));
}

/** Whether the stored vectors are exactly those of these turns (same ids, texts and model): nothing to write. */
export function isCurrent(stored: TurnVectors | null, turns: readonly TurnText[], modelId: string, dims: number): boolean {
  if (!stored || stored.modelId !== modelId || stored.dims !== dims || stored.turnIds.length !== turns.length) return false;
  return turns.every((t, i) => stored.turnIds[i] === t.id && stored.textHashes[i] === textHash(t.text));
}

/**
 * The vectors for these turns in their order, from `rows` (text hash → vector); null when a turn's text
 * has none (it changed again meanwhile: the next pass computes it).
 */
export function turnVectorsFor(turns: readonly TurnText[], rows: ReadonlyMap<string, Int8Array>, modelId: string, dims: number): TurnVectors | null {
  const vectors = new Int8Array(turns.length * dims);
  const textHashes: string[] = [];
  for (const [i, turn] of turns.entries()) {
    const hash = textHash(turn.text);
    const row = rows.get(hash);
    if (!row) return null;
    vectors.set(row, i * dims);
    textHashes.push(hash);
  }
  return { modelId, dims, turnIds: turns.map((t) => t.id), textHashes, vectors };
}

/** Only the stored rows whose turn still has the text they were computed from, in the stored order. */
export function currentRows(stored: TurnVectors, turns: readonly TurnText[]): TurnVectors {
  const now = new Map(turns.map((t) => [t.id, textHash(t.text)]));
  const keep = stored.turnIds.flatMap((id, i) => (now.get(id) === stored.textHashes[i] ? [i] : []));
  if (keep.length === stored.turnIds.length) return stored;
  const vectors = new Int8Array(keep.length * stored.dims);
  keep.forEach((i, row) => vectors.set(stored.vectors.subarray(i * stored.dims, (i + 1) * stored.dims), row * stored.dims));
  return { ...stored, turnIds: keep.map((i) => stored.turnIds[i]!), textHashes: keep.map((i) => stored.textHashes[i]!), vectors };
}
