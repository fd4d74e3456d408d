// The eval's test calls for speaker detection, built from the team's fixture recordings with node-av (the
// FFmpeg the app ships), or the ffmpeg CLI for the two cases that need a filter node-av's build lacks
// (`npm run eval:speakers` only: the tests use the plain mix). Each case is a mono 16 kHz mix plus its
// reference: per 50 ms frame, the louder of the voices that have speech there (-1: nobody speaks).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FRAME_SEC } from '../shared/speakers/attribution';
import { decodePcm } from '../tests/helpers/media';

export const AUDIO = resolve(import.meta.dirname, '../../shared/fixtures/audio');
export const RATE = 16_000;
const FRAME = Math.round(FRAME_SEC * RATE);

export type Case = { name: string; samples: Float32Array; reference: Int16Array; speakers: number; note: string };

/** One voice placed in the mix at `at` (samples, a whole frame), with its speech frames (from its source track). */
type Voice = { speaker: number; samples: Float32Array; at: number; speech: boolean[] };

/**
 * Decodes a fixture through an optional FFmpeg filter chain to 16 kHz mono floats: with node-av, or with
 * the ffmpeg CLI for what only the eval asks (rubberband, which node-av's FFmpeg lacks; a `lavfi:` source;
 * a µ-law phone line), cached in `dir`.
 */
export function load(dir: string, file: string, filter = '', options: { mulaw?: boolean } = {}): Float32Array {
  if (options.mulaw || file.startsWith('lavfi:') || filter.includes('rubberband')) return loadWithCli(dir, file, filter, options);
  return decodePcm(join(AUDIO, file), { filter, sampleRate: RATE, mono: true }).channels[0]!;
}

function loadWithCli(dir: string, file: string, filter = '', options: { mulaw?: boolean } = {}): Float32Array {
  const key = createHash('sha1').update(`${file}|${filter}|${options.mulaw}`).digest('hex').slice(0, 12);
  const out = join(dir, `${key}.f32`);
  const ffmpeg = (input: string[], output: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...input, ...output]);
  const input = file.startsWith('lavfi:') ? ['-f', 'lavfi', '-i', file.slice(6)] : ['-i', join(AUDIO, file)];
  const filters = filter ? ['-af', filter] : [];
  if (options.mulaw) {
    // A phone line's codec: G.711 µ-law at 8 kHz, then back to 16 kHz as the app would decode it.
    const line = join(dir, `${key}.mulaw.wav`);
    ffmpeg([...input, ...filters], ['-ac', '1', '-ar', '8000', '-c:a', 'pcm_mulaw', line]);
    ffmpeg(['-i', line], ['-ac', '1', '-ar', String(RATE), '-f', 'f32le', out]);
  } else ffmpeg([...input, ...filters], ['-ac', '1', '-ar', String(RATE), '-f', 'f32le', out]);
  const bytes = readFileSync(out);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Frame energies in dB (RMS over 50 ms). */
function frameDb(samples: Float32Array): Float64Array {
  const n = Math.ceil(samples.length / FRAME);
  const out = new Float64Array(n);
  for (let f = 0; f < n; f++) {
    let sum = 0;
    const end = Math.min(samples.length, (f + 1) * FRAME);
    for (let i = f * FRAME; i < end; i++) sum += samples[i]! * samples[i]!;
    out[f] = 10 * Math.log10(sum / FRAME + 1e-12);
  }
  return out;
}

/** Energy VAD on a clean single-voice track: 15 dB over its noise floor; gaps under 0.3 s are bridged. */
export function speechFrames(samples: Float32Array): boolean[] {
  const db = frameDb(samples);
  const floor = [...db].sort((a, b) => a - b)[Math.floor(db.length * 0.1)]!;
  const threshold = Math.max(floor + 15, -55);
  const speech = [...db].map((d) => d > threshold);
  const bridge = Math.round(0.3 / FRAME_SEC);
  let lastSpeech = -Infinity;
  speech.forEach((s, f) => {
    if (!s) return;
    if (f - lastSpeech > 1 && f - lastSpeech <= bridge) for (let g = lastSpeech + 1; g < f; g++) speech[g] = true;
    lastSpeech = f;
  });
  return speech;
}

/** Stretches of speech (in samples) of a clean track, at least 0.2 s long. */
export function utterances(samples: Float32Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  speechFrames(samples).forEach((s, f) => {
    const last = out.at(-1);
    if (!s) return;
    if (last && last.end === f * FRAME) last.end = (f + 1) * FRAME;
    else out.push({ start: f * FRAME, end: (f + 1) * FRAME });
  });
  return out.filter((u) => u.end - u.start >= 0.2 * RATE).map((u) => ({ start: u.start, end: Math.min(u.end, samples.length) }));
}

/** Sums the voices; the reference is, per frame, the loudest voice that has speech there. */
export function mix(voices: Voice[]): { samples: Float32Array; reference: Int16Array } {
  const length = Math.max(...voices.map((v) => v.at + v.samples.length));
  const samples = new Float32Array(length);
  const frames = Math.ceil(length / FRAME);
  const reference = new Int16Array(frames).fill(-1);
  const loudest = new Float64Array(frames).fill(-Infinity);
  for (const v of voices) {
    for (let i = 0; i < v.samples.length; i++) samples[v.at + i]! += v.samples[i]!;
    const db = frameDb(v.samples);
    const shift = Math.round(v.at / FRAME);
    v.speech.forEach((s, f) => {
      const g = f + shift;
      if (s && g < frames && db[f]! > loudest[g]!) [loudest[g], reference[g]] = [db[f]!, v.speaker];
    });
  }
  for (let i = 0; i < length; i++) samples[i] = Math.max(-1, Math.min(1, samples[i]!));
  return { samples, reference };
}

/** A clean track cut into its utterances, each with its speech frames (VAD run on the whole track). */
type Track = { samples: Float32Array; speech: boolean[]; utterances: { start: number; end: number }[] };
function track(samples: Float32Array): Track {
  return { samples, speech: speechFrames(samples), utterances: utterances(samples) };
}
function piece(t: Track, speaker: number, u: { start: number; end: number }, at: number): Voice {
  const start = Math.round(u.start / FRAME) * FRAME;
  const end = Math.min(t.samples.length, Math.max(start + FRAME, Math.round(u.end / FRAME) * FRAME));
  return {
    speaker,
    samples: t.samples.subarray(start, end),
    at: Math.round(at / FRAME) * FRAME,
    speech: t.speech.slice(start / FRAME, Math.ceil(end / FRAME)),
  };
}
const whole = (t: Track, speaker: number): Voice => ({ speaker, samples: t.samples, at: 0, speech: t.speech });

const AGENT = 'service-call-track-agent.wav';
const CALLER = 'service-call-track-caller.wav';
/** ffmpeg's telephone band (300–3400 Hz, steep enough to cut what a phone line cuts). */
const PHONE = 'highpass=f=300,highpass=f=300,lowpass=f=3400,lowpass=f=3400';

/** (a) The fixture call's two tracks mixed as recorded. */
export function plainMix(dir: string): Case {
  const { samples, reference } = mix([whole(track(load(dir, AGENT)), 0), whole(track(load(dir, CALLER)), 1)]);
  return { name: '(a) fixture mix', samples, reference, speakers: 2, note: 'agent + caller tracks, as recorded' };
}

/**
 * (b) Telephone band, pitches brought together: the agent (median F0 ≈ 239 Hz measured here) down 15%, the
 * caller (≈ 130 Hz) up 45%, with rubberband (pitch only, formants kept), so both sit near 190–200 Hz.
 */
export function phoneSimilarPitch(dir: string): Case {
  const agent = track(load(dir, AGENT, `rubberband=pitch=0.85,${PHONE}`));
  const caller = track(load(dir, CALLER, `rubberband=pitch=1.45,${PHONE}`));
  const { samples, reference } = mix([whole(agent, 0), whole(caller, 1)]);
  return { name: '(b) phone band, similar pitch', samples, reference, speakers: 2, note: 'agent F0 ×0.85, caller ×1.45, 300–3400 Hz' };
}

/**
 * (c) Long monologues with short back-channels: one speaker's utterances laid end to end for ~25 s, with
 * the other's back-channels (the first 0.5 s of one of their utterances) every ~5 s, every other one over
 * the speech (overlap); then the roles swap. Built from both tracks' utterances, in order.
 */
export function backChannels(dir: string): Case {
  const tracks = [track(load(dir, AGENT)), track(load(dir, CALLER))];
  const next = [0, 0];
  // Back-channels come from the end of each track, monologues from its start.
  const backs = tracks.map((t) => [...t.utterances]);
  const voices: Voice[] = [];
  let cursor = 0;
  let speaker = 0;
  let overlap = false;
  while (next[0]! < tracks[0]!.utterances.length && next[1]! < tracks[1]!.utterances.length) {
    const other = 1 - speaker;
    let monologue = 0;
    let sinceBack = 0;
    while (monologue < 25 * RATE && next[speaker]! < tracks[speaker]!.utterances.length) {
      const u = tracks[speaker]!.utterances[next[speaker]!++]!;
      voices.push(piece(tracks[speaker]!, speaker, u, cursor));
      const length = u.end - u.start;
      cursor += length + 0.25 * RATE;
      monologue += length;
      sinceBack += length;
      const back = sinceBack >= 5 * RATE ? backs[other]!.pop() : undefined;
      if (back) {
        const clip = { start: back.start, end: Math.min(back.end, back.start + 0.5 * RATE) };
        voices.push(piece(tracks[other]!, other, clip, overlap ? cursor - 0.25 * RATE - 0.6 * RATE : cursor));
        if (!overlap) cursor += clip.end - clip.start + 0.25 * RATE;
        overlap = !overlap;
        sinceBack = 0;
      }
    }
    speaker = other;
  }
  const { samples, reference } = mix(voices);
  return { name: '(c) monologues + back-channels', samples, reference, speakers: 2, note: '25 s monologues, 0.5 s back-channels every ~5 s, half overlapped' };
}

/**
 * (d) Three parties: the fixture call where every third agent utterance is said by a third voice: the
 * agent's own recording with pitch and formants lowered 20% (asetrate), which the ear hears as another
 * person. (Raising the caller's voice instead made speech the segmentation model mostly did not hear.)
 * The reference gives those utterances to speaker 2.
 */
export function threeParty(dir: string): Case {
  const agent = track(load(dir, AGENT));
  const caller = track(load(dir, CALLER));
  const third = track(load(dir, AGENT, `asetrate=${Math.round(RATE * 0.8)},aresample=${RATE},atempo=1.25`));
  const voices: Voice[] = [whole(caller, 1)];
  agent.utterances.forEach((u, i) => {
    if (i % 3 !== 2) voices.push(piece(agent, 0, u, u.start));
    else voices.push({ ...piece(third, 2, u, u.start), speech: agent.speech.slice(Math.round(u.start / FRAME), Math.round(u.end / FRAME)) });
  });
  const { samples, reference } = mix(voices);
  return { name: '(d) three parties', samples, reference, speakers: 3, note: 'every 3rd agent utterance by a voice 20% lower (pitch + formants)' };
}

/**
 * (f) A noisy phone line: (b)'s voices (pitches brought together, telephone band) through G.711 µ-law at
 * 8 kHz, over pink noise in the phone band about 30 dB under the voices.
 */
export function noisyLine(dir: string): Case {
  const agent = track(load(dir, AGENT, `rubberband=pitch=0.85,${PHONE}`, { mulaw: true }));
  const caller = track(load(dir, CALLER, `rubberband=pitch=1.45,${PHONE}`, { mulaw: true }));
  const seconds = Math.ceil(agent.samples.length / RATE);
  const noise = load(dir, `lavfi:anoisesrc=color=pink:amplitude=0.02:seed=7:duration=${seconds}`, PHONE, { mulaw: true });
  const { samples, reference } = mix([whole(agent, 0), whole(caller, 1), { speaker: 0, samples: noise, at: 0, speech: [] }]);
  return { name: '(f) noisy µ-law line', samples, reference, speakers: 2, note: '(b) + G.711 µ-law 8 kHz + pink noise' };
}

/** (g) One speaker for four minutes: the agent's track alone (a long one-voice recording must stay one). */
export function agentAlone(dir: string): Case {
  const { samples, reference } = mix([whole(track(load(dir, AGENT)), 0)]);
  return { name: '(g) agent track alone', samples, reference, speakers: 1, note: 'one speaker, 245 s' };
}

/** (e) One speaker: jfk.wav. */
export function oneSpeaker(dir: string): Case {
  const t = track(load(dir, 'jfk.wav'));
  const { samples, reference } = mix([whole(t, 0)]);
  return { name: '(e) jfk.wav', samples, reference, speakers: 1, note: 'one speaker, 11 s' };
}

export const CASES = [plainMix, phoneSimilarPitch, backChannels, threeParty, oneSpeaker, noisyLine, agentAlone];
