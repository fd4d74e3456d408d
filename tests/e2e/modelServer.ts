import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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
 */
export function startModelServer(files: Record<string, Buffer>): Promise<ModelServer> {
  let release = () => {};
  let held = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((req, res) => {
    const name = /^\/models\/([^/]+)$/.exec(req.url ?? '')?.[1];
    const bytes = name ? files[name] : undefined;
    if (!bytes) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length });
    const half = Math.floor(bytes.length / 2);
    res.write(bytes.subarray(0, half));
    void held.then(() => res.end(bytes.subarray(half)));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/`,
        release() {
          release();
          held = Promise.resolve();
        },
        close: () =>
          new Promise((done) => {
            release(); // a response still held would keep the server open
            server.close(() => done());
          }),
      }),
    ),
  );
}
