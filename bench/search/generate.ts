// The library `npm run bench:search` measures: N one-hour calls (1,500 turns, ≈10,000 words each) whose
// turns are sentences drawn from the hand-written sales conversations of eval/suggestions (real sentences, their
// vocabulary and their labels), with pain tags in chains, missed follow-ups, moments and comments where
// those sentences carry labels. Written through the library's own code (staging, commit, transcript and
// annotation writes); each call holds a one-second silent recording, as no audio is searched.
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnnotationCommand, PainLevel } from '../../shared/domain/annotations';
import type { Call, Speaker } from '../../shared/domain/call';
import type { Turn, Word } from '../../shared/domain/transcript';
import { openLibrary } from '../../electron/services/library/library';

export const PER_CALL = { turns: 1500, minutes: 60 };
/** npm runs scripts from the project's root. */
const SUGGESTION_SETS = join(process.cwd(), 'eval/suggestions');

type Line = { rep: boolean; text: string; labels: string[] };

/** Every turn of the hand-written conversations, as rep or prospect lines. */
function lines(): Line[] {
  const out: Line[] = [];
  for (const set of readdirSync(SUGGESTION_SETS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(SUGGESTION_SETS, set.name)).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(SUGGESTION_SETS, set.name, file), 'utf8')) as {
        speakers?: { id: string; role: string }[];
        turns?: { speaker: string; text: string; labels?: string[] }[];
      };
      const roles = new Map((doc.speakers ?? []).map((s) => [s.id, s.role]));
      // One sentence a turn (a line's labels stay with each of its sentences): turns of ≈8 words, as in calls.
      for (const t of doc.turns ?? []) {
        for (const text of t.text.split(/(?<=[.?!])\s+/).filter(Boolean)) out.push({ rep: roles.get(t.speaker) === 'rep', text, labels: t.labels ?? [] });
      }
    }
  }
  return out;
}

/** Deterministic, so every run builds the same library. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REPS = ['Dana Whitfield', 'Marco Alvarez', 'Priya Natarajan', 'Jonas Becker', 'Aiko Tanaka', 'Chloé Dubois'];
const PROSPECTS = ['Sam Carter', 'Léa Martin', 'Omar Haddad', 'Grace Kim', 'Tomás Ruiz', 'Hannah Schmidt', 'Ravi Mehta', 'Zoë Olsen'];
const BACKCHANNELS = ['Right.', 'Okay.', 'Got it.', 'Mm-hmm.', 'Sure.', 'Yeah, exactly.', 'I see.', 'Makes sense.'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Logistics', 'Wayne Health', 'Soylent', 'Tyrell', 'Cyberdyne'];

type Generated = { call: Call; turns: Turn[]; commands: AnnotationCommand[]; words: number };

function makeCall(i: number, pool: { rep: Line[]; prospect: Line[] }, rnd: () => number): Generated {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rep = REPS[i % REPS.length]!;
  const speakers: Speaker[] = [
    { id: 's1', name: rep, role: 'rep' },
    { id: 's2', name: pick(PROSPECTS), role: 'prospect' },
  ];
  const id = `bench-${String(i).padStart(6, '0')}-call`;
  const recordedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 330) * 86_400_000 + Math.floor(rnd() * 36_000) * 1000).toISOString();
  const slot = (PER_CALL.minutes * 60) / PER_CALL.turns;
  const turns: Turn[] = [];
  const commands: AnnotationCommand[] = [];
  const createdAt = recordedAt;
  let chain: { id: string; parentId: string | null; level: number } | null = null;
  let words = 0;
  for (let t = 0; t < PER_CALL.turns; t++) {
    const isRep = t % 2 === 0;
    // One turn in five is a backchannel ("Right.", "Got it."), as in real calls: ≈10,000 words an hour.
    const line = rnd() < 0.2 ? { rep: isRep, text: pick(BACKCHANNELS), labels: [] } : pick(isRep ? pool.rep : pool.prospect);
    const start = t * slot + 0.2;
    const tokens = line.text.split(/\s+/);
    const step = (slot - 0.4) / tokens.length;
    const w: Word[] = tokens.map((text, k) => ({ text: ` ${text}`, start: round(start + k * step), end: round(start + (k + 1) * step - 0.02), p: 0.9 }));
    turns.push({ id: `t${t + 1}`, speakerId: isRep ? 's1' : 's2', start: w[0]!.start, end: w.at(-1)!.end, text: line.text, words: w });
    words += tokens.length;
    // Marks where the sentence's labels say a reviewer would put them, on a fraction of them (not every call is reviewed to the end).
    if (rnd() > 0.25) continue;
    const span = { start: w[0]!.start, end: w.at(-1)!.end };
    const mark = `${id}-m${t}`;
    for (const label of line.labels) {
      const pain = /^pain:(\d)$/.exec(label);
      if (pain) {
        const level = Number(pain[1]) as PainLevel;
        if (level === 1 || !chain || chain.level >= level) {
          chain = { id: `${mark}-chain`, parentId: null, level: 0 };
          commands.push({ type: 'put', collection: 'chains', item: { id: chain.id, topic: tokens.slice(0, 4).join(' ') } });
        }
        commands.push({
          type: 'put',
          collection: 'tags',
          item: { id: `${mark}-p`, author: 'Coach Kim', createdAt, level, span, chainId: chain.id, parentId: chain.parentId },
        });
        chain = { id: chain.id, parentId: `${mark}-p`, level };
      } else if (label === 'door-opener' || label === 'pitch') {
        commands.push({ type: 'put', collection: 'moments', item: { id: `${mark}-${label}`, author: 'Coach Kim', createdAt, kind: label, span } });
      } else if (label.startsWith('missed')) {
        commands.push({
          type: 'put',
          collection: 'followUps',
          item: { id: `${mark}-f`, author: 'Coach Kim', createdAt, span, reason: 'pivoted-to-pitch', shouldHaveAsked: 'Tell me more about that?' },
        });
      }
    }
    if (rnd() < 0.05)
      commands.push({
        type: 'put',
        collection: 'comments',
        item: { id: `${mark}-c`, author: pick(['Coach Kim', rep]), createdAt, at: span.start, span, text: 'Worth a listen.' },
      });
  }
  const durationSec = PER_CALL.minutes * 60;
  const call: Call = {
    id,
    title: `${pick(COMPANIES)} ${pick(['discovery', 'follow-up', 'demo', 'renewal', 'pricing review'])} ${i + 1}`,
    recordedAt,
    importedAt: recordedAt,
    durationSec,
    speakers,
    status: 'transcribed',
    trackCount: 1,
    fingerprint: (id + '0'.repeat(64)).replace(/[^0-9a-f]/g, '0').slice(0, 64),
    statusMessage: null,
    hasTranscript: false,
    tracks: [
      {
        file: 'audio.wav',
        originalName: `${id}.wav`,
        speakerId: null,
        format: 'wav',
        codec: 'pcm_s16le',
        durationSec,
        channels: 1,
        sampleRate: 8000,
        sizeBytes: 16_044,
        sha256: '0'.repeat(64),
      },
    ],
    speakerCount: null,
    peaks: null,
  };
  return { call, turns, commands, words };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A one-second silent 8 kHz WAV: what each generated call holds as its recording. */
function silentWav(): Buffer {
  const data = 16_000;
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16_000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(data, 40);
  return b;
}

/** Fills `folder` with `count` calls; answers the words and marks written. */
export async function makeSearchLibrary(folder: string, count: number, log: (line: string) => void): Promise<{ words: number; marks: number }> {
  const all = lines();
  const pool = { rep: all.filter((l) => l.rep), prospect: all.filter((l) => !l.rep) };
  const rnd = random(7);
  const library = await openLibrary(folder);
  const wav = silentWav();
  let words = 0;
  let marks = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const made = makeCall(i, pool, rnd);
    const staging = await library.createStaging();
    await writeFile(join(staging.dir, 'audio.wav'), wav);
    await library.commit(staging.dir, made.call);
    const source = { kind: 'whisper' as const, name: 'ggml-base.en.bin', language: 'en', createdAt: made.call.importedAt };
    await library.saveTranscript(made.call.id, { source, turns: made.turns }, (c) => c);
    await library.applyAnnotation(made.call.id, { type: 'batch', commands: made.commands });
    words += made.words;
    marks += made.commands.length;
    if ((i + 1) % 100 === 0) log(`  ${i + 1} calls written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await library.retire();
  return { words, marks };
}
