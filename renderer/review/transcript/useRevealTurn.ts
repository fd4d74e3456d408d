/*
 * A side panel asking the transcript to bring a turn into view. An event, not state: a request must not
 * replay whenever the list mounts. One exception: asked from the scorecard tab, the request waits for
 * the transcript's list to mount (once), until `cancelReveal`.
 */
const listeners = new Set<(turnId: string) => void>();
let waiting: string | null = null;

export function revealTurn(turnId: string): void {
  if (listeners.size === 0) waiting = turnId;
  else listeners.forEach((l) => l(turnId));
}

/** Drops a request no list took (the view closed first). */
export function cancelReveal(): void {
  waiting = null;
}

/** Subscribes the transcript's list; answers the unsubscribe (an effect's cleanup). */
export function onRevealTurn(listener: (turnId: string) => void): () => void {
  listeners.add(listener);
  const turnId = waiting;
  waiting = null;
  // After this commit: the list's scroll container is attached by then.
  const frame = turnId === null ? 0 : requestAnimationFrame(() => listener(turnId));
  return () => {
    cancelAnimationFrame(frame);
    listeners.delete(listener);
  };
}
