import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';

// Placeholder handlers so the contract compiles while speaker detection is wired in (next commit).
const notYet = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Speaker detection is not available yet.');
};

/** Speaker models (Settings) and re-detecting a mono call's speakers. */
export function createSpeakersService() {
  const handlers = {
    'speakerModels:info': notYet,
    'speakerModels:chooseFile': notYet,
    'speakerModels:clear': notYet,
    'speakers:redetect': notYet,
  } satisfies Partial<Handlers>;
  return { handlers };
}
