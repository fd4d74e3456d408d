import { useCallback, useState } from 'react';
import { useAction } from './useAction';

export type SaveToFile = {
  busy: boolean;
  error: string | null;
  /** Where the last save went; null before one, while one runs, and when the user cancelled. */
  savedTo: string | null;
  /** Runs a save the main process asks the location of; `write` answers the path, or null if cancelled. */
  save: (write: () => Promise<string | null>) => Promise<boolean>;
};

/** An export button's state: busy, the error, and where the file went. */
export function useSaveToFile(): SaveToFile {
  const { busy, error, run } = useAction();
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const save = useCallback(
    (write: () => Promise<string | null>) =>
      run(async () => {
        setSavedTo(null);
        setSavedTo(await write());
      }),
    [run],
  );
  return { busy, error, savedTo, save };
}
