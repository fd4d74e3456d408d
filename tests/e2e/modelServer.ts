import { sendHalfUntil, startRangeServer } from '../helpers/rangeServer';

export type ModelServer = {
  /** Where the catalogue's files are, ending in "/" (what a ModelSource's baseUrl needs). */
  baseUrl: string;
  /** Lets the held second halves through; later downloads are served whole. */
  release(): void;
  close(): Promise<void>;
};

/**
 * A model host on 127.0.0.1 serving `files` under /models/. It sends half of a file, then holds the
 * rest until the test calls `release`, so the progress the user sees is observed for certain, not raced.
 * It ignores Range, so a download resumed after a cancel starts afresh (the downloader's 200 answer).
 */
export async function startModelServer(files: Record<string, Buffer>): Promise<ModelServer> {
  let release = () => {};
  let held = new Promise<void>((resolve) => (release = resolve));
  const host = await startRangeServer(files, { range: false, send: (res, body) => sendHalfUntil(held, res, body) });
  return {
    baseUrl: host.baseUrl,
    release() {
      release();
      held = Promise.resolve();
    },
    close: () => {
      release(); // a response still held would keep the server open
      return host.close();
    },
  };
}
