import { useEffect, useMemo, useRef, useState } from 'react';
import { touches, type LibraryChange } from '../../../shared/domain/libraryChange';
import { dequantize } from '../../../shared/meaning/vectors';
import { readExamples, readWeights, type LearnedWeights, type Meaning, type StoredExample } from '../../../shared/suggestions/learned';
import { call, onEvent } from '../../ui/bridge';
import { useLiveQuery } from '../../ui/useLiveQuery';

type Shipped = { weights: LearnedWeights; examples: StoredExample[] };
let shipped: Promise<Shipped> | null = null;

/**
 * The shipped model and the examples it was trained on (for "close to …" reasons), from the renderer's
 * own bundle, loaded on first use in a chunk of their own: they never change, so they never cross the
 * bridge. Read once per window.
 */
function loadShipped(): Promise<Shipped> {
  shipped ??= Promise.all([import('../../../shared/suggestions/learned/weights.json'), import('../../../shared/suggestions/learned/examples.json')]).then(
    ([w, e]) => ({ weights: readWeights(w.default), examples: readExamples(e.default) }),
  );
  return shipped;
}

/** The call's turn vectors by turn id, or null when none are computed. */
async function turnVectors(callId: string): Promise<Map<string, Float32Array> | null> {
  const rows = await call('calls:turnVectors', { callId });
  if (!rows) return null;
  const bin = atob(rows.vectors);
  const q = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) q[i] = (bin.charCodeAt(i) << 24) >> 24;
  return new Map(rows.turnIds.map((id, i) => [id, dequantize(q.subarray(i * rows.dims, (i + 1) * rows.dims))]));
}

const LEARNED_CHANGE = 'learned-suggestions';

/**
 * What the learned suggestions need for this call: its turn vectors and the weights in use (retrained
 * from this machine's reviews, or the shipped ones). Undefined without vectors: the rules alone, as
 * before. The vectors are fetched again when the call's transcript changes or the text model finishes
 * reading the call; the weights when they were retrained or reset.
 */
export function useLearnedMeaning(callId: string): Meaning | undefined {
  const vectors = useLiveQuery(() => turnVectors(callId), [callId], {
    refetchOnLibraryChange: (c: LibraryChange) => touches(c, callId, 'transcript') || c.reason === 'textModel',
  });
  const model = useLiveQuery(() => call('suggestions:model', {}), [], {
    refetchOnLibraryChange: (c: LibraryChange) => c.reason === LEARNED_CHANGE || c.calls === null,
  });
  const [base, setBase] = useState<Shipped | null>(null);
  useEffect(() => {
    let live = true;
    void loadShipped().then((s) => live && setBase(s));
    return () => {
      live = false;
    };
  }, []);

  // The text model reports each call it reads: once it moves past this call (or goes idle), its vectors are in.
  const reading = useRef(false);
  const { reload } = vectors;
  useEffect(
    () =>
      onEvent('meaning:progress', (p) => {
        if (p.callId === callId) reading.current = true;
        else if (reading.current) {
          reading.current = false;
          reload();
        }
      }),
    [callId, reload],
  );

  const weights = useMemo(() => (model.data?.weights ? readWeights(model.data.weights) : null), [model.data]);
  return useMemo(
    () => (vectors.data && base ? { vectors: vectors.data, weights: weights ?? base.weights, examples: base.examples } : undefined),
    [vectors.data, base, weights],
  );
}
