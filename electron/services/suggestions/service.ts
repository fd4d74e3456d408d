import type { Emit, Handlers } from '../../../shared/contract';
import { DEMO_CALL_ID } from '../../../shared/domain/call';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import { dequantize } from '../../../shared/meaning/vectors';
import type { LearnedWeights, LocalExample } from '../../../shared/suggestions/learned';
import type { LearningInfo } from '../../../shared/suggestions/learned/learning';
import { removedIdsOf, verdictExamples, verdictsOf } from '../../../shared/suggestions/learned/verdicts';
import type { LibraryRef } from '../library/ref';
import { deleteLearnedWeights, readLearnedWeights, writeLearnedWeights } from './learnedWeights';
import { deleteLocalExamples, readLocalExamples, writeLocalExamples, type LocalRecord } from './localExamples';

export type LearningDeps = {
  ref: Pick<LibraryRef, 'get'>;
  emit: Emit;
  /** Retrains from the shipped examples and these verdicts (in a worker thread: trainHost.ts). */
  train: (local: LocalExample[]) => Promise<LearnedWeights>;
  /** How long after the last verdict retraining starts, so a burst of accepts trains once. */
  debounceMs?: number;
};

/** `digest`: of the local examples file holding `records` (what saved weights are matched against). */
type State = { folder: string; records: LocalRecord[]; digest: string | null; weights: LearnedWeights | null; notice: string | null };

/**
 * Learning from the reviewer, on this machine only: each mark put (by hand or by accepting a suggestion)
 * and each dismissal becomes a labelled example in the library folder; after a change the classifier is
 * retrained from the shipped examples and these (debounced) and the Review view is told to fetch the new
 * weights. Nothing leaves the machine. The weights are saved beside the examples with the digest of what
 * they were trained from, so a start uses them at once instead of retraining (~12 s of a core).
 */
export function createLearningService(deps: LearningDeps) {
  const { ref, emit } = deps;
  const debounceMs = deps.debounceMs ?? 2000;
  let state: Promise<State> | null = null;
  let revision = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let training: Promise<void> = Promise.resolve();
  /** Changes one after another, so two never start from the same examples. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  function current(): Promise<State> {
    const folder = ref.get().folder;
    state ??= open(folder);
    return state.then((s) => (s.folder === folder ? s : ((state = null), current())));
  }

  async function open(folder: string): Promise<State> {
    const { records, digest, notice } = await readLocalExamples(folder);
    const saved = records.length > 0 && digest ? await readLearnedWeights(folder, digest) : { weights: null, notice: null };
    // Weights trained from other examples or another shipped model (or none saved): train them again.
    if (records.length > 0 && !saved.weights) schedule(0);
    const notices = [notice, saved.notice].filter((n) => n !== null);
    return { folder, records, digest, weights: saved.weights, notice: notices.length > 0 ? notices.join(' ') : null };
  }

  function changed(): void {
    revision++;
    emit('library:changed', settingsChanged('learned-suggestions'));
  }

  function schedule(delay = debounceMs): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      training = training.then(retrain).catch(() => undefined);
    }, delay);
  }

  async function retrain(): Promise<void> {
    const s = await current();
    const { records, digest } = s;
    let weights: LearnedWeights | null;
    try {
      weights = records.length === 0 ? null : await deps.train(records.map((r) => r.local));
    } catch (e) {
      // The examples stay; the weights in use stay those of the last training (or the shipped ones).
      s.notice = e instanceof Error ? e.message : String(e);
      changed();
      return;
    }
    await serial(async () => {
      if (s.records !== records) return; // changed meanwhile: the next run trains on them
      s.weights = weights;
      // Saved in turn with the examples' changes, so a reset never sees them written back after it.
      // Unsaved (a full disk) they are still in use: the next start retrains, as without the file.
      await (weights && digest ? writeLearnedWeights(s.folder, weights, digest) : deleteLearnedWeights(s.folder)).catch(() => undefined);
      changed();
    });
  }

  async function info(): Promise<LearningInfo> {
    const s = await current();
    return { examples: s.records.length, revision, notice: s.notice };
  }

  /** The verdicts a command gives on a call become examples; the ids it removes take theirs back. */
  async function learn(all: Handlers, callId: string, command: Parameters<Handlers['annotations:apply']>[0]['command']): Promise<void> {
    const verdicts = verdictsOf(command);
    const removed = new Set(removedIdsOf(command));
    if (verdicts.length === 0 && removed.size === 0) return;
    let added: LocalRecord[] = [];
    if (verdicts.length > 0) {
      const [detail, transcript, rows] = await Promise.all([
        all['calls:get']({ callId }),
        all['calls:transcript']({ callId }),
        all['calls:turnVectors']({ callId }),
      ]);
      if (transcript && rows) {
        const bytes = Buffer.from(rows.vectors, 'base64');
        const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const vectors = new Map(rows.turnIds.map((id, i) => [id, dequantize(q.subarray(i * rows.dims, (i + 1) * rows.dims))]));
        added = verdictExamples({ turns: transcript.turns, speakers: detail.speakers, vectors }, verdicts).map(({ verdict, local }) => ({
          callId,
          markId: verdict.markId,
          local,
        }));
      }
    }
    await serial(async () => {
      const s = await current();
      const replaced = new Set(added.map((r) => r.markId));
      const kept = s.records.filter((r) => r.callId !== callId || (!removed.has(r.markId) && !replaced.has(r.markId)));
      if (kept.length === s.records.length && added.length === 0) return;
      const records = [...kept, ...added];
      s.digest = await writeLocalExamples(s.folder, records);
      s.records = records;
      schedule();
    });
  }

  /** Drops the examples of a deleted call (or of the demo call put back as shipped). */
  function forget(callId: string): Promise<void> {
    return serial(async () => {
      const s = await current();
      const records = s.records.filter((r) => r.callId !== callId);
      if (records.length === s.records.length) return;
      s.digest = await writeLocalExamples(s.folder, records);
      s.records = records;
      schedule();
    });
  }

  const handlers = {
    'suggestions:learning': info,
    'suggestions:model': async () => {
      const s = await current();
      return { revision, weights: s.weights };
    },
    'suggestions:resetLearning': () =>
      serial(async () => {
        if (timer) clearTimeout(timer);
        timer = null;
        const s = await current();
        await deleteLocalExamples(s.folder);
        await deleteLearnedWeights(s.folder);
        s.records = [];
        s.digest = null;
        s.weights = null;
        s.notice = null;
        changed();
        return info();
      }),
  } satisfies Partial<Handlers>;

  let pending = new Set<Promise<void>>();
  return {
    handlers,
    /** Marks and dismissals become examples once saved; the answer does not wait for it. */
    observe(all: Handlers): Handlers {
      const annotate = all['annotations:apply'];
      const remove = all['calls:delete'];
      const resetDemo = all['library:resetDemo'];
      const track = (run: Promise<void>) => {
        pending.add(run);
        void run.finally(() => pending.delete(run));
      };
      return {
        ...all,
        'annotations:apply': async (input) => {
          const out = await annotate(input);
          track(learn(all, input.callId, input.command).catch(() => undefined));
          return out;
        },
        // A deleted call leaves nothing behind: its examples quote its turns.
        'calls:delete': async (input) => {
          const out = await remove(input);
          track(forget(input.callId).catch(() => undefined));
          return out;
        },
        // The demo put back as shipped forgets the verdicts given on it, as a deleted call does.
        'library:resetDemo': async (input) => {
          const out = await resetDemo(input);
          track(forget(DEMO_CALL_ID).catch(() => undefined));
          return out;
        },
      };
    },
    /** Resolves once the verdicts in hand are stored and the retraining they started is done (tests). */
    async settled(): Promise<void> {
      await Promise.all([...pending]);
      await queue;
      while (timer) await new Promise((r) => setTimeout(r, 20));
      await training;
    },
    shutdown(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = new Set();
    },
  };
}
