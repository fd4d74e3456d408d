import { useCallback } from 'react';
import { call } from '../ui/bridge';
import { useLibraryInfo } from '../ui/useLibraryInfo';

/** Who marks are signed by when the library has no name yet (as the tag keys do). */
export const FALLBACK_AUTHOR = 'Reviewer';

export type MyName = {
  /** The library's "my name", null while unknown or unset. */
  myName: string | null;
  /** What new marks are signed with. */
  author: string;
  /** Saves the name with the library (so it sticks for later marks and calls); throws on failure. */
  save: (name: string) => Promise<string>;
};

export function useMyName(): MyName {
  const { info, set } = useLibraryInfo();
  const myName = info?.myName?.trim() || null;
  const save = useCallback(
    async (name: string) => {
      const next = await call('library:setMyName', { name: name.trim() });
      set(next);
      return next.myName?.trim() || name.trim();
    },
    [set],
  );
  return { myName, author: myName ?? FALLBACK_AUTHOR, save };
}
