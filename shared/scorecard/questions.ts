import type { Turn } from '../domain/transcript';
import { evidence, round, share, type Evidence, type Figure } from './evidence';

/**
 * How a question is told open from closed, in one place so it can be read and tuned. A question is open
 * when, after dropping leading fillers and a polite lead-in, it starts with one of `open` ("So, could
 * you walk me through…" → "walk me through…"). Anything else is closed ("Do you…", "Is it…", "Which…").
 * Phrases are lower case and matched word by word; a word also matches its contraction ("what" ~ "what's").
 */
export const QUESTION_LEXICON = {
  open: [
    'what',
    'how',
    'why',
    'tell me',
    'tell us',
    'describe',
    'walk me through',
    'talk me through',
    'take me through',
    'help me understand',
    'explain',
    'in what way',
    'to what extent',
    'give me an example',
    'paint me a picture',
  ],
  /** Dropped from the start first, repeatedly: they don't change what kind of question it is. */
  fillers: ['so', 'and', 'but', 'okay', 'ok', 'well', 'um', 'uh', 'now', 'yeah', 'alright', 'then', 'also', 'oh', 'hmm', 'great', 'cool', 'got it', 'i see'],
  /** Dropped once, after the fillers: "could you tell me…" asks to be told, it is not a yes/no question. */
  leadIns: ["i'm curious", 'i am curious', 'i was curious', 'curious', 'can you', 'could you', 'would you', 'will you', 'can we', 'could we'],
} as const;

export type QuestionKind = 'open' | 'closed';
export type Sentence = { text: string; start: number; end: number };

/** Null throughout when no speaker is marked rep: there is no one whose questions to count. */
export type Questions = {
  open: Figure<number | null>;
  closed: Figure<number | null>;
  /** open ÷ all rep questions; null when the rep asked none. */
  openShare: Figure<number | null>;
};

const ENDS_SENTENCE = /[.?!]["')\]]*\s*$/;
const untimed = (w: { start: number; end: number }) => w.start === 0 && w.end === 0; // a word typed in by an edit

/**
 * A turn's sentences with their times: from the words when there are any (a sentence ends at a word
 * ending in . ? or !), else from the text with the turn's span. Words typed in by an edit carry no time
 * and only contribute text.
 */
export function sentencesOf(turn: Turn): Sentence[] {
  if (turn.words.length === 0) {
    return (turn.text.match(/[^.?!]+[.?!]+["')\]]*|[^.?!]+$/g) ?? [])
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ text, start: turn.start, end: turn.end }));
  }
  const sentences: Sentence[] = [];
  let words: Turn['words'] = [];
  const close = () => {
    const text = words
      .map((w) => w.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const timed = words.filter((w) => !untimed(w));
    if (text) sentences.push({ text, start: timed[0]?.start ?? turn.start, end: timed.at(-1)?.end ?? turn.end });
    words = [];
  };
  for (const w of turn.words) {
    words.push(w);
    if (ENDS_SENTENCE.test(w.text)) close();
  }
  close();
  return sentences;
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** The number of leading tokens `phrase` matches, or 0. */
function matches(words: readonly string[], phrase: string): number {
  const parts = phrase.split(' ');
  const hit = parts.every((p, i) => {
    const w = words[i];
    return w !== undefined && (w === p || (!p.includes("'") && w.startsWith(`${p}'`)));
  });
  return hit ? parts.length : 0;
}

export function classifyQuestion(text: string): QuestionKind {
  let words = tokens(text);
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const f of QUESTION_LEXICON.fillers) {
      const n = matches(words, f);
      if (n > 0 && n < words.length) {
        words = words.slice(n);
        dropped = true;
      }
    }
  }
  for (const l of QUESTION_LEXICON.leadIns) {
    const n = matches(words, l);
    if (n > 0) {
      words = words.slice(n);
      break;
    }
  }
  return QUESTION_LEXICON.open.some((o) => matches(words, o) > 0) ? 'open' : 'closed';
}

/** A question is a sentence ending with "?" in a rep turn; each is evidence of its kind. */
export function repQuestions(repTurns: readonly Turn[] | null): Questions {
  if (!repTurns) return { open: { value: null, evidence: [] }, closed: { value: null, evidence: [] }, openShare: { value: null, evidence: [] } };
  const open: Evidence[] = [];
  const closed: Evidence[] = [];
  for (const turn of repTurns) {
    for (const s of sentencesOf(turn)) {
      if (!/\?["')\]]*$/.test(s.text)) continue;
      (classifyQuestion(s.text) === 'open' ? open : closed).push(evidence(s, s.text));
    }
  }
  const total = open.length + closed.length;
  const openShare = share(open.length, total);
  return {
    open: { value: open.length, evidence: open },
    closed: { value: closed.length, evidence: closed },
    openShare: { value: openShare === null ? null : round(openShare), evidence: [...open, ...closed].sort((a, b) => a.start - b.start) },
  };
}
