// Loads the labelled set in eval/suggestions/ and scores the suggestion rules against it. Shared by
// `npm run eval:suggestions` (prints the figures) and the regression test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Speaker } from '../shared/domain/call';
import { emptyAnnotations } from '../shared/domain/annotations';
import { Turn, type Word } from '../shared/domain/transcript';
import { suggest } from '../shared/suggestions';
import type { Suggestion, SuggestionKind } from '../shared/suggestions';

export const SET_DIR = join(import.meta.dirname, 'suggestions');

const Label = z.enum(['door-opener', 'pitch', 'missed-follow-up', 'pain:1', 'pain:2', 'pain:3']);
type Label = z.infer<typeof Label>;

/** Written conversations: turns as text, labels on the turn. */
const Written = z.object({
  id: z.string(),
  notes: z.string(),
  speakers: z.array(Speaker),
  turns: z.array(z.object({ speaker: z.string(), text: z.string().min(1), labels: z.array(Label).optional() })),
});
/** Real transcripts: the pipeline's turns, labels by turn id. */
const Transcribed = z.object({
  id: z.string(),
  notes: z.string(),
  speakers: z.array(Speaker),
  labels: z.record(z.string(), z.array(Label)),
  turns: z.array(Turn),
});

/**
 * The batches written blind for the learned suggestions (issue 16; see the README for which are kept out of
 * training): they measure the model and don't guard the rules.
 */
export const LEARNED_BATCHES = [
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
  'held-out-9',
  'held-out-10',
  'held-out-11',
  'held-out-12',
  'held-out-13',
  'held-out-14',
  'held-out-15',
  'held-out-16',
] as const;

/**
 * Folders of the set (see its README): written before the rules; written after the first run (then
 * looked at while fixing the rules); written once the rules were final and scored once; two batches
 * written blind by separate labelling sessions that never saw the rules; the learned suggestions' batches;
 * real transcripts.
 */
export const FOLDERS = ['conversations', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', ...LEARNED_BATCHES, 'transcripts'] as const;
export type Folder = (typeof FOLDERS)[number];

export type Conversation = { id: string; folder: Folder; file: string; speakers: Speaker[]; turns: Turn[]; labels: Map<string, Label[]> };

const WORD_SEC = 0.35;
const GAP_SEC = 0.5;

/** Gives written turns the times and words a transcript has (whisper-style words with a leading space). */
function asTurns(turns: z.infer<typeof Written>['turns']): Turn[] {
  let at = 0;
  return turns.map((t, i) => {
    const words: Word[] = t.text
      .split(/\s+/)
      .filter(Boolean)
      .map((w, k) => {
        const start = Math.round((at + k * WORD_SEC) * 1000) / 1000;
        return { text: ` ${w}`, start, end: Math.round((start + WORD_SEC * 0.9) * 1000) / 1000, p: 1 };
      });
    const turn = { id: `t${i + 1}`, speakerId: t.speaker, start: words[0]!.start, end: words.at(-1)!.end, text: t.text, words };
    at = turn.end + GAP_SEC;
    return turn;
  });
}

export function loadSet(dir = SET_DIR): Conversation[] {
  const read = (sub: Folder) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.raw.json'))
      .sort()
      .map((f) => ({ file: `${sub}/${f}`, json: JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as unknown }));
  const written = (folder: Exclude<Folder, 'transcripts'>) =>
    read(folder).map(({ file, json }): Conversation => {
      const c = Written.parse(json);
      const turns = asTurns(c.turns);
      const labels = new Map(c.turns.map((t, i) => [turns[i]!.id, t.labels ?? []]));
      return { id: c.id, folder, file, speakers: c.speakers, turns, labels };
    });
  const transcribed = read('transcripts').map(({ file, json }): Conversation => {
    const c = Transcribed.parse(json);
    return { id: c.id, folder: 'transcripts', file, speakers: c.speakers, turns: c.turns, labels: new Map(Object.entries(c.labels)) };
  });
  return [...FOLDERS.filter((f) => f !== 'transcripts').flatMap(written), ...transcribed];
}

/** What is scored: 'pain' needs the level too; 'pain (any level)' only that there is a pain. */
export const SCORED = ['door-opener', 'pitch', 'missed-follow-up', 'pain', 'pain (any level)'] as const;
export type Scored = (typeof SCORED)[number];

export type Miss = { conversation: string; turnId: string; text: string; expected: string; got: string; reason: string };
export type Figures = { tp: number; fp: number; fn: number; precision: number; recall: number };
export type Report = { figures: Record<Scored, Figures>; falsePositives: Record<Scored, Miss[]>; falseNegatives: Record<Scored, Miss[]> };

const keyOf = (kind: Scored, s: Suggestion): string | null => {
  if (kind === 'pain') return s.kind === 'pain' ? `pain:${s.level}` : null;
  if (kind === 'pain (any level)') return s.kind === 'pain' ? 'pain' : null;
  return s.kind === kind ? kind : null;
};
const labelKey = (kind: Scored, l: Label): string | null => {
  if (kind === 'pain') return l.startsWith('pain:') ? l : null;
  if (kind === 'pain (any level)') return l.startsWith('pain:') ? 'pain' : null;
  return l === kind ? l : null;
};

/**
 * A suggestion matches a label when it has the same kind (and level, for pain) on the label's turn.
 * `suggestFor`: the suggestions to score for a conversation (default: the rules alone).
 */
export function score(set: Conversation[], suggestFor: (c: Conversation) => Suggestion[] = rulesAlone): Report {
  const empty = <T>(make: () => T) => Object.fromEntries(SCORED.map((k) => [k, make()])) as Record<Scored, T>;
  const report: Report = {
    figures: empty(() => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 })),
    falsePositives: empty(() => []),
    falseNegatives: empty(() => []),
  };
  for (const c of set) {
    const suggestions = suggestFor(c);
    for (const kind of SCORED) {
      for (const turn of c.turns) {
        const expected = (c.labels.get(turn.id) ?? []).map((l) => labelKey(kind, l)).filter((k): k is string => k !== null);
        const gotSuggestions = suggestions.filter((s) => s.turnId === turn.id && keyOf(kind, s) !== null);
        const got = gotSuggestions.map((s) => keyOf(kind, s)!);
        const f = report.figures[kind];
        const miss = (e: string, g: string, reason: string): Miss => ({ conversation: c.id, turnId: turn.id, text: turn.text, expected: e, got: g, reason });
        for (const g of new Set(got)) {
          if (expected.includes(g)) f.tp++;
          else {
            f.fp++;
            report.falsePositives[kind].push(miss(expected.join(', ') || '-', g, gotSuggestions.find((s) => keyOf(kind, s) === g)!.reason));
          }
        }
        for (const e of new Set(expected)) {
          if (!got.includes(e)) {
            f.fn++;
            report.falseNegatives[kind].push(miss(e, got.join(', ') || '-', ''));
          }
        }
      }
    }
  }
  for (const f of Object.values(report.figures)) {
    f.precision = f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp);
    f.recall = f.tp + f.fn === 0 ? 1 : f.tp / (f.tp + f.fn);
  }
  return report;
}

export const rulesAlone = (c: Conversation): Suggestion[] => suggest({ turns: c.turns, speakers: c.speakers, annotations: emptyAnnotations() });

export const KINDS: SuggestionKind[] = ['door-opener', 'pitch', 'missed-follow-up', 'pain'];
