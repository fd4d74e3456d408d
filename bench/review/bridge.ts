// A second way for the page to reach the backend, with a transfer cost closer to Electron's IPC.
//
// The harness binds the backend with Playwright's exposeBinding and answers with the value itself, which
// Playwright re-encodes into its own format and the page rebuilds object by object: for the transcript
// of a long call (1.1 MB as JSON) that takes over a second, where Electron's structured-clone IPC takes
// tens of milliseconds. With `?bench-bridge=json` in the page's URL the probe calls a second binding that
// answers through the same dispatch and handlers but as one JSON string, which the page parses natively
// (about what structured clone costs). Events still come through the harness.
import { createDispatch } from '../../shared/dispatch';
import type { Harness } from '../../tests/e2e/harness';

export type Bridge = 'harness' | 'json';

export async function exposeJsonBridge(h: Harness): Promise<void> {
  const dispatch = createDispatch(h.backend.handlers);
  await h.page.context().exposeBinding('__benchInvokeJson', async (_source, method: unknown, input: unknown) => JSON.stringify(await dispatch(method, input)));
}

/** The app's URL for a page load using `bridge`, at the hash route `hash` ("#/calls/…"). */
export const appUrl = (h: Harness, bridge: Bridge, hash: string) => `${h.url}${bridge === 'json' ? '?bench-bridge=json' : ''}${hash}`;
