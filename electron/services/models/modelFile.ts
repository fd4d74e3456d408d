import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MODEL_HEADER_BYTES, readModelHeader } from '../../../shared/formats/ggml';
import type { ModelFile } from '../../../shared/domain/models';
import { AppError } from '../../../shared/errors';
import { truncatedAt } from './completeness';

/** Checks that a file on disk is a whisper.cpp model before anything is run with it. */
export async function inspectModelFile(path: string): Promise<ModelFile> {
  const name = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new AppError('MODEL_MISSING', `The transcription model “${name}” is no longer at ${path}. Choose a model in Settings.`);
  }
  try {
    const head = new Uint8Array(MODEL_HEADER_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const header = readModelHeader(head.subarray(0, bytesRead));
    if (!header) {
      throw new AppError('MODEL_UNUSABLE', `“${name}” is not a whisper.cpp model (ggml-*.bin). Choose another file.`);
    }
    const { size } = await handle.stat();
    const cut = await truncatedAt(handle, size);
    if (cut !== null) {
      throw new AppError(
        'MODEL_UNUSABLE',
        `“${name}” is incomplete: it stops in the middle of the model, after ${(cut / 1e6).toFixed(1)} MB. The download or copy may have been cut short; download it again or choose another file.`,
      );
    }
    return { path, name, sizeBytes: size, ...header };
  } finally {
    await handle.close();
  }
}
