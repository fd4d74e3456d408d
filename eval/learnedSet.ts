// The labelled set as the learned suggestions see it: every turn embedded by the fixture text model,
// read by the rules, with its labels. Shared by `npm run train:suggestions`, `npm run eval:suggestions`
// and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTextEmbedder, type TextModelFiles } from '../electron/services/meaning/textEmbedder';
import { emptyAnnotations } from '../shared/domain/annotations';
import { suggest, suggestionRoles, type Suggestion } from '../shared/suggestions';
import { readCall } from '../shared/suggestions/analysis';
import { callExamples, readExamples, readWeights, type LearnedLabel, type LearnedWeights, type StoredExample } from '../shared/suggestions/learned';
import { FOLDERS, type Conversation, type Folder } from './suggestionsSet';

/** The trained sentence embedding model in the fixtures (all-MiniLM-L6-v2, ONNX). */
const MODEL_DIR = resolve(import.meta.dirname, '../../shared/fixtures/models/text-embedding');
export const TEXT_MODEL: TextModelFiles = {
  model: join(MODEL_DIR, 'model.onnx'),
  tokenizer: join(MODEL_DIR, 'tokenizer.json'),
  tokenizerConfig: join(MODEL_DIR, 'tokenizer_config.json'),
};
export const TEXT_MODEL_PRESENT = existsSync(TEXT_MODEL.model);

/**
 * held-out-11 and -12 (written blind by two labelling sessions while the model was being changed) stay out of
 * training and of every choice made by cross-validation (issue 16): they are scored, never learned from.
 * held-out-5 … -10 were blind too and were scored by models trained without them (README), then joined the
 * training folders.
 */
export const BLIND_FOLDERS: readonly Folder[] = ['held-out-11', 'held-out-12'];
export const TRAINING_FOLDERS: readonly Folder[] = FOLDERS.filter((f) => !BLIND_FOLDERS.includes(f));

/** Where the trained model lives in the repo. */
export const LEARNED_DIR = resolve(import.meta.dirname, '../shared/suggestions/learned');
export const WEIGHTS_FILE = join(LEARNED_DIR, 'weights.json');
export const EXAMPLES_FILE = join(LEARNED_DIR, 'examples.json');

export const loadLearned = (): { weights: LearnedWeights; examples: StoredExample[] } | null =>
  existsSync(WEIGHTS_FILE) && existsSync(EXAMPLES_FILE)
    ? { weights: readWeights(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8'))), examples: readExamples(JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8'))) }
    : null;

/** Each conversation's turn vectors by turn id (one model load, turns embedded in one go). */
export async function embedSet(set: readonly Conversation[]): Promise<Map<Conversation, Map<string, Float32Array>>> {
  const embedder = await loadTextEmbedder(TEXT_MODEL);
  try {
    const all = await embedder.embed(set.flatMap((c) => c.turns.map((t) => t.text)));
    let at = 0;
    return new Map(set.map((c) => [c, new Map(c.turns.map((t) => [t.id, all[at++]!]))]));
  } finally {
    await embedder.close();
  }
}

/** The labels of a turn as the classifier learns them ('pain' too when any level is marked). */
function learnedLabels(c: Conversation, turnId: string): LearnedLabel[] {
  const labels = c.labels.get(turnId) ?? [];
  const out = new Set<LearnedLabel>(labels);
  if (labels.some((l) => l.startsWith('pain:'))) out.add('pain');
  return [...out];
}

/** One labelled example per turn with a side (rep or prospect), in turn order. */
export function labelledExamples(c: Conversation, vectors: ReadonlyMap<string, Float32Array>): StoredExample[] {
  const roles = suggestionRoles(c.speakers);
  if (!roles.ok) throw new Error(`${c.file}: ${roles.message}`);
  const views = readCall(c.turns, roles);
  const rules = suggest({ turns: c.turns, speakers: c.speakers, annotations: emptyAnnotations() });
  const door = (i: number) => i >= 0 && views[i]!.side === 'prospect' && (c.labels.get(c.turns[i]!.id) ?? []).includes('door-opener');
  return callExamples(views, rules, vectors).flatMap((ex, i) => {
    if (!ex) return [];
    const afterDoor = ex.side === 'rep' && !views[i]!.backchannel && door(i - 1);
    return [{ ...ex, call: c.file, labels: learnedLabels(c, c.turns[i]!.id), ...(afterDoor ? { afterDoor } : {}) }];
  });
}

/** The suggestions for a conversation with the learned model (the vectors from `embedSet`). */
export const withLearned =
  (vectors: ReadonlyMap<Conversation, ReadonlyMap<string, Float32Array>>, weights: LearnedWeights, examples?: readonly StoredExample[]) =>
  (c: Conversation): Suggestion[] =>
    suggest({ turns: c.turns, speakers: c.speakers, annotations: emptyAnnotations(), meaning: { vectors: vectors.get(c)!, weights, examples } });
