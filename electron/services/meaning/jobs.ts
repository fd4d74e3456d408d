import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Emit } from '../../../shared/contract';
import { Turn } from '../../../shared/domain/transcript';
import { AppError } from '../../../shared/errors';
import type { MeaningProgress } from '../../../shared/meaning/textModel';
import { TEXT_MODEL_ID } from '../../../shared/meaning/textModel';
import { isCurrent, reusableRows, textHash, turnVectorsFor } from '../../../shared/meaning/turnVectors';
import { EMBEDDING_DIMS, quantize } from '../../../shared/meaning/vectors';
import type { Library } from '../library/library';
import type { LibraryRef } from '../library/ref';
import { TRANSCRIPT_FILE } from '../library/schema';
import { readTurnVectors, removeTurnVectors, writeTurnVectors } from './store';
import type { TextModelFiles } from './textEmbedder';
import type { MeaningWorker } from './workerHost';

export type MeaningJobsDeps = {
  ref: Pick<LibraryRef, 'get'>;
  worker: Pick<MeaningWorker, 'embed' | 'release'>;
  /** The model files in use when they load; null without a model (then nothing is computed). */
  files: () => Promise<TextModelFiles | null>;
  emit: Emit;
  /** A call's stored vectors changed (written, or removed with its transcript): search reads them again. */
  onStored?: (callId: string) => void;
};

/** Turns sent to the model at once: ~0.2 s of the worker's time, so a cancel is heard within that. */
const BATCH = 32;
const IDLE: MeaningProgress = { state: 'idle', callId: null, callsDone: 0, callsTotal: 0, turnsDone: 0, turnsTotal: 0 };

/** Only the turns' ids and texts, read from the file (not the library's document cache: a startup pass reads every call). */
const TurnTexts = z.object({ transcript: z.object({ turns: z.array(Turn.pick({ id: true, text: true })) }) });

export async function turnTexts(library: Library, id: string): Promise<{ id: string; text: string }[] | null> {
  const summary = library.list().find((c) => c.id === id);
  if (!summary?.hasTranscript) return null;
  return TurnTexts.parse(JSON.parse(await readFile(join(library.callDir(id), TRANSCRIPT_FILE), 'utf8'))).transcript.turns;
}

export type MeaningJobs = ReturnType<typeof createMeaningJobs>;

/**
 * The library's background job: each call named (a new or edited transcript, the startup pass) gets a
 * vector per turn, computed in the model's worker only for turns whose text has none yet, and stored
 * beside the call. One call at a time; a deleted call's work stops, and a library switch drops the queue.
 */
export function createMeaningJobs(deps: MeaningJobsDeps) {
  const queue: string[] = [];
  let current: { callId: string; controller: AbortController } | null = null;
  let loop: Promise<void> | null = null;
  let progress: MeaningProgress = IDLE;
  const report = (next: MeaningProgress) => {
    progress = next;
    deps.emit('meaning:progress', next);
  };

  async function embedCall(library: Library, id: string, files: TextModelFiles, signal: AbortSignal, counts: { done: number; total: number }) {
    if (library.problem()?.code === 'LIBRARY_LOCKED') return; // open read-only: the instance holding it writes
    const dir = library.callDir(id);
    const turns = await turnTexts(library, id);
    if (!turns) {
      await removeTurnVectors(dir).catch(() => undefined); // no transcript (any more): no vectors
      deps.onStored?.(id);
      return;
    }
    const stored = await readTurnVectors(dir);
    if (isCurrent(stored, turns, TEXT_MODEL_ID, EMBEDDING_DIMS)) return;
    const rows = reusableRows(stored, TEXT_MODEL_ID, EMBEDDING_DIMS);
    const todo = [...new Map(turns.filter((t) => !rows.has(textHash(t.text))).map((t) => [textHash(t.text), t.text])).entries()];
    const at = (turnsDone: number) =>
      report({ state: 'embedding', callId: id, callsDone: counts.done, callsTotal: counts.total, turnsDone, turnsTotal: todo.length });
    at(0);
    for (let from = 0; from < todo.length; from += BATCH) {
      if (signal.aborted) throw signal.reason;
      const batch = todo.slice(from, from + BATCH);
      const vectors = await deps.worker.embed(
        files,
        batch.map(([, text]) => text),
      );
      batch.forEach(([hash], i) => rows.set(hash, quantize(vectors[i]!)));
      at(from + batch.length);
    }
    if (signal.aborted) throw signal.reason;
    // The transcript as it is now: an edit made meanwhile has queued the call again, and keeps what still fits.
    const now = await turnTexts(library, id);
    const next = now && turnVectorsFor(now, rows, TEXT_MODEL_ID, EMBEDDING_DIMS);
    if (next && library.list().some((c) => c.id === id)) {
      await writeTurnVectors(dir, next);
      deps.onStored?.(id);
    }
  }

  async function run(): Promise<void> {
    const files = await deps.files().catch(() => null);
    if (!files) {
      queue.length = 0; // no model: nothing to do, and nothing nags
      return;
    }
    const counts = { done: 0, total: queue.length };
    while (queue.length > 0) {
      const id = queue.shift()!;
      const controller = new AbortController();
      current = { callId: id, controller };
      try {
        await embedCall(deps.ref.get(), id, files, controller.signal, counts);
      } catch {
        // Cancelled (deleted, library switched), or a call that can't be read or a model that failed: the
        // vectors are a cache, so the call simply has none until its next change or the next start.
      }
      current = null;
      counts.done++;
      counts.total = counts.done + queue.length;
    }
    report(IDLE);
    await deps.worker.release(); // the model holds ~100 MB: kept only while there is work
  }

  function kick(): void {
    if (loop) return;
    loop = run().finally(() => {
      loop = null;
      if (queue.length > 0) kick(); // named while the loop was finishing
    });
  }

  /** Computes these calls' vectors in the background (a call already waiting keeps its place). */
  function enqueue(ids: readonly string[]): void {
    for (const id of ids) if (!queue.includes(id)) queue.push(id);
    if (ids.length > 0) kick();
  }

  return {
    enqueue,
    /** Stops these calls' work: waiting ones leave the queue, the one in hand stops at its next batch. */
    cancel(ids: readonly string[]): void {
      for (const id of ids) {
        const at = queue.indexOf(id);
        if (at >= 0) queue.splice(at, 1);
        if (current?.callId === id) current.controller.abort(new AppError('CANCELLED', 'The call is gone.'));
      }
    },
    /** Stops everything (library switched, model removed, quit). */
    cancelAll(): void {
      queue.length = 0;
      current?.controller.abort(new AppError('CANCELLED', 'Stopped.'));
    },
    /** Every call with a transcript is checked, and those without (current) vectors get them. */
    catchUp(): void {
      enqueue(
        deps.ref
          .get()
          .list()
          .filter((c) => c.hasTranscript)
          .map((c) => c.id),
      );
    },
    progress: (): MeaningProgress => progress,
    /** Resolves once nothing is left to do (tests). */
    async settled(): Promise<void> {
      while (loop) await loop;
    },
  };
}
