import { createCurrentStore, type Stamped } from '../../ui/currentStore';
import type { ClipSource } from './clipDraft';

/*
 * The clip the reviewer asked to make, for the Review view's one Make clip dialog. Module state on purpose,
 * like the notice: the asks come from a turn's menu (closed by then), a chain card, a follow-up and the
 * range under the player, and one Review view is open at a time.
 */
export type ClipRequest = Stamped<ClipSource>;

const requests = createCurrentStore<ClipSource>();

export function requestClip(source: ClipSource): void {
  requests.set(source);
}

export function closeClipRequest(): void {
  requests.clear();
}

export function useClipRequest(): ClipRequest | null {
  return requests.useCurrent();
}
