import type { Handlers } from '../../../shared/contract';
import type { LibraryRef } from '../library/ref';
import type { TranscriptionQueue } from './queue';

export function transcriptionHandlers({ ref, queue }: { ref: LibraryRef; queue: TranscriptionQueue }) {
  return {
    'transcription:start': async ({ callId }) => {
      await ref.get().get(callId); // NOT_FOUND / CORRUPT_DOCUMENT before queueing
      return queue.start(callId);
    },
    'transcription:cancel': async ({ callId }) => ({ cancelled: await queue.cancel(callId) }),
    'transcription:jobs': async () => queue.list(),
  } satisfies Partial<Handlers>;
}
