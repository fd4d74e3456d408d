import { useCallback, useState } from 'react';
import { errorMessage } from './bridge';

/**
 * A button's bridge call: `busy` while it runs, and its failure as a message for the user (never
 * swallowed). `run` resolves true when the work succeeded.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
