import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import type { SpeakerModelSource } from '../../../../electron/services/ports';
import { loadSpeakerEngine } from '../../../../electron/services/speakers/engine';
import { modelHostForFile } from '../../../helpers/downloadBackend';
import { sendHalfUntil } from '../../../helpers/rangeServer';

// The fixture models stand in for the official files (same models, not byte-identical, so the catalogue
// the test injects carries the fixtures' own sizes and checksums), served from 127.0.0.1 only.
const MODELS = resolve(__dirname, '../../../../../shared/fixtures/models');
const FILES = {
  'model.onnx': readFileSync(join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx')),
  'campplus.onnx': readFileSync(join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx')),
};
type Served = keyof typeof FILES;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Set: this file's answer stops half-way until the test lets it go on (so a cancel lands mid-download). */
let hold: { file: Served; release: Promise<void> } | null = null;
const local = modelHostForFile(FILES, { send: (res, body, file) => (hold?.file === file ? sendHalfUntil(hold.release, res, body) : res.end(body)) });
const host = local.host;
beforeEach(() => {
  hold = null;
});

/** The official layout (the segmentation file is called model.onnx, in its own folder) from the local host. */
const source = (embeddingSha = sha(FILES['campplus.onnx'])): SpeakerModelSource => ({
  segmentation: {
    baseUrl: `${host().baseUrl}segmentation/`,
    file: 'model.onnx',
    folder: 'speakers/pyannote-segmentation',
    bytes: FILES['model.onnx'].length,
    sha256: sha(FILES['model.onnx']),
  },
  embedding: { baseUrl: `${host().baseUrl}embedding/`, file: 'campplus.onnx', folder: 'speakers', bytes: FILES['campplus.onnx'].length, sha256: embeddingSha },
});
const TOTAL = FILES['model.onnx'].length + FILES['campplus.onnx'].length;

async function backend(speakerModelSource = source()) {
  const { b, events, dir } = await local.backend('speaker downloads', { speakerModelSource });
  const finishedCount = () => events.filter((e) => e.event === 'speakers:downloadFinished').length;
  /** The outcome of the download started after `seen` outcomes. */
  const finished = async (seen = 0) => {
    await expect.poll(finishedCount, { timeout: 20_000 }).toBeGreaterThan(seen);
    return events.filter((e) => e.event === 'speakers:downloadFinished')[seen]!.payload as EventPayload<'speakers:downloadFinished'>;
  };
  const progress = () =>
    events.filter((e) => e.event === 'speakers:downloadProgress').map((e) => (e.payload as EventPayload<'speakers:downloadProgress'>).receivedBytes);
  const modelsDir = join(dir, 'models');
  return {
    h: b.handlers,
    shutdown: () => b.shutdown(),
    finished,
    progress,
    segmentation: join(modelsDir, 'speakers', 'pyannote-segmentation', 'model.onnx'),
    embedding: join(modelsDir, 'speakers', 'campplus.onnx'),
  };
}

describe('speaker model downloads (local model host)', () => {
  it('downloads both models, checks them, installs them in the models folder and sets them; the engine loads them', async () => {
    const { h, finished, progress, segmentation, embedding } = await backend();
    expect(await h['speakers:downloadInfo']({})).toEqual({ state: 'available', receivedBytes: 0, totalBytes: TOTAL, inUse: false, error: null });

    expect(await h['speakers:downloadModels']({})).toMatchObject({ state: 'downloading', totalBytes: TOTAL });
    expect(await finished()).toEqual({ outcome: 'installed', message: null });

    expect(readFileSync(segmentation).equals(FILES['model.onnx'])).toBe(true);
    expect(readFileSync(embedding).equals(FILES['campplus.onnx'])).toBe(true);
    expect(existsSync(`${embedding}.part`)).toBe(false);
    expect(await h['speakers:modelsInfo']({})).toEqual({ segmentation, embedding, ready: true, problem: null });
    expect(await h['speakers:downloadInfo']({})).toEqual({ state: 'installed', receivedBytes: TOTAL, totalBytes: TOTAL, inUse: true, error: null });
    const seen = progress();
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBeGreaterThan(TOTAL * 0.98);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);

    const engine = await loadSpeakerEngine({ segmentation, embedding }, 1);
    expect(engine.extractor.dim).toBeGreaterThan(0);
  });

  it('a model whose checksum does not match is deleted and never set, with a message naming it', async () => {
    const { h, finished, segmentation, embedding } = await backend(source('0'.repeat(64)));
    await h['speakers:downloadModels']({});
    const outcome = await finished();
    expect(outcome).toEqual({
      outcome: 'failed',
      message:
        "The speaker embedding model couldn't be downloaded: campplus.onnx arrived damaged (its checksum does not match the catalogue's), so it was deleted. Try again.",
    });
    expect(existsSync(embedding)).toBe(false);
    expect(existsSync(`${embedding}.part`)).toBe(false);
    expect(await h['speakers:modelsInfo']({})).toEqual({ segmentation: null, embedding: null, ready: false, problem: null });
    // The segmentation model arrived whole and verified: it stays for the next try, unused.
    expect(existsSync(segmentation)).toBe(true);
    expect(await h['speakers:downloadInfo']({})).toMatchObject({ state: 'partial', inUse: false, error: outcome.message });
  });

  it('cancel leaves nothing set up; the next download fetches only what is missing, resuming the cut file', async () => {
    const { h, finished, progress, segmentation, embedding, shutdown } = await backend();
    let release = () => {};
    hold = { file: 'campplus.onnx', release: new Promise<void>((done) => (release = done)) };
    try {
      await h['speakers:downloadModels']({});
      // Held half-way through the embedding model: cancel lands mid-download.
      await expect.poll(() => progress().at(-1) ?? 0).toBeGreaterThan(FILES['model.onnx'].length);
      expect(await h['speakers:downloadModels']({})).toMatchObject({ state: 'downloading' }); // no second download
      await h['speakers:cancelDownload']({});
      expect(await finished()).toEqual({ outcome: 'cancelled', message: null });
    } finally {
      release();
    }
    expect(await h['speakers:modelsInfo']({})).toEqual({ segmentation: null, embedding: null, ready: false, problem: null });
    expect(existsSync(embedding)).toBe(false);
    const part = statSync(`${embedding}.part`).size;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(FILES['campplus.onnx'].length);
    expect(await h['speakers:downloadInfo']({})).toEqual({
      state: 'partial',
      receivedBytes: FILES['model.onnx'].length + part,
      totalBytes: TOTAL,
      inUse: false,
      error: null,
    });

    host().requests.length = 0;
    await h['speakers:downloadModels']({});
    expect(await finished(1)).toEqual({ outcome: 'installed', message: null });
    expect(host().requests).toEqual([{ file: 'campplus.onnx', range: `bytes=${part}-` }]);
    expect(readFileSync(embedding).equals(FILES['campplus.onnx'])).toBe(true);
    expect(await h['speakers:modelsInfo']({})).toEqual({ segmentation, embedding, ready: true, problem: null });
    shutdown();
  });

  it('after "Stop detecting speakers", downloading again uses the verified files without fetching them', async () => {
    const { h, finished, segmentation, embedding } = await backend();
    await h['speakers:downloadModels']({});
    await finished();
    await h['speakers:clearModels']({});
    expect(await h['speakers:downloadInfo']({})).toMatchObject({ state: 'installed', inUse: false });
    host().requests.length = 0;
    await h['speakers:downloadModels']({});
    expect(await finished(1)).toEqual({ outcome: 'installed', message: null });
    expect(host().requests).toEqual([]);
    expect(await h['speakers:modelsInfo']({})).toEqual({ segmentation, embedding, ready: true, problem: null });
  });
});
