import type { Handlers } from '../../../shared/contract';
import { repsOf } from '../../../shared/domain/reps';
import type { LibraryRef } from '../library/ref';
import { repTrend } from './reps';

/** Reps across the library's calls, and one rep's trend over their calls. */
export function repsHandlers({ ref }: { ref: LibraryRef }) {
  return {
    'reps:list': async () => repsOf(ref.get().list()),
    'reps:trend': async ({ name }) => repTrend(ref.get(), name),
  } satisfies Partial<Handlers>;
}
