import { useCallback } from 'react';
import { useAppCommands } from './appCommands';
import { DropOverlay } from './components/DropOverlay';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ImportResults } from './components/ImportResults';
import { useFileDrop } from './hooks/useFileDrop';
import { useImporter } from './hooks/useImporter';
import { JobsContext, useJobsSource } from './hooks/useJobs';
import { LibraryInfoContext, useLibraryInfoSource } from './hooks/useLibraryInfo';
import { routeKey, useRoute, type Route } from './hooks/useRoute';
import { CompareView } from './views/CompareView';
import { LibraryView } from './views/LibraryView';
import { RepsView } from './views/RepsView';
import { ReviewView } from './views/ReviewView';
import { SettingsView } from './views/SettingsView';
import type { Importer } from './hooks/useImporter';

function View({ route, importer }: { route: Route; importer: Importer }) {
  switch (route.name) {
    case 'library':
      return <LibraryView importer={importer} />;
    case 'review':
    case 'scorecard':
      // One element type for both tabs, so React keeps the view (player, annotations) when the tab changes.
      return <ReviewView callId={route.callId} mode={route.name} at={route.name === 'review' ? route.at : undefined} />;
    case 'settings':
      return <SettingsView />;
    case 'reps':
      return <RepsView repName={route.repName} />;
    case 'compare':
      return <CompareView a={route.a} b={route.b} />;
  }
}

/**
 * The whole renderer: the current view, window-wide drag-and-drop import and import results, and the
 * transcription jobs every view reads (one subscription for the app, not one per row).
 */
export function App() {
  const route = useRoute();
  useAppCommands();
  const importer = useImporter();
  const jobs = useJobsSource();
  const libraryInfo = useLibraryInfoSource();
  const { importDropped } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importDropped(files), [importDropped]));

  return (
    <div className="app">
      <LibraryInfoContext value={libraryInfo}>
        <JobsContext value={jobs}>
          <ErrorBoundary key={routeKey(route)}>
            <View route={route} importer={importer} />
          </ErrorBoundary>
        </JobsContext>
      </LibraryInfoContext>
      <ImportResults
        busy={importer.busy}
        results={importer.results}
        notice={importer.notice}
        dismissResult={importer.dismissResult}
        dismissNotice={importer.dismissNotice}
        dismissAll={importer.dismissAll}
      />
      {dragging && <DropOverlay />}
    </div>
  );
}
