// npm run eval:voices — how similar a voice profile is to the same person and to other people on new
// mono calls, to set VOICE_MATCH_THRESHOLD (shared/speakers/profiles.ts) from measurements.
// Profiles: the agent and the caller enrolled from the stereo fixture call's own channels, first half
// (0–120 s), as the app enrols (windows heard alone inside the person's speech). Probes: detected voices
// (cluster means) of mono mixes of the call's second half (120 s–end: other words, same people) as
// recorded, through a telephone band, and through G.711 µ-law with noise; and of other people: jfk.wav,
// the two speakers of sales-followup-azure.wav, and the agent's voice 20 % lower (pitch and formants).
//   npm run eval:voices
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diarize } from '../electron/services/speakers/diarize';
import type { Turn } from '../shared/domain/transcript';
import { labelSpeakers } from '../shared/speakers/diarization';
import { dot, normalized } from '../shared/speakers/vectors';
import { VOICE_MATCH_THRESHOLD, voiceOfSpeaker } from '../shared/speakers/profiles';
import { load, RATE, speechFrames } from './speakersMixes';
import { FRAME_SEC } from '../shared/speakers/attribution';

const MODELS = resolve(import.meta.dirname, '../../shared/fixtures/models');
const models = {
  segmentation: join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx'),
  embedding: join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx'),
};
const STEREO = 'service-call-stereo-agentL-callerR.wav';
const AGENT = 'service-call-track-agent.wav';
const CALLER = 'service-call-track-caller.wav';
const PHONE = 'highpass=f=300,highpass=f=300,lowpass=f=3400,lowpass=f=3400';
const HALF = 120;

/** Speech of one clean voice as turns of `speakerId` (energy VAD, as the eval's references). */
function turnsOf(samples: Float32Array, speakerId: string): Turn[] {
  const turns: Turn[] = [];
  speechFrames(samples).forEach((s, f) => {
    if (!s) return;
    const last = turns.at(-1);
    const start = f * FRAME_SEC;
    if (last && Math.abs(last.end - start) < 1e-9) last.end = start + FRAME_SEC;
    else turns.push({ id: `t${f}`, speakerId, start, end: start + FRAME_SEC, text: '', words: [] });
  });
  return turns;
}

async function enrol(dir: string, channel: number): Promise<{ vector: Float32Array; seconds: number }> {
  const samples = load(dir, STEREO, `pan=mono|c0=c${channel},atrim=end=${HALF}`);
  const { analysis } = await diarize(samples, { models, threads: 1 });
  const voice = voiceOfSpeaker(analysis, turnsOf(samples, 'me'), 'me');
  if (!voice) throw new Error(`no voice heard on channel ${channel}`);
  return voice;
}

type Probe = { label: string; person: 'agent' | 'caller' | 'other'; voice: Float32Array };

/** The detected voices of a mono mix of `parts`, each named by the part whose speech it covers most. */
async function probes(condition: string, parts: { person: Probe['person']; label: string; samples: Float32Array }[]): Promise<Probe[]> {
  const length = Math.max(...parts.map((p) => p.samples.length));
  const mixed = new Float32Array(length);
  for (const p of parts) p.samples.forEach((v, i) => (mixed[i]! += v));
  const { analysis } = await diarize(mixed, { models, threads: 1 });
  const result = labelSpeakers(analysis);
  const speech = parts.map((p) => speechFrames(p.samples));
  return result.voices.map((voice, k) => {
    const overlap = parts.map((_, j) =>
      result.segments
        .filter((s) => s.speaker === k)
        .reduce((sum, s) => {
          let n = 0;
          for (let f = Math.floor(s.start / FRAME_SEC); f < Math.ceil(s.end / FRAME_SEC); f++) if (speech[j]![f]) n++;
          return sum + n;
        }, 0),
    );
    const best = overlap.indexOf(Math.max(...overlap));
    return { label: `${condition}: ${parts[best]!.label}`, person: parts[best]!.person, voice: normalized(voice) };
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'eval-voices-'));
  try {
    const profiles = { agent: await enrol(dir, 0), caller: await enrol(dir, 1) };
    console.log(
      `profiles from the stereo call's first ${HALF} s: agent ${profiles.agent.seconds.toFixed(0)} s, caller ${profiles.caller.seconds.toFixed(0)} s`,
    );
    const second = (file: string, filter = '', mulaw = false) => load(dir, file, [`atrim=start=${HALF}`, filter].filter(Boolean).join(','), { mulaw });
    const all: Probe[] = [
      ...(await probes('second half, as recorded', [
        { person: 'agent', label: 'agent', samples: second(AGENT) },
        { person: 'caller', label: 'caller', samples: second(CALLER) },
      ])),
      ...(await probes('second half, phone band', [
        { person: 'agent', label: 'agent', samples: second(AGENT, PHONE) },
        { person: 'caller', label: 'caller', samples: second(CALLER, PHONE) },
      ])),
      ...(await probes('second half, µ-law line', [
        { person: 'agent', label: 'agent', samples: second(AGENT, PHONE, true) },
        { person: 'caller', label: 'caller', samples: second(CALLER, PHONE, true) },
      ])),
      ...(await probes('other people', [{ person: 'other', label: 'jfk', samples: load(dir, 'jfk.wav') }])),
      ...(await probes('other people', [{ person: 'other', label: 'azure call', samples: load(dir, 'sales-followup-azure.wav') }])),
      ...(await probes('other people', [
        { person: 'other', label: 'agent 20 % lower', samples: second(AGENT, `asetrate=${Math.round(RATE * 0.8)},aresample=${RATE},atempo=1.25`) },
      ])),
    ];
    const genuine: number[] = [];
    const impostor: number[] = [];
    console.log('\n| probe voice | vs agent profile | vs caller profile |\n|---|---|---|');
    for (const p of all) {
      const a = dot(p.voice, profiles.agent.vector);
      const c = dot(p.voice, profiles.caller.vector);
      (p.person === 'agent' ? genuine : impostor).push(a);
      (p.person === 'caller' ? genuine : impostor).push(c);
      console.log(
        `| ${p.label} | ${a.toFixed(3)}${p.person === 'agent' ? ' (same person)' : ''} | ${c.toFixed(3)}${p.person === 'caller' ? ' (same person)' : ''} |`,
      );
    }
    const lowGenuine = Math.min(...genuine);
    const highImpostor = Math.max(...impostor);
    console.log(
      `\nsame person: lowest ${lowGenuine.toFixed(3)} (${genuine.length} pairs); other people: highest ${highImpostor.toFixed(3)} (${impostor.length} pairs)`,
    );
    console.log(
      `threshold in use: ${VOICE_MATCH_THRESHOLD} — ${VOICE_MATCH_THRESHOLD > highImpostor && VOICE_MATCH_THRESHOLD <= lowGenuine ? 'separates them' : 'DOES NOT separate them'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
