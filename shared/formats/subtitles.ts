import type { Speaker } from '../domain/call';
import type { Turn, Word } from '../domain/transcript';

export type Cue = { start: number; end: number; speaker: string | null; text: string };

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** A line meant as a cue's timing (an arrow, or a time followed by one) that TIMING can't read. */
const BROKEN_TIMING = /-->|\d:\d{2}[.,]\d+\s*-+>/;

function seconds(stamp: string): number {
  const [clock, fraction = '0'] = stamp.split(/[.,]/);
  const parts = clock!.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return h! * 3600 + m! * 60 + s! + Number(`0.${fraction}`);
}

/**
 * Reads WebVTT or SRT cues, with the speaker from a `<v Name>` voice tag (Teams) or a "Name: " prefix
 * (Zoom). Styling tags are dropped. Throws a message for a file with no cues at all, and for a broken cue
 * (a timing line that can't be read, or a cue that ends before it starts): skipping it would drop its words
 * without a word to the user.
 */
export function parseSubtitles(text: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingAt = lines.findIndex((l) => TIMING.test(l));
    if (timingAt < 0) {
      const broken = lines.find((l) => BROKEN_TIMING.test(l));
      if (broken !== undefined && !/^(NOTE|STYLE)\b/.test(lines[0]!)) throw new Error(`A cue's timing can't be read: “${broken.trim()}”.`);
      continue; // header, NOTE, STYLE or a stray line
    }
    const [, from, to] = TIMING.exec(lines[timingAt]!)!;
    if (seconds(to!) < seconds(from!)) throw new Error(`The cue at ${from} ends before it starts (${from} --> ${to}).`);
    let body = lines
      .slice(timingAt + 1)
      .join(' ')
      .trim();
    let speaker: string | null = null;
    const voice = /<v(?:\.[^\s>]+)*\s+([^>]+)>/.exec(body);
    if (voice) speaker = voice[1]!.trim();
    body = body
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .trim();
    if (!speaker) {
      const prefix = /^([^:]{1,40}):\s+(.*)$/.exec(body);
      if (prefix && !/^\d+$/.test(prefix[1]!)) [speaker, body] = [prefix[1]!.trim(), prefix[2]!];
    }
    if (body) cues.push({ start: seconds(from!), end: seconds(to!), speaker, text: body });
  }
  if (cues.length === 0) throw new Error('No subtitle cues found: is this a WebVTT (.vtt) or SRT (.srt) file?');
  return cues.sort((a, b) => a.start - b.start);
}

/** Words spread over their cue in proportion to their length: imported text has no word timings. */
function spreadWords(cue: Cue): Word[] {
  const texts = cue.text.split(/\s+/).filter(Boolean);
  const total = texts.reduce((n, w) => n + w.length, 0) || 1;
  let at = cue.start;
  return texts.map((text) => {
    const length = ((cue.end - cue.start) * text.length) / total;
    const word = { text: ` ${text}`, start: at, end: at + length, p: 1 };
    at += length;
    return word;
  });
}

/** Cues → speakers and turns; a speaker's consecutive cues form one turn. Unnamed cues: "Speaker". */
export function cuesToTranscript(cues: Cue[]): { speakers: Speaker[]; turns: Turn[] } {
  const names = [...new Set(cues.map((c) => c.speaker ?? 'Speaker'))];
  const speakers: Speaker[] = names.map((name, i) => ({ id: `s${i + 1}`, name, role: 'unknown' }));
  const idOf = (cue: Cue) => speakers[names.indexOf(cue.speaker ?? 'Speaker')]!.id;
  const turns: Turn[] = [];
  for (const cue of cues) {
    const words = spreadWords(cue);
    const last = turns.at(-1);
    if (last && last.speakerId === idOf(cue)) {
      last.words.push(...words);
      last.end = cue.end;
      last.text = `${last.text} ${cue.text}`;
    } else {
      turns.push({ id: `t${turns.length + 1}`, speakerId: idOf(cue), start: cue.start, end: cue.end, text: cue.text, words });
    }
  }
  return { speakers, turns };
}
