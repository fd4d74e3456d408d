/** IPC channel names, in a module of their own so the sandboxed preload can import them without zod. */
export const BRIDGE_CHANNELS = { invoke: 'callReview:invoke', event: 'callReview:event' } as const;
