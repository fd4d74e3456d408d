import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MODEL_HEADER_BYTES, readModelHeader } from '../../../shared/formats/ggml';
import type { ModelFile } from '../../../shared/domain/models';
import { AppError } from '../../../shared/errors';

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
    return { path, name, sizeBytes: size, ...header };
  } finally {
    await handle.close();
  }
}
