// The part of sherpa-onnx-node (which ships JavaScript with JSDoc, no TypeScript types) that the
// speakers service uses. Field names are the addon's own (node_modules/sherpa-onnx-node/types.js).
declare module 'sherpa-onnx-node' {
  export type OfflineSpeakerDiarizationConfig = {
    segmentation: { pyannote: { model: string; windowShiftRatio?: number }; numThreads?: number; debug?: number };
    embedding: { model: string; numThreads?: number; debug?: number };
    clustering: { numClusters?: number; threshold?: number };
    minDurationOn?: number;
    minDurationOff?: number;
  };
  export type SpeakerDiarizationSegment = { start: number; end: number; speaker: number };

  export class OfflineSpeakerDiarization {
    constructor(config: OfflineSpeakerDiarizationConfig);
    readonly sampleRate: number;
    process(samples: Float32Array): SpeakerDiarizationSegment[];
  }

  export class OnlineStream {
    acceptWaveform(wave: { sampleRate: number; samples: Float32Array }): void;
    inputFinished(): void;
  }

  export class SpeakerEmbeddingExtractor {
    constructor(config: { model: string; numThreads?: number; debug?: number });
    readonly dim: number;
    createStream(): OnlineStream;
    isReady(stream: OnlineStream): boolean;
    compute(stream: OnlineStream, enableExternalBuffer?: boolean): Float32Array;
  }

  const sherpa: {
    OfflineSpeakerDiarization: typeof OfflineSpeakerDiarization;
    SpeakerEmbeddingExtractor: typeof SpeakerEmbeddingExtractor;
  };
  export default sherpa;
}
