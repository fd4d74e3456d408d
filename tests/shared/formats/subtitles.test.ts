import { describe, expect, it } from 'vitest';
import { cuesToTranscript, parseSubtitles } from '../../../shared/formats/subtitles';
import { exportTranscript } from '../../../shared/formats/transcriptExport';

const TEAMS_VTT = `WEBVTT

NOTE exported by Teams

1a2b-3c
00:00:01.000 --> 00:00:04.500
<v Dana Rep>So what made you look at new tools this quarter?</v>

00:00:05.000 --> 00:00:09.000
<v Sam Prospect>Honestly, my reps waste hours on meetings &amp; notes.</v>

00:00:09.200 --> 00:00:11.000
<v Sam Prospect>It's killing our pipeline.</v>
`;

const ZOOM_SRT = `1\r
00:00:01,000 --> 00:00:03,000\r
Dana Rep: Tell me more.\r
\r
2\r
00:00:03,500 --> 00:01:02,250\r
Sam Prospect: We'll miss the number.\r
`;

describe('parseSubtitles', () => {
  it('reads Teams WebVTT voice tags, entities, notes and cue ids', () => {
    const cues = parseSubtitles(TEAMS_VTT);
    expect(cues).toEqual([
      { start: 1, end: 4.5, speaker: 'Dana Rep', text: 'So what made you look at new tools this quarter?' },
      { start: 5, end: 9, speaker: 'Sam Prospect', text: 'Honestly, my reps waste hours on meetings & notes.' },
      { start: 9.2, end: 11, speaker: 'Sam Prospect', text: "It's killing our pipeline." },
    ]);
  });

  it('reads Zoom-style SRT with "Name: " prefixes and Windows line ends', () => {
    const cues = parseSubtitles(ZOOM_SRT);
    expect(cues.map((c) => [c.speaker, c.text, c.end])).toEqual([
      ['Dana Rep', 'Tell me more.', 3],
      ['Sam Prospect', "We'll miss the number.", 62.25],
    ]);
  });

  it('refuses a cue whose timing is broken or which ends before it starts, instead of dropping its words', () => {
    expect(() => parseSubtitles('WEBVTT\n\n00:00:01.000 -> 00:00:04.000\nHello\n\n00:00:05.000 --> 00:00:06.000\nHi')).toThrow(
      "A cue's timing can't be read: “00:00:01.000 -> 00:00:04.000”.",
    );
    expect(() => parseSubtitles('WEBVTT\n\n00:00:09.000 --> 00:00:05.000\nHi')).toThrow('The cue at 00:00:09.000 ends before it starts');
    expect(parseSubtitles('WEBVTT\n\nNOTE a --> b\n\n00:00:01.000 --> 00:00:02.000\nHi')).toHaveLength(1);
  });

  it('says what is wrong with a file that has no cues', () => {
    expect(() => parseSubtitles('just some notes\nabout a call')).toThrow(/No subtitle cues/);
  });
});

describe('cuesToTranscript', () => {
  it('names speakers, joins a speaker’s consecutive cues into one turn and spreads word times', () => {
    const { speakers, turns } = cuesToTranscript(parseSubtitles(TEAMS_VTT));
    expect(speakers).toEqual([
      { id: 's1', name: 'Dana Rep', role: 'unknown' },
      { id: 's2', name: 'Sam Prospect', role: 'unknown' },
    ]);
    expect(turns.map((t) => [t.speakerId, t.start, t.end])).toEqual([
      ['s1', 1, 4.5],
      ['s2', 5, 11],
    ]);
    const words = turns[0]!.words;
    expect(words[0]!.start).toBe(1);
    expect(words.at(-1)!.end).toBeCloseTo(4.5);
    words.slice(1).forEach((w, i) => expect(w.start).toBeCloseTo(words[i]!.end));
  });
});

describe('exportTranscript', () => {
  const { speakers, turns } = cuesToTranscript(parseSubtitles(TEAMS_VTT));
  const named = { speakers, transcript: { source: { kind: 'vtt' as const, name: 'x.vtt', language: null, createdAt: '2026-11-24T00:00:00.000Z' }, turns } };

  it('SRT and VTT round-trip through the reader', () => {
    for (const format of ['srt', 'vtt'] as const) {
      const again = cuesToTranscript(parseSubtitles(exportTranscript(named, format)));
      expect(again.speakers.map((s) => s.name)).toEqual(['Dana Rep', 'Sam Prospect']);
      expect(again.turns.map((t) => [t.start, t.end, t.text])).toEqual(turns.map((t) => [t.start, t.end, t.text]));
    }
  });

  it('CSV has start, end, speaker, text with quoting', () => {
    const csv = exportTranscript(named, 'csv').trim().split('\n');
    expect(csv[0]).toBe('start,end,speaker,text');
    expect(csv[2]).toBe(`5.000,11.000,Sam Prospect,"Honestly, my reps waste hours on meetings & notes. It's killing our pipeline."`);
  });

  it('text has a timestamp and speaker per turn; JSON keeps words', () => {
    expect(exportTranscript(named, 'txt')).toBe(
      "[00:00:01] Dana Rep: So what made you look at new tools this quarter?\n[00:00:05] Sam Prospect: Honestly, my reps waste hours on meetings & notes. It's killing our pipeline.\n",
    );
    expect(JSON.parse(exportTranscript(named, 'json')).turns[1].words.length).toBe(13);
  });
});
