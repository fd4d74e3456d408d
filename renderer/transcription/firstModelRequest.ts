import { createCurrentStore, type Stamped } from '../ui/currentStore';

/*
 * The calls a user asked to transcribe while no model is set, for the app's one first-model dialog.
 * Module state, like the clip request: the asks come from any library row or Review view, and the
 * dialog (in App) starts them all once a model is there.
 */
export type FirstModelRequest = Stamped<{ callIds: readonly string[] }>;

const requests = createCurrentStore<{ callIds: readonly string[] }>();

/** Opens the dialog for `callId`, or adds the call to the ones it will start. */
export function askForFirstModel(callId: string): void {
  const waiting = requests.get()?.callIds ?? [];
  requests.set({ callIds: waiting.includes(callId) ? waiting : [...waiting, callId] });
}

/** The calls waiting now (read when the model is ready, not when the dialog opened). */
export function waitingCalls(): readonly string[] {
  return requests.get()?.callIds ?? [];
}

export function closeFirstModelRequest(): void {
  requests.clear();
}

export function useFirstModelRequest(): FirstModelRequest | null {
  return requests.useCurrent();
}
