import parseRange from 'range-parser';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How an answer's body goes out once its headers are sent: whole, unless a test holds, cuts or slows it. */
export type Send = (res: ServerResponse, body: Buffer, file: string) => void;

export type RangeServer = {
  /** `http://127.0.0.1:<port>/models/`: a file is found by its name as the last part of the path below it. */
  baseUrl: string;
  /** Every request for a served file, in order: its name and Range header. */
  requests: { file: string; range: string | undefined }[];
  close(): Promise<void>;
};

const sendWhole: Send = (res, body) => res.end(body);

/** Sends the first half of the body at once and the rest when `until` settles: a download caught mid-way. */
export function sendHalfUntil(until: Promise<void>, res: ServerResponse, body: Buffer): void {
  const half = Math.floor(body.length / 2);
  res.write(body.subarray(0, half));
  void until.then(() => res.end(body.subarray(half)));
}

/**
 * Where an open-ended Range (`bytes=N-`, what a resumed download asks for) starts; 0 without one.
 * Hand-parsed until the range-parser package is installed for the tests.
 */
/** Where the asked-for bytes start (range-parser reads the header); null: none of them exist (416). */
function rangeStart(header: string | undefined, size: number): number | null {
  if (!header) return 0;
  const ranges = parseRange(size, header);
  if (ranges === -1) return null;
  return ranges === -2 || ranges.type !== 'bytes' ? 0 : ranges[0]!.start;
}

/**
 * A stand-in for a model host on 127.0.0.1 only, serving `files` by name (looked up at each request, so a
 * test can swap one) and honouring Range as real hosts do: 206 with the rest of the file, and "416 Range
 * Not Satisfiable" from the end of the file on. `range: false` is a host that ignores Range (a whole file,
 * 200, for every request): the downloader must start afresh.
 */
export function startRangeServer(files: Record<string, Buffer>, options: { send?: Send; range?: boolean } = {}): Promise<RangeServer> {
  const { send = sendWhole, range = true } = options;
  const requests: RangeServer['requests'] = [];
  const server = createServer((req, res) => {
    const file = /^\/models\/(?:[^/]+\/)*([^/]+)$/.exec(req.url ?? '')?.[1];
    const bytes = file !== undefined && Object.hasOwn(files, file) ? files[file] : undefined;
    if (file === undefined || bytes === undefined) return void res.writeHead(404).end();
    requests.push({ file, range: req.headers.range });
    const from = range ? rangeStart(req.headers.range, bytes.length) : 0;
    if (from === null) return void res.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` }).end();
    const body = bytes.subarray(from);
    res.writeHead(from > 0 ? 206 : 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': body.length,
      ...(from > 0 ? { 'Content-Range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` } : {}),
    });
    send(res, body, file);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
