import { useCallback, useRef, useState } from 'react';
import { call, errorMessage, pathForFile } from '../../ui/bridge';
import type { MethodInput } from '../../../shared/contract';
import type { ImportOutcome } from '../../../shared/domain/call';

/** How many paths one `calls:import` request may carry (the contract's limit). */
const BATCH = 100;

export type ImportResult = { id: number; outcome: ImportOutcome };
export type ImportNotice = { tone: 'info' | 'error'; message: string };
export type ImportBusy = { count: number; noun: 'file' | 'track' };

export type Importer = {
  busy: ImportBusy | null;
  /** True while a file picker is open or an import runs: import controls are disabled. */
  locked: boolean;
  results: ImportResult[];
  notice: ImportNotice | null;
  /** Increases after every import attempt, so lists know to refetch. */
  finished: number;
  pickAndImport: () => Promise<void>;
  importDropped: (files: File[]) => Promise<void>;
  /** Imports one call from speaker tracks; bridge errors are thrown for the dialog to show. */
  importTracks: (input: MethodInput<'calls:importTracks'>) => Promise<ImportOutcome>;
  dismissResult: (id: number) => void;
  dismissNotice: () => void;
  dismissAll: () => void;
};

/** Import state shared by the import buttons, the tracks dialog and drag-and-drop. */
export function useImporter(): Importer {
  const [busy, setBusy] = useState<ImportBusy | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [finished, setFinished] = useState(0);
  const [picking, setPicking] = useState(false);
  const running = useRef(false);
  const nextId = useRef(1);

  const show = useCallback((outcomes: ImportOutcome[]) => {
    setResults(outcomes.map((outcome) => ({ id: nextId.current++, outcome })));
  }, []);

  /** Runs one import at a time; `started: false` when another one is still running. */
  const exclusive = useCallback(async <T>(work: () => Promise<T>): Promise<{ started: true; value: T } | { started: false }> => {
    if (running.current) return { started: false };
    running.current = true;
    try {
      return { started: true, value: await work() };
    } finally {
      running.current = false;
      setBusy(null);
      setFinished((n) => n + 1);
    }
  }, []);

  const importPaths = useCallback(
    async (paths: string[]) => {
      const run = await exclusive(async () => {
        setNotice(null);
        setResults([]);
        setBusy({ count: paths.length, noun: 'file' });
        const outcomes: ImportOutcome[] = [];
        try {
          for (let i = 0; i < paths.length; i += BATCH) {
            outcomes.push(...(await call('calls:import', { paths: paths.slice(i, i + BATCH) })));
          }
        } catch (e) {
          setNotice({ tone: 'error', message: errorMessage(e) });
        }
        show(outcomes);
      });
      if (!run.started) setNotice({ tone: 'info', message: 'An import is already running. Try again when it has finished.' });
    },
    [exclusive, show],
  );

  const pickAndImport = useCallback(async () => {
    if (running.current) return;
    let picked: { path: string }[];
    setPicking(true);
    try {
      picked = await call('calls:pickFiles', { multiple: true });
    } catch (e) {
      setNotice({ tone: 'error', message: errorMessage(e) });
      return;
    } finally {
      setPicking(false);
    }
    if (picked.length > 0) await importPaths(picked.map((f) => f.path));
  }, [importPaths]);

  const importDropped = useCallback(
    async (files: File[]) => {
      let paths: string[];
      try {
        paths = files.map((f) => pathForFile(f)).filter((p) => p !== '');
      } catch (e) {
        setNotice({ tone: 'error', message: errorMessage(e) });
        return;
      }
      if (paths.length === 0) {
        setResults([]);
        setNotice({
          tone: 'error',
          message:
            files.length === 1
              ? 'That item could not be imported: Call Review cannot tell where the file is. Use “Import recordings…” instead.'
              : 'Those items could not be imported: Call Review cannot tell where the files are. Use “Import recordings…” instead.',
        });
        return;
      }
      await importPaths(paths);
    },
    [importPaths],
  );

  const importTracks = useCallback(
    async (input: MethodInput<'calls:importTracks'>) => {
      const run = await exclusive(async () => {
        setNotice(null);
        setBusy({ count: input.tracks.length, noun: 'track' });
        const outcome = await call('calls:importTracks', input);
        show([outcome]);
        return outcome;
      });
      if (!run.started) throw new Error('An import is already running. Try again when it has finished.');
      return run.value;
    },
    [exclusive, show],
  );

  const dismissResult = useCallback((id: number) => setResults((rs) => rs.filter((r) => r.id !== id)), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const dismissAll = useCallback(() => {
    setResults([]);
    setNotice(null);
  }, []);

  return {
    busy,
    locked: busy !== null || picking,
    results,
    notice,
    finished,
    pickAndImport,
    importDropped,
    importTracks,
    dismissResult,
    dismissNotice,
    dismissAll,
  };
}

export function busyLabel(busy: ImportBusy): string {
  return `Importing ${busy.count} ${busy.noun}${busy.count === 1 ? '' : 's'}…`;
}
