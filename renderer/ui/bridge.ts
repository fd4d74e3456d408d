import { z } from 'zod';
import type { CallReviewBridge, Envelope, EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';

/**
 * The renderer's only door to the main process: everything goes through `window.callReview`,
 * typed from the shared contract.
 */
declare global {
  interface Window {
    callReview: CallReviewBridge;
  }
}

// The page runs under a CSP without 'unsafe-eval'. Zod probes `new Function` when it builds object
// schemas, which the browser reports as a policy violation; shared schemas used here must run jitless.
// main.tsx imports this module first so the setting precedes every schema the renderer loads.
z.config({ jitless: true });

/** A failure reported by the main process, with its typed code and user-facing message. */
export class BridgeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

function bridge(): CallReviewBridge {
  const b = window.callReview as CallReviewBridge | undefined;
  if (!b) throw new BridgeError('INTERNAL', 'Call Review could not reach its background process. Restart the app.');
  return b;
}

/** Calls one contract method; resolves with its value or throws a BridgeError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = (await bridge().invoke(method, input)) as Envelope<MethodOutput<M>>;
  if (!envelope.ok) throw new BridgeError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

/** Subscribes to a contract event; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, (payload) => cb(payload as EventPayload<E>));
}

/** Absolute path of a dropped file, or '' when the platform cannot tell. */
export function pathForFile(file: File): string {
  return bridge().pathForFile(file);
}

/** The text to show for any failure: bridge messages verbatim, anything else as best we can. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
