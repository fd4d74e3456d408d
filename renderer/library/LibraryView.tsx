import { useEffect, useRef, useState } from 'react';
import type { CallSummary } from '../../shared/domain/call';
import { CallTable } from './CallTable';
import { ComparePickBar } from '../compare/ComparePickBar';
import { DeleteCallDialog } from './DeleteCallDialog';
import { EmptyLibrary } from './EmptyLibrary';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LibraryHeader } from './LibraryHeader';
import { LibraryProblemBanner } from './LibraryProblemBanner';
import { LibraryToolbar } from './LibraryToolbar';
import { TracksDialog } from './import/TracksDialog';
import { useCallFilter } from './useCallFilter';
import { useComparePick } from '../compare/useComparePick';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import type { Importer } from './import/useImporter';
import { useLibrary } from './useLibrary';
import { Welcome } from './Welcome';

/** The list of calls, with import, filter, sort, rename and delete. */
export function LibraryView({ importer }: { importer: Importer }) {
  const { calls, info, error, reload } = useLibrary();
  const list = useCallFilter(calls ?? []);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CallSummary | null>(null);
  const [tracksOpen, setTracksOpen] = useState(false);
  const pick = useComparePick(calls ?? []);
  useDocumentTitle(null);

  // Every import attempt may have changed the library: refetch when one finishes while we are shown.
  const seenImports = useRef(importer.finished);
  useEffect(() => {
    if (importer.finished === seenImports.current) return;
    seenImports.current = importer.finished;
    reload();
  }, [importer.finished, reload]);

  const startImport = () => void importer.pickAndImport();
  const problem = info?.problem ?? null;
  const loaded = calls !== null;

  return (
    <main className="view library-view" data-testid="library-view">
      <LibraryHeader importDisabled={importer.locked} onImport={startImport} onImportTracks={() => setTracksOpen(true)} />

      <LibraryProblemBanner problem={problem} onRebuilt={reload} />
      <ErrorMessage testId="library-error">{error}</ErrorMessage>
      {info?.welcome && !problem && <Welcome onClosed={reload} />}

      {!loaded && !error && (
        <p className="loading" role="status">
          Loading library…
        </p>
      )}

      {loaded && calls.length === 0 && !problem && <EmptyLibrary importDisabled={importer.locked} onImport={startImport} />}

      {loaded && calls.length > 0 && (
        <section className="call-list" aria-label="Calls">
          <LibraryToolbar
            filter={list.filter}
            onFilter={list.setFilter}
            sortKey={list.sort.key}
            onSort={list.sortBy}
            total={calls.length}
            shown={list.visible.length}
          />
          {pick.picked.length > 0 && <ComparePickBar pick={pick} />}
          {list.visible.length > 0 ? (
            <CallTable
              calls={list.visible}
              sort={list.sort}
              onSort={list.toggleSort}
              renamingId={renamingId}
              onRenameStart={setRenamingId}
              onRenameEnd={(renamed) => {
                setRenamingId(null);
                if (renamed) reload();
              }}
              onDelete={setDeleting}
              pick={pick}
            />
          ) : (
            <p className="no-matches" data-testid="no-matches">
              No calls match “{list.filter.trim()}”
            </p>
          )}
        </section>
      )}

      {deleting && (
        <DeleteCallDialog
          callId={deleting.id}
          title={deleting.title}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            reload();
          }}
        />
      )}
      {tracksOpen && <TracksDialog importer={importer} onClose={() => setTracksOpen(false)} />}
    </main>
  );
}
