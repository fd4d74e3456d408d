import { lazy, Suspense, useCallback } from 'react';
import { useAppCommands } from './appCommands';
import { DropOverlay } from './library/import/DropOverlay';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ImportResults } from './library/import/ImportResults';
import { useFileDrop } from './library/import/useFileDrop';
import { useImporter } from './library/import/useImporter';
import { FirstModelHost } from './transcription/FirstModelDialog';
import { JobsContext, useJobsSource } from './transcription/useJobs';
import { LibraryInfoContext, useLibraryInfoSource } from './ui/useLibraryInfo';
import { routeKey, useRoute, type Route } from './ui/useRoute';
import { LibraryView } from './library/LibraryView';
import { StorageNotices } from './library/StorageNotices';
import { ReviewView } from './review/ReviewView';
import { SearchHost } from './search/SearchHost';
import { DemoHost } from './library/DemoHost';
import { AboutHost } from './about/AboutHost';

// Loaded when first visited: a call opens (the common start) without parsing their code.
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const RepsView = lazy(() => import('./reps/RepsView').then((m) => ({ default: m.RepsView })));
const PlaylistsView = lazy(() => import('./playlists/PlaylistsView').then((m) => ({ default: m.PlaylistsView })));
const PlaylistView = lazy(() => import('./playlists/PlaylistView').then((m) => ({ default: m.PlaylistView })));
const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));
import type { Importer } from './library/import/useImporter';

function View({ route, importer }: { route: Route; importer: Importer }) {
  switch (route.name) {
    case 'library':
      return <LibraryView importer={importer} />;
    case 'review':
    case 'scorecard':
      // One element type for both tabs, so React keeps the view (player, annotations) when the tab changes.
      return (
        <ReviewView
          callId={route.callId}
          mode={route.name}
          at={route.name === 'review' ? route.at : undefined}
          play={route.name === 'review' ? route.play : undefined}
        />
      );
    case 'settings':
      return <SettingsView />;
    case 'reps':
      return <RepsView repName={route.repName} />;
    case 'compare':
      return <CompareView a={route.a} b={route.b} />;
    case 'playlists':
      return <PlaylistsView />;
    case 'playlist':
      return <PlaylistView playlistId={route.playlistId} clipId={route.clipId} />;
  }
}

/**
 * The whole renderer: the current view, window-wide drag-and-drop import and import results, the
 * search panel (Ctrl/Cmd+K over any view), and the transcription jobs every view reads (one
 * subscription for the app, not one per row).
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
          <StorageNotices />
          <ErrorBoundary key={routeKey(route)}>
            <Suspense
              fallback={
                <p className="loading" role="status">
                  Loading…
                </p>
              }
            >
              <View route={route} importer={importer} />
            </Suspense>
          </ErrorBoundary>
          <FirstModelHost />
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
      <SearchHost />
      <DemoHost />
      <AboutHost />
      {dragging && <DropOverlay />}
    </div>
  );
}
