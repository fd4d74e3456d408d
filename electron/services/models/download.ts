import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { CatalogueEntry } from '../../../shared/domain/models';
import { AppError } from '../../../shared/errors';
import { fsError } from '../fsErrors';
import type { Fetch } from '../ports';

export type DownloadProgress = { receivedBytes: number; totalBytes: number };

/**
 * Downloads one catalogue model into `modelsDir`. Bytes go to `<file>.part`, so an interrupted download
 * (quit, lost connection) resumes with an HTTP Range request; the finished file is checked against the
 * catalogue's sha256 before it is renamed into place and can be used.
 */
export async function downloadModel(
  entry: Pick<CatalogueEntry, 'file' | 'bytes' | 'sha256'>,
  options: { modelsDir: string; baseUrl: string; fetch?: Fetch; signal?: AbortSignal; onProgress?: (p: DownloadProgress) => void },
): Promise<string> {
  const target = join(options.modelsDir, entry.file);
  const part = `${target}.part`;
  await mkdir(options.modelsDir, { recursive: true });
  const already = await stat(part).then(
    (s) => s.size,
    () => 0,
  );

  const fetchFrom = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFrom(new URL(entry.file, options.baseUrl).href, {
      headers: already > 0 ? { Range: `bytes=${already}-` } : {},
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted) throw cancelled();
    throw new AppError('DOWNLOAD_FAILED', `Couldn't reach the model server: ${describe(e)}. Check the connection and try again.`);
  }
  if (response.status === 416 && already > 0) {
    // Nothing left after the part's end: it is whole (stopped just before its check) or it is wrong.
    await response.body?.cancel();
    await checkCompletePart(entry, part, already, rangeTotal(response));
    options.onProgress?.({ receivedBytes: already, totalBytes: entry.bytes });
  } else {
    await receive(entry, part, already, response, options);
  }

  const actual = await sha256Of(part);
  if (actual !== entry.sha256) {
    await rm(part, { force: true });
    throw new AppError('DOWNLOAD_FAILED', `${entry.file} arrived damaged (its checksum does not match the catalogue's), so it was deleted. Try again.`);
  }
  await rename(part, target);
  return target;
}

/** Appends the response's bytes to the part (or starts it again when the server sent the whole file). */
async function receive(
  entry: Pick<CatalogueEntry, 'file' | 'bytes'>,
  part: string,
  already: number,
  response: Response,
  options: { modelsDir: string; signal?: AbortSignal; onProgress?: (p: DownloadProgress) => void },
): Promise<void> {
  if (response.status !== 200 && response.status !== 206) {
    throw new AppError('DOWNLOAD_FAILED', `The model server answered ${response.status} for ${entry.file}.`);
  }
  const resumed = response.status === 206;
  let received = resumed ? already : 0;
  const report = () => options.onProgress?.({ receivedBytes: received, totalBytes: entry.bytes });
  report();
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      received += chunk.byteLength;
      report();
      controller.enqueue(chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body!.pipeThrough(counter) as WebReadableStream<Uint8Array>),
      createWriteStream(part, { flags: resumed ? 'a' : 'w' }),
    );
  } catch (e) {
    if (options.signal?.aborted) throw cancelled();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS') throw fsError(e, `Couldn't save ${entry.file}`, options.modelsDir);
    // The .part file stays: the next attempt resumes from where this one stopped.
    throw new AppError('DOWNLOAD_FAILED', `The download of ${entry.file} was interrupted (${describe(e)}). Try again to resume it.`);
  }
}

/**
 * After a 416 the part is complete only if it has exactly the model's size (and the server's, when it
 * says); a part of any other size can never be finished, so it is deleted with a message saying why.
 */
async function checkCompletePart(entry: Pick<CatalogueEntry, 'file' | 'bytes'>, part: string, already: number, serverTotal: number | null) {
  if (already === entry.bytes && (serverTotal === null || serverTotal === entry.bytes)) return;
  await rm(part, { force: true });
  const why =
    already > entry.bytes
      ? `is larger than the model (${already} bytes, the model has ${entry.bytes})`
      : `doesn't match the model on the server (${already} bytes, the server has ${serverTotal ?? `fewer than ${entry.bytes}`})`;
  throw new AppError('DOWNLOAD_FAILED', `The partly downloaded ${entry.file} ${why}, so it was deleted. Try again to download it from the start.`);
}

// The full size a 416 answer states (`Content-Range: bytes */N`), if it does.
const rangeTotal = (response: Response): number | null => {
  const total = /^bytes \*\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
  return total === undefined ? null : Number(total);
};

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

const cancelled = () => new AppError('CANCELLED', 'Download cancelled. Start it again to resume.');
const describe = (e: unknown) => {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
};
