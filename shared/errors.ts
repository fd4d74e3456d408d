import { z } from 'zod';

/** Every failure the bridge can report. The UI picks its wording from `message`; `code` is for logic. */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'FORBIDDEN',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'FILE_MISSING',
  'NOT_A_FILE',
  'EMPTY_FILE',
  'NOT_AUDIO',
  'UNSUPPORTED_FORMAT',
  'NO_AUDIO_TRACK',
  'TRUNCATED',
  'DISK_FULL',
  'READ_ONLY',
  'CORRUPT_DOCUMENT',
  'NEWER_VERSION',
  'CANCELLED',
  'MODEL_MISSING',
  'MODEL_UNUSABLE',
  'DOWNLOAD_FAILED',
  'ENGINE_STALLED',
  /** The library folder is open in another Call Review (this one opened it read-only). */
  'LIBRARY_LOCKED',
  /** The library was switched or the app is closing: nothing more is written through it. */
  'LIBRARY_CLOSED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({ code: ErrorCode, message: z.string() });
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** Thrown by services; the dispatcher turns it into an error envelope without losing the code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
