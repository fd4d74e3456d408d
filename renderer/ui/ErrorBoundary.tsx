import { Component, type ReactNode } from 'react';
import { errorMessage } from './bridge';

type Props = { children: ReactNode };
type State = { error: unknown; failed: boolean };

/** Catches rendering errors in a view and offers a reload instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-panel" role="alert" data-testid="error-boundary">
        <h2>Something went wrong</h2>
        <p>{errorMessage(this.state.error)}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
