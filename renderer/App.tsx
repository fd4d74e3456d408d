import { useCallback } from 'react';
import { DropOverlay } from './components/DropOverlay';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ImportResults } from './components/ImportResults';
import { useFileDrop } from './hooks/useFileDrop';
import { useImporter } from './hooks/useImporter';
import { routeKey, useRoute, type Route } from './hooks/useRoute';
import { LibraryView } from './views/LibraryView';
import { ReviewView } from './views/ReviewView';
import { SettingsView } from './views/SettingsView';
import type { Importer } from './hooks/useImporter';

function View({ route, importer }: { route: Route; importer: Importer }) {
  switch (route.name) {
    case 'library':
      return <LibraryView importer={importer} />;
    case 'review':
      return <ReviewView callId={route.callId} />;
    case 'settings':
      return <SettingsView />;
  }
}

/** The whole renderer: the current view, window-wide drag-and-drop import and import results. */
export function App() {
  const route = useRoute();
  const importer = useImporter();
  const { importDropped } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importDropped(files), [importDropped]));

  return (
    <div className="app">
      <ErrorBoundary key={routeKey(route)}>
        <View route={route} importer={importer} />
      </ErrorBoundary>
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
