import { hrefFor } from './useRoute';

/** The top bar of every page but the library: one way back, looking the same everywhere. */
export function BackToLibrary({ testId }: { testId: string }) {
  return (
    <nav className="top-bar">
      <a className="back-link" href={hrefFor({ name: 'library' })} data-testid={testId}>
        ← Library
      </a>
    </nav>
  );
}
