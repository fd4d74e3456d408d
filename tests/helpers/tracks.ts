import type { AudioTrack } from '../../shared/domain/call';

/** A WAV recording's track as an import would describe it; what a test doesn't give is a mono 16 kHz file. */
export function wavTrack(o: Pick<AudioTrack, 'file' | 'durationSec'> & Partial<AudioTrack>): AudioTrack {
  return {
    originalName: o.file,
    speakerId: null,
    format: 'wav',
    codec: 'pcm_s16le',
    channels: 1,
    sampleRate: 16_000,
    sizeBytes: 1,
    sha256: '0'.repeat(64),
    ...o,
  };
}
