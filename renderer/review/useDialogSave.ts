import { useState } from 'react';
import type { StepResult } from './history/useAnnotations';

/**
 * A mark dialog's save: busy while the step saves, closes when it landed, and otherwise stays open with
 * what was typed and says why ("Not saved: …").
 */
export function useDialogSave(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (work: () => Promise<StepResult>) => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) onClose();
    else setError(`Not saved: ${result.message}`);
  };
  return { busy, error, setError, save };
}
