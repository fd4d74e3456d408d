import { app } from 'electron';

/** Past this, quitting goes ahead anyway: a library on a dead network share must not keep the app open. */
export const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Quit waits for `close` (the backend's writes in flight, the library's lock): Electron's documented way is
 * to call `event.preventDefault()` in `will-quit` (every window is closed by then, so nothing new is asked
 * of the backend), then `app.quit()` again once done, which this handler lets through.
 */
export function closeBeforeQuit(close: () => Promise<void>, timeoutMs = CLOSE_TIMEOUT_MS): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    const closed = close().catch((e: unknown) => console.error('Closing the library failed:', e));
    void Promise.race([closed, timeout]).then(() => {
      clearTimeout(timer);
      state = 'closed';
      app.quit();
    });
  });
}
