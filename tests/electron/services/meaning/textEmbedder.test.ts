import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTextEmbedder, type TextEmbedder } from '../../../../electron/services/meaning/textEmbedder';
import { EMBEDDING_DIMS, cosine } from '../../../../shared/meaning/vectors';
import { TEXT_MODEL, TEXT_MODEL_PRESENT, referenceEmbeddings } from '../../../helpers/textModel';

describe.runIf(TEXT_MODEL_PRESENT)('the text embedder (all-MiniLM-L6-v2 in onnxruntime, the fixtures’ model)', () => {
  let embedder: TextEmbedder;
  beforeAll(async () => {
    embedder = await loadTextEmbedder(TEXT_MODEL);
  });
  afterAll(() => embedder?.close());

  it('gives the original model’s vectors (cosine ≥ 0.99 to PyTorch’s), batched or one by one', async () => {
    const ref = referenceEmbeddings();
    const batched = await embedder.embed(ref.sentences);
    const single = await Promise.all(ref.sentences.map(async (s) => (await embedder.embed([s]))[0]!));
    ref.embeddings.forEach((expected, i) => {
      expect(batched[i]).toHaveLength(EMBEDDING_DIMS);
      expect(cosine(batched[i]!, expected)).toBeGreaterThan(0.99);
      expect(cosine(single[i]!, batched[i]!)).toBeGreaterThan(0.999);
    });
  });

  it('reads a paraphrase as close and an unrelated sentence as far', async () => {
    const [invoices, billing, weather] = await embedder.embed([
      'Our invoices are PDFs',
      'We send all our billing statements as PDF attachments.',
      'The weather in Seattle has been rainy all week.',
    ]);
    expect(cosine(invoices!, billing!)).toBeGreaterThan(0.6);
    expect(cosine(invoices!, weather!)).toBeLessThan(0.2);
  });

  it('takes a monologue longer than the model’s 256 tokens (read to its limit) and an empty turn', async () => {
    const long = Array(300).fill('pipeline').join(' ');
    const [a, b] = await embedder.embed([long, '']);
    expect(Number.isFinite(cosine(a!, a!))).toBe(true);
    expect(cosine(a!, a!)).toBeCloseTo(1, 5);
    expect(b).toHaveLength(EMBEDDING_DIMS);
  });
});

describe('a text model that is not there', () => {
  it('is refused with a message that says to download it again', async () => {
    await expect(loadTextEmbedder({ ...TEXT_MODEL, model: '/nonexistent/model.onnx' })).rejects.toThrow(/text model can't be loaded.*Download it again/);
  });
});
