import { z } from 'zod';
import { contract, isMethodName, type Envelope, type Handlers } from './contract';
import { AppError, isAppError } from './errors';

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Turns the handlers into the single entry point both the IPC binding and the test harness use:
 * unknown methods and invalid input are rejected with typed errors before any handler runs.
 */
export function createDispatch(handlers: Handlers, onUnexpected: (e: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail(new AppError('UNKNOWN_METHOD', `Unknown bridge method: ${String(method)}`));
    }
    const parsed = contract.methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail(new AppError('INVALID_INPUT', describeIssues(parsed.error)));
    }
    try {
      const handler = handlers[method] as (i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (e) {
      if (isAppError(e)) return fail(e);
      onUnexpected(e);
      return fail(new AppError('INTERNAL', `Something went wrong (${method}): ${e instanceof Error ? e.message : String(e)}`));
    }
  };
}

/** "A title cannot be empty" rather than zod's formatted dump: the UI shows this text as it is. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 && issue.code !== 'custom' ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const fail = (e: AppError): Envelope<never> => ({ ok: false, error: e.toShape() });
