import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import type { Fetch } from '../../../../electron/services/ports';
import { modelHostForFile } from '../../../helpers/downloadBackend';
import type { Send } from '../../../helpers/rangeServer';
import { TEST_MODEL } from '../../../helpers/whisper';

// A local stand-in for the model host (127.0.0.1 only, honouring Range): serves a real ggml file, and can
// be told to cut the connection half-way.
const MODEL = readFileSync(TEST_MODEL);
const SHA = createHash('sha256').update(MODEL).digest('hex');
let cutAfter: number | null = null;
let slow = false;
const send: Send = (res, body) => {
  if (cutAfter !== null) {
    res.write(body.subarray(0, cutAfter), () => res.destroy());
    return;
  }
  if (slow) {
    res.write(body.subarray(0, 1000));
    setTimeout(() => res.end(body.subarray(1000)), 3000);
    return;
  }
  res.end(body);
};
const local = modelHostForFile({ 'ggml-test.bin': MODEL }, { send });
const host = local.host;
/** The Range header of every request, in order. */
const ranges = () => host().requests.map((r) => r.range);
beforeEach(() => {
  cutAfter = null;
  slow = false;
});

async function backend(sha = SHA, fetch?: Fetch) {
  const { b, events, dir } = await local.backend('models', {
    fetch,
    modelSource: {
      baseUrl: host().baseUrl,
      catalogue: [{ id: 'test', file: 'ggml-test.bin', bytes: MODEL.length, sha256: sha, englishOnly: true, note: 'test' }],
    },
  });
  const finished = () =>
    new Promise<EventPayload<'models:finished'>>((resolve) => {
      const check = setInterval(() => {
        const done = events.find((e) => e.event === 'models:finished');
        if (done) {
          clearInterval(check);
          resolve(done.payload as EventPayload<'models:finished'>);
        }
      }, 20);
    });
  return { h: b.handlers, events, finished, modelsDir: join(dir, 'models') };
}

describe('model downloads', () => {
  it('downloads, verifies the checksum, installs and uses the model', async () => {
    const { h, events, finished, modelsDir } = await backend();
    expect((await h['models:info']({})).catalogue[0]).toMatchObject({ state: 'available', current: false });
    await h['models:download']({ id: 'test' });
    expect(await finished()).toEqual({ id: 'test', outcome: 'installed', message: null });
    expect(readFileSync(join(modelsDir, 'ggml-test.bin')).equals(MODEL)).toBe(true);
    expect(events.some((e) => e.event === 'models:progress')).toBe(true);
    const info = await h['models:info']({});
    expect(info.catalogue[0]).toMatchObject({ state: 'installed', current: true });
    expect(info.current).toMatchObject({ name: 'ggml-test.bin', englishOnly: true });
  });

  it('a broken connection keeps the part already received and the next attempt resumes it', async () => {
    const { h, finished, modelsDir } = await backend();
    cutAfter = 200_000;
    await h['models:download']({ id: 'test' });
    const failed = await finished();
    expect(failed).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/interrupted.*resume/) });
    const partSize = statSync(join(modelsDir, 'ggml-test.bin.part')).size;
    expect(partSize).toBeGreaterThan(0);
    expect(partSize).toBeLessThan(MODEL.length);
    expect((await h['models:info']({})).catalogue[0]).toMatchObject({ state: 'partial', receivedBytes: partSize });

    cutAfter = null;
    host().requests.length = 0;
    await h['models:download']({ id: 'test' });
    expect(await finishedAfter(h)).toMatchObject({ outcome: 'installed' });
    expect(ranges()).toEqual([`bytes=${partSize}-`]);
    expect(readFileSync(join(modelsDir, 'ggml-test.bin')).equals(MODEL)).toBe(true);
  });

  it('a file whose checksum does not match is deleted and never used', async () => {
    const { h, finished, modelsDir } = await backend('0'.repeat(64));
    await h['models:download']({ id: 'test' });
    expect(await finished()).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/checksum/) });
    expect(existsSync(join(modelsDir, 'ggml-test.bin'))).toBe(false);
    expect(existsSync(join(modelsDir, 'ggml-test.bin.part'))).toBe(false);
    expect(await h['models:info']({})).toMatchObject({ current: null });
  });

  it('a part already whole when the download stopped (the server answers 416) is checked and installed', async () => {
    const { h, finished, modelsDir } = await backend();
    mkdirSync(modelsDir, { recursive: true });
    writeFileSync(join(modelsDir, 'ggml-test.bin.part'), MODEL);
    await h['models:download']({ id: 'test' });
    expect(await finished()).toEqual({ id: 'test', outcome: 'installed', message: null });
    expect(ranges()).toEqual([`bytes=${MODEL.length}-`]);
    expect(readFileSync(join(modelsDir, 'ggml-test.bin')).equals(MODEL)).toBe(true);
    expect(existsSync(join(modelsDir, 'ggml-test.bin.part'))).toBe(false);
    expect((await h['models:info']({})).catalogue[0]).toMatchObject({ state: 'installed', current: true });
  });

  it.each([
    ['larger than the model', Buffer.concat([MODEL, Buffer.from('trailing bytes')]), /larger than the model.*deleted/],
    ['whole but damaged', Buffer.from(MODEL).fill(0, 1000, 2000), /checksum.*deleted/],
  ])('a part %s is deleted with a message saying why, and the next attempt starts afresh', async (_label, bytes, message) => {
    const { h, finished, modelsDir } = await backend();
    mkdirSync(modelsDir, { recursive: true });
    writeFileSync(join(modelsDir, 'ggml-test.bin.part'), bytes);
    await h['models:download']({ id: 'test' });
    expect(await finished()).toMatchObject({ outcome: 'failed', message: expect.stringMatching(message) });
    expect(existsSync(join(modelsDir, 'ggml-test.bin.part'))).toBe(false);
    expect(existsSync(join(modelsDir, 'ggml-test.bin'))).toBe(false);
    expect(await h['models:info']({})).toMatchObject({ current: null });

    host().requests.length = 0;
    await h['models:download']({ id: 'test' });
    expect(await finishedAfter(h)).toMatchObject({ outcome: 'installed' });
    expect(ranges()).toEqual([undefined]);
  });

  it('downloads go through the fetch the shell supplies (net.fetch in the app)', async () => {
    const requested: string[] = [];
    const { h, finished } = await backend(SHA, (url, init) => {
      requested.push(url);
      return fetch(url, init);
    });
    await h['models:download']({ id: 'test' });
    expect(await finished()).toMatchObject({ outcome: 'installed' });
    expect(requested).toEqual([`${host().baseUrl}ggml-test.bin`]);
  });

  it('cancel stops the download and keeps what arrived; delete removes an installed model', async () => {
    const { h, finished } = await backend();
    slow = true;
    await h['models:download']({ id: 'test' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await h['models:info']({})).catalogue[0]!.state).toBe('downloading');
    await h['models:cancelDownload']({ id: 'test' });
    expect(await finished()).toMatchObject({ outcome: 'cancelled' });
    expect((await h['models:info']({})).catalogue[0]!.state).toBe('partial');

    slow = false;
    await h['models:download']({ id: 'test' });
    await finishedAfter(h);
    const deleted = await h['models:delete']({ id: 'test' });
    expect(deleted.catalogue[0]).toMatchObject({ state: 'available', current: false });
    expect(deleted.current).toBeNull();
  });
});

/** Polls until no download is running and returns the outcome from the catalogue state. */
async function finishedAfter(h: Awaited<ReturnType<typeof backend>>['h']) {
  for (;;) {
    const state = (await h['models:info']({})).catalogue[0]!.state;
    if (state !== 'downloading') return { outcome: state === 'installed' ? 'installed' : 'failed' };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
