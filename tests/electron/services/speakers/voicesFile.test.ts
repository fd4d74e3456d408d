import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVoices, VOICES_FILE, writeVoices } from '../../../../electron/services/speakers/voicesFile';
import type { VoiceAnalysis } from '../../../../shared/speakers/diarization';
import { tempDir } from '../../../helpers/fixtures';

const dir = tempDir('voices');
afterAll(() => dir.cleanup());

describe('kept voices', () => {
  it('round-trips an analysis exactly, says when there is none, and refuses a damaged file', async () => {
    expect(await readVoices(dir.path)).toBeNull();
    const analysis: VoiceAnalysis = {
      durationSec: 12.5,
      segments: [{ start: 0.5, end: 4, track: '0:1' }],
      windows: [
        { start: 0.5, end: 2, segment: 0, overlapped: false },
        { start: 2, end: 4, segment: 0, overlapped: true },
      ],
      embeddings: [Float32Array.from([0.1, -2.5, 3]), Float32Array.from([1e-7, 0, -0.333])],
    };
    await writeVoices(dir.path, analysis);
    const read = await readVoices(dir.path);
    expect({ ...read, embeddings: read!.embeddings.map((e) => Array.from(e)) }).toEqual({
      ...analysis,
      embeddings: analysis.embeddings.map((e) => Array.from(e)),
    });

    writeFileSync(join(dir.path, VOICES_FILE), '{"schemaVersion":1,');
    await expect(readVoices(dir.path)).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT', message: expect.stringContaining('transcribe it again') });
  });
});
