import { useEffect } from 'react';

/** Sets the window title ("<page> — Call Review"). */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} — Call Review` : 'Call Review';
  }, [page]);
}
