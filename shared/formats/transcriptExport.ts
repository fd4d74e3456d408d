import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Speaker } from '../domain/call';
import type { Transcript } from '../domain/transcript';
import type { ExportFormat } from './exportFormats';

export { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

type Named = { transcript: Transcript; speakers: Speaker[] };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** 83.456 → "00:01:23.456" (VTT) or "00:01:23,456" (SRT). */
export function clock(seconds: number, separator: '.' | ',' = '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

const speakerName = (speakers: Speaker[], id: string) => speakers.find((s) => s.id === id)?.name ?? id;

/** Writes a transcript in the formats other tools read. Each turn is one cue or row. */
export function exportTranscript({ transcript, speakers }: Named, format: ExportFormat): string {
  const turns = transcript.turns;
  switch (format) {
    case 'srt':
      return turns.map((t, i) => `${i + 1}\n${clock(t.start, ',')} --> ${clock(t.end, ',')}\n${speakerName(speakers, t.speakerId)}: ${t.text}\n`).join('\n');
    case 'vtt':
      return `WEBVTT\n\n${turns
        .map((t) => `${clock(t.start)} --> ${clock(t.end)}\n<v ${speakerName(speakers, t.speakerId)}>${escapeVtt(t.text)}\n`)
        .join('\n')}`;
    case 'json':
      return `${JSON.stringify({ source: transcript.source, speakers, turns }, null, 2)}\n`;
    case 'csv':
      return stringify(
        turns.map((t) => [t.start.toFixed(3), t.end.toFixed(3), speakerName(speakers, t.speakerId), t.text]),
        { header: true, columns: ['start', 'end', 'speaker', 'text'] },
      );
    case 'txt':
      return turns.map((t) => `[${clock(t.start).slice(0, 8)}] ${speakerName(speakers, t.speakerId)}: ${t.text}`).join('\n') + '\n';
  }
}

const escapeVtt = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
