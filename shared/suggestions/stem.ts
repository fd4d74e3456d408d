import type { Match, ReadTurn } from './text';

/**
 * Word families instead of fixed phrases: "frustrating", "frustrated" and "frustration" all reduce to
 * one stem, so a concept list names a word once and catches its inflections. Deliberately light
 * (suffix stripping, a few irregular verbs): both sides go through the same function, so a stem only
 * has to be consistent, not a real word. Words whose families collide with harmless words ("fine" the
 * adjective and "fines" the penalty) stay in the phrase lexicon, which matches exact forms.
 */
// prettier-ignore
const IRREGULAR: Record<string, string> = {
  lost: 'lose', spent: 'spend', went: 'go', gone: 'go', took: 'take', taken: 'take', left: 'leave', broke: 'break',
  broken: 'break', fell: 'fall', fallen: 'fall', paid: 'pay', kept: 'keep', felt: 'feel', ran: 'run', built: 'build',
  sent: 'send', got: 'get', gotten: 'get', made: 'make', said: 'say', told: 'tell', held: 'hold',
  thought: 'think', bought: 'buy', brought: 'bring', caught: 'catch', sold: 'sell', hit: 'hit', cost: 'cost',
  did: 'do', does: 'do', done: 'do', had: 'have', has: 'have', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be',
  used: 'use', worse: 'bad', worst: 'bad', ate: 'eat', eaten: 'eat', slept: 'sleep', drove: 'drive', grew: 'grow',
  grown: 'grow', blew: 'blow', blown: 'blow', quit: 'quit', hurt: 'hurt', cut: 'cut', let: 'let', set: 'set', put: 'put',
};

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019](s|d|ll|ve|re|m)?$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/ations?$/.test(w) && w.length > 7) w = w.replace(/ations?$/, 'ate');
  else if (/ions?$/.test(w) && /[st]ions?$/.test(w) && w.length > 6) w = w.replace(/ions?$/, '');
  else if (/ness$/.test(w) && w.length > 6) w = w.slice(0, -4);
  else if (/ingly$/.test(w) && w.length > 7) w = w.slice(0, -5);
  else if (/ing$/.test(w) && w.length > 5) w = undouble(w.slice(0, -3));
  else if (/edly$/.test(w) && w.length > 6) w = undouble(w.slice(0, -4));
  else if (/ed$/.test(w) && w.length > 5) w = undouble(w.slice(0, -2));
  else if (/ly$/.test(w) && w.length > 5) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  // "frustrate"/"frustrat(ed)", "lose"/"los(ing)": a final e is dropped on every word alike.
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /[^aeiou]y$/.test(w) && /(.)\1y$/.test(w)) w = w.slice(0, -1); // "messy" → "mess"
  return w;
}

const undouble = (w: string) => (/([bdfgklmnprt])\1$/.test(w) && !/(ll|ss)$/.test(w) ? w.slice(0, -1) : w);

export type Token = { word: string; stem: string; from: number; to: number; sentence: number };

const tokenCache = new WeakMap<ReadTurn, Token[]>();

/** The turn's words with their stems and sentence, computed once per read turn. */
export function tokens(read: ReadTurn): Token[] {
  let out = tokenCache.get(read);
  if (out) return out;
  out = [];
  let sentence = 0;
  for (const m of read.text.matchAll(/[a-z0-9$][a-z0-9'$%-]*/g)) {
    const from = m.index;
    while (sentence < read.sentences.length - 1 && from >= read.sentences[sentence]!.to) sentence++;
    const word = m[0].replace(/['-]+$/, '');
    out.push({ word, stem: stem(word), from, to: from + word.length, sentence });
  }
  tokenCache.set(read, out);
  return out;
}

/** A concept list as a set of stems, with multi-word entries kept as stem sequences. */
/** Multi-word entries are indexed by their first stem, so a turn is scanned once per concept. */
export type Concept = { single: ReadonlySet<string>; multi: ReadonlyMap<string, readonly string[][]> };

export function concept(...lists: readonly (readonly string[])[]): Concept {
  const single = new Set<string>();
  const multi = new Map<string, string[][]>();
  for (const entry of lists.flat()) {
    const parts = entry.toLowerCase().split(/\s+/).filter(Boolean).map(stem);
    if (parts.length === 1) single.add(parts[0]!);
    else multi.set(parts[0]!, [...(multi.get(parts[0]!) ?? []), parts]);
  }
  return { single, multi };
}

/** Every place a concept's words occur in the turn, restricted to sentences `only` accepts. */
export function findConcept(read: ReadTurn, c: Concept, only?: (sentence: number) => boolean): Match[] {
  const toks = tokens(read);
  const out: Match[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (only && !only(t.sentence)) continue;
    let end = c.single.has(t.stem) ? i : -1;
    for (const seq of c.multi.get(t.stem) ?? []) {
      if (seq.every((s, k) => toks[i + k]?.stem === s && toks[i + k]!.sentence === t.sentence)) end = Math.max(end, i + seq.length - 1);
    }
    if (end < 0) continue;
    const last = toks[end]!;
    out.push({ from: t.from, to: last.to, text: read.raw.slice(t.from, last.to), span: read.spanOf(t.from, last.to), sentence: t.sentence });
    i = end;
  }
  return out;
}

/** The stems of a sentence range, for overlap between what the prospect said and what the rep asked. */
export const stemsOf = (read: ReadTurn, only?: (sentence: number) => boolean): string[] =>
  tokens(read)
    .filter((t) => !only || only(t.sentence))
    .map((t) => t.stem);

/** Content words as stems, for "does the rep's question pick up anything the prospect said". */
export function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\w']+/)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map(stem)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

// prettier-ignore
const STOP = new Set([
  'that', 'this', 'with', 'have', 'what', 'when', 'where', 'which', 'there', 'their', 'they', 'them', 'then',
  'than', 'your', 'you', 'about', 'would', 'could', 'should', 'been', 'were', 'just', 'like', 'really', 'some',
  'into', 'from', 'does', 'doe', 'done', 'make', 'more', 'much', 'many', 'also', 'well', 'yeah', 'okay', 'right',
  'know', 'think', 'thing', 'going', 'go', 'very', 'kind', 'sort', 'honest', 'honestly', 'actually', 'maybe',
  'said', 'say', 'tell', 'mean', 'thank', 'great', 'good', 'sure', 'here', 'over', 'only', 'even',
]);
