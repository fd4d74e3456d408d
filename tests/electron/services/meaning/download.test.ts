import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import type { TextModelSource } from '../../../../shared/meaning/textModel';
import { modelHostForFile } from '../../../helpers/downloadBackend';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../../../helpers/textModel';

// The fixture model stands in for the official files (the same model, int8 rather than fp32, so the source
// the test injects carries the fixture's own sizes and checksums), served from 127.0.0.1 only.
const FILES = {
  'model.onnx': readFileSync(TEXT_MODEL.model),
  'tokenizer.json': readFileSync(TEXT_MODEL.tokenizer),
  'tokenizer_config.json': readFileSync(TEXT_MODEL.tokenizerConfig),
};
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const local = modelHostForFile(FILES);
const host = local.host;

/** The official layout (the model in onnx/, the tokenizer files at the top) from the local host. */
const source = (modelSha = sha(FILES['model.onnx'])): TextModelSource => {
  const entry = (file: keyof typeof FILES, base: string, sha256 = sha(FILES[file])) => ({
    baseUrl: base,
    file,
    folder: 'text/minilm',
    bytes: FILES[file].length,
    sha256,
  });
  return {
    model: entry('model.onnx', `${host().baseUrl}onnx/`, modelSha),
    tokenizer: entry('tokenizer.json', host().baseUrl),
    tokenizerConfig: entry('tokenizer_config.json', host().baseUrl),
  };
};

async function backend(textModelSource: TextModelSource) {
  const { b, events, dir } = await local.backend('text model download', { textModelSource });
  const finished = async () => {
    await expect.poll(() => events.some((e) => e.event === 'meaning:downloadFinished'), { timeout: 60_000 }).toBe(true);
    return events.find((e) => e.event === 'meaning:downloadFinished')!.payload as EventPayload<'meaning:downloadFinished'>;
  };
  return { b, h: b.handlers, events, finished, installed: join(dir, 'models', 'text', 'minilm') };
}

describe.runIf(TEXT_MODEL_PRESENT)('downloading the text model (from 127.0.0.1)', () => {
  it('downloads the three files with progress, checks them, loads the model and puts it in use', async () => {
    const { b, h, events, finished, installed } = await backend(source());
    expect((await h['meaning:info']({})).download).toMatchObject({ state: 'available', receivedBytes: 0 });
    await h['meaning:download']({});
    expect(await finished()).toEqual({ outcome: 'installed', message: null });
    const total = FILES['model.onnx'].length + FILES['tokenizer.json'].length + FILES['tokenizer_config.json'].length;
    const progress = events.filter((e) => e.event === 'meaning:downloadProgress').map((e) => e.payload as EventPayload<'meaning:downloadProgress'>);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p) => p.totalBytes === total)).toBe(true);
    expect(progress.at(-1)!.receivedBytes).toBeGreaterThan(total * 0.9);
    const info = await h['meaning:info']({});
    expect(info).toMatchObject({ ready: true, problem: null, download: { state: 'installed', inUse: true, receivedBytes: total } });
    expect(info.files).toEqual({
      model: join(installed, 'model.onnx'),
      tokenizer: join(installed, 'tokenizer.json'),
      tokenizerConfig: join(installed, 'tokenizer_config.json'),
    });
    expect(host().requests.map((r) => r.file)).toEqual(['tokenizer_config.json', 'tokenizer.json', 'model.onnx']);
    // The model ran in its worker with onnxruntime's telemetry off (its session files would be here).
    expect(readdirSync(tmpdir()).filter((f) => f === '.ses' || f.startsWith('mat-debug'))).toEqual([]);

    // Remove: the downloaded files go, the setting with them.
    expect(await h['meaning:remove']({})).toMatchObject({ files: null, ready: false, download: { state: 'available' } });
    expect(existsSync(join(installed, 'model.onnx'))).toBe(false);
    await b.close();
  });

  it('refuses a model whose checksum is not the pinned one: deleted, not in use, the reason kept', async () => {
    const { b, h, finished, installed } = await backend(source('0'.repeat(64)));
    await h['meaning:download']({});
    const outcome = await finished();
    expect(outcome.outcome).toBe('failed');
    expect(outcome.message).toMatch(/text model couldn't be downloaded: model.onnx arrived damaged \(its checksum does not match/);
    expect(existsSync(join(installed, 'model.onnx'))).toBe(false);
    expect(existsSync(join(installed, 'model.onnx.part'))).toBe(false);
    const info = await h['meaning:info']({});
    expect(info).toMatchObject({ files: null, ready: false, download: { inUse: false, error: outcome.message } });
    await b.close();
  });
});
