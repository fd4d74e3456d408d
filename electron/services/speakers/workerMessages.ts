import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import type { AppErrorShape } from '../../../shared/errors';
import type { SpeakerModels } from './engine';

/** What the main process asks the speaker worker (worker.ts): one analysis at a time, or to stop it. */
export type SpeakerRequest = { type: 'analyze'; id: number; models: SpeakerModels; threads: number; samples: Float32Array } | { type: 'cancel'; id: number };

/** What the worker answers about a job: progress (0…1) while it works, then the voices or why it stopped. */
export type SpeakerReply =
  | { type: 'progress'; id: number; fraction: number }
  | {
      type: 'done';
      id: number;
      analysis: Omit<VoiceAnalysis, 'embeddings'> & { embeddings: Float32Array[] };
      timings: { segmentSec: number; embedSec: number };
    }
  | { type: 'failed'; id: number; error: AppErrorShape }
  | { type: 'cancelled'; id: number };
