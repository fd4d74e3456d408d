/**
 * Per-channel summaries of a recording, filled while it is decoded once:
 * - peaks: min/max per bucket for the waveform (the renderer never decodes audio),
 * - energy: mean square per bucket, to tell which channel a word was spoken on.
 */
export const BUCKETS_PER_SECOND = 100;

export type AudioEnvelope = {
  bucketsPerSecond: number;
  /** Per channel, interleaved [min, max] per bucket, scaled to -127..127. */
  peaks: Int8Array[];
  /** Per channel, mean square per bucket. */
  energy: Float32Array[];
};

/** Streams planar samples in, one bucket at a time, in bounded memory (a few floats per bucket). */
export class EnvelopeBuilder {
  private readonly samplesPerBucket: number;
  private readonly peaks: number[][];
  private readonly energy: number[][];
  private filled = 0;
  private min: number[];
  private max: number[];
  private sumSquares: number[];

  constructor(
    readonly channels: number,
    sampleRate: number,
    private readonly bucketsPerSecond = BUCKETS_PER_SECOND,
  ) {
    this.samplesPerBucket = Math.max(1, Math.round(sampleRate / bucketsPerSecond));
    this.peaks = Array.from({ length: channels }, () => []);
    this.energy = Array.from({ length: channels }, () => []);
    this.min = new Array(channels).fill(0);
    this.max = new Array(channels).fill(0);
    this.sumSquares = new Array(channels).fill(0);
  }

  /** `planes[c][i]` is sample i of channel c; every plane has the same length. */
  push(planes: Float32Array[]): void {
    const length = planes[0]?.length ?? 0;
    for (let i = 0; i < length; i++) {
      for (let c = 0; c < this.channels; c++) {
        const v = planes[c]![i]!;
        if (v < this.min[c]!) this.min[c] = v;
        if (v > this.max[c]!) this.max[c] = v;
        this.sumSquares[c]! += v * v;
      }
      if (++this.filled === this.samplesPerBucket) this.closeBucket();
    }
  }

  finish(): AudioEnvelope {
    if (this.filled > 0) this.closeBucket();
    return {
      bucketsPerSecond: this.bucketsPerSecond,
      peaks: this.peaks.map((p) => Int8Array.from(p)),
      energy: this.energy.map((e) => Float32Array.from(e)),
    };
  }

  private closeBucket(): void {
    for (let c = 0; c < this.channels; c++) {
      this.peaks[c]!.push(scale(this.min[c]!), scale(this.max[c]!));
      this.energy[c]!.push(this.sumSquares[c]! / this.filled);
      this.min[c] = 0;
      this.max[c] = 0;
      this.sumSquares[c] = 0;
    }
    this.filled = 0;
  }
}

const scale = (v: number) => Math.max(-127, Math.min(127, Math.round(v * 127)));
