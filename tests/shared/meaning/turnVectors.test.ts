import { describe, expect, it } from 'vitest';
import {
  currentRows,
  decodeTurnVectors,
  encodeTurnVectors,
  isCurrent,
  staleTurns,
  textHash,
  turnVectorsFor,
  type TurnVectors,
} from '../../../shared/meaning/turnVectors';

const DIMS = 4;
const turns = [
  { id: 't1', text: 'What made you look at this now?' },
  { id: 'tür-2', text: 'Onboarding takes weeks and we lose renewals.' },
  { id: 't3', text: '' },
];
const rowsOf = (n: number) => Int8Array.from({ length: n * DIMS }, (_, i) => ((i * 37) % 255) - 127);
const stored = (): TurnVectors => ({
  modelId: 'all-MiniLM-L6-v2',
  dims: DIMS,
  turnIds: turns.map((t) => t.id),
  textHashes: turns.map((t) => textHash(t.text)),
  vectors: rowsOf(3),
});

describe('turn vectors (meaning.bin)', () => {
  it('round-trips ids (any script), text hashes, model and int8 rows', () => {
    const back = decodeTurnVectors(encodeTurnVectors(stored()));
    expect(back).toEqual(stored());
    expect(decodeTurnVectors(encodeTurnVectors({ ...stored(), turnIds: [], textHashes: [], vectors: new Int8Array(0) })).turnIds).toEqual([]);
  });

  it('refuses a truncated, foreign or other-version file with what is wrong', () => {
    const bytes = encodeTurnVectors(stored());
    expect(() => decodeTurnVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/where 3 × 4 were expected/);
    expect(() => decodeTurnVectors(bytes.subarray(0, 20))).toThrow(/incomplete/);
    expect(() => decodeTurnVectors(new TextEncoder().encode('WEBVTT\n\nhello'))).toThrow(/not a turn vectors file/);
    const other = bytes.slice();
    other[4] = 9;
    expect(() => decodeTurnVectors(other)).toThrow(/another version \(9\)/);
  });

  it('hashes texts apart (a one-letter edit changes the hash) and the same text alike', () => {
    expect(textHash('we lose renewals')).toBe(textHash('we lose renewals'));
    expect(textHash('we lose renewals')).not.toBe(textHash('we lose renewal'));
    expect(textHash('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds stale turns: only those whose text changed, all of them for another model or none stored', () => {
    const edited = turns.map((t) => (t.id === 'tür-2' ? { ...t, text: 'Onboarding takes months.' } : t));
    expect(staleTurns(stored(), turns, 'all-MiniLM-L6-v2', DIMS)).toEqual([]);
    expect(staleTurns(stored(), edited, 'all-MiniLM-L6-v2', DIMS).map((t) => t.id)).toEqual(['tür-2']);
    expect(staleTurns(stored(), turns, 'another-model', DIMS)).toHaveLength(3);
    expect(staleTurns(null, turns, 'all-MiniLM-L6-v2', DIMS)).toHaveLength(3);
    // A split that keeps a turn's text keeps its vector (by text, not by id).
    expect(staleTurns(stored(), [{ id: 'new-id', text: turns[0]!.text }], 'all-MiniLM-L6-v2', DIMS)).toEqual([]);
    expect(isCurrent(stored(), turns, 'all-MiniLM-L6-v2', DIMS)).toBe(true);
    expect(isCurrent(stored(), edited, 'all-MiniLM-L6-v2', DIMS)).toBe(false);
    expect(isCurrent(stored(), turns.slice(1), 'all-MiniLM-L6-v2', DIMS)).toBe(false);
  });

  it('builds the vectors of the turns as they are now, and serves only rows still true', () => {
    const rows = new Map(stored().textHashes.map((h, i) => [h, stored().vectors.subarray(i * DIMS, (i + 1) * DIMS)]));
    const reordered = [turns[2]!, turns[0]!];
    const built = turnVectorsFor(reordered, rows, 'all-MiniLM-L6-v2', DIMS)!;
    expect(built.turnIds).toEqual(['t3', 't1']);
    expect(Array.from(built.vectors)).toEqual([...rowsOf(3).subarray(8, 12), ...rowsOf(3).subarray(0, 4)]);
    expect(turnVectorsFor([{ id: 'x', text: 'never embedded' }], rows, 'all-MiniLM-L6-v2', DIMS)).toBeNull();

    const edited = turns.map((t) => (t.id === 't1' ? { ...t, text: 'changed' } : t));
    const current = currentRows(stored(), edited);
    expect(current.turnIds).toEqual(['tür-2', 't3']);
    expect(Array.from(current.vectors)).toEqual(Array.from(rowsOf(3).subarray(4, 12)));
  });
});
