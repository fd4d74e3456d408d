import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Low } from 'lowdb';
import type { Call, CallSummary } from '../../../shared/domain/call';
import type { Transcript, Turn } from '../../../shared/domain/transcript';
import { applySplice, type TranscriptSplice } from '../../../shared/domain/transcriptEdits';
import { DEFAULT_CRITERIA, type RubricCriterion } from '../../../shared/scorecard/rubric';
import { applyCommand, emptyAnnotations, type AnnotationCommand, type Annotations } from '../../../shared/domain/annotations';
import { AppError, isAppError, type AppErrorShape } from '../../../shared/errors';
import type { StorageNotice } from '../../../shared/contract';
import { fsError } from '../fsErrors';
import { keepUnreadableAside, openDocument, writeDocument, type DocumentSpec, type Restoration } from './documents';
import { lockLibrary, lockedMessage, type HeldLock, type LockOptions } from './lock';
import {
  CALLS_DIR,
  CALL_FILE,
  INDEX_FILE,
  STAGING_DIR,
  TRANSCRIPT_FILE,
  callSpec,
  transcriptSpec,
  indexSpec,
  summaryOf,
  type CallDocument,
  type IndexDocument,
  type TranscriptDocument,
} from './schema';

/**
 * A library folder: `library.json` (the index of call summaries) and `calls/<id>/` holding each call's
 * own document and audio. Annotating one call rewrites only that call's document; the index changes
 * only when something it lists (title, date, status…) changes.
 */
export type Library = Awaited<ReturnType<typeof openLibrary>>;

export type OpenOptions = {
  /** Hold the folder's lock (the app does); without it, nothing stops another instance's writes. */
  lock?: LockOptions;
};

export async function openLibrary(folder: string, options: OpenOptions = {}) {
  let index: Low<IndexDocument> | null = null;
  let problem: AppErrorShape | null = null;
  const callDocs = new Map<string, Promise<Low<CallDocument>>>();
  const callDir = (id: string) => join(folder, CALLS_DIR, id);
  /** Set while another instance holds the folder: reads work, writes are refused with this. */
  let lockProblem: AppErrorShape | null = null;
  let lock: HeldLock | null = null;
  let retired = false;
  /** Writes in flight, so retiring waits for them. */
  const writes = new Set<Promise<unknown>>();

  /** Documents put back from their last good copy since the library opened: the user is told until they dismiss it. */
  const notices: StorageNotice[] = [];
  const noteRestored = (restoration: Restoration) => {
    notices.push({ id: randomUUID(), message: restoredMessage(restoration, folder, titleOf(restoration.path)) });
  };
  const titleOf = (path: string) => index?.data.calls.find((c) => path.startsWith(callDir(c.id) + sep))?.title ?? null;

  /** Every call folder whose document reads, as the index lists it, and those that don't. */
  async function scanCalls(): Promise<{ calls: CallSummary[]; unreadable: { folder: string; problem: AppErrorShape }[] }> {
    const calls: CallSummary[] = [];
    const unreadable: { folder: string; problem: AppErrorShape }[] = [];
    const entries = await readdir(join(folder, CALLS_DIR), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((e) => e.isDirectory())) {
      try {
        const doc = await openDocument(join(callDir(entry.name), CALL_FILE), callSpec, null, noteRestored);
        calls.push(summaryOf(doc.data.call));
      } catch (e) {
        const problem = isAppError(e) ? e : fsError(e, "Couldn't read the call's document", callDir(entry.name));
        unreadable.push({ folder: entry.name, problem: problem.toShape() });
      }
    }
    return { calls, unreadable };
  }

  const emptyIndex = (): IndexDocument => ({ schemaVersion: 1, calls: [], myName: null, rubricCriteria: null, demoSeeded: false });
  try {
    await mkdir(join(folder, CALLS_DIR), { recursive: true });
    if (options.lock) {
      const outcome = await lockLibrary(folder, {
        ...options.lock,
        onLost: (owner) => {
          lockProblem = { code: 'LIBRARY_LOCKED', message: lockedMessage(owner) };
          options.lock?.onLost?.(owner);
        },
      });
      if (outcome.kind === 'busy') lockProblem = { code: 'LIBRARY_LOCKED', message: lockedMessage(outcome.owner) };
      if (outcome.kind === 'held') lock = outcome.lock;
    }
    if (lockProblem) {
      // Read-only: the holder's staged imports are its own, and a missing index is its to create.
      index = await openDocument(join(folder, INDEX_FILE), indexSpec, null);
    } else {
      // Copies left in staging by a crash mid-import are referenced by nothing: drop them.
      await rm(join(folder, STAGING_DIR), { recursive: true, force: true });
      let indexRestored = false;
      index = await openDocument(join(folder, INDEX_FILE), indexSpec, emptyIndex, (restoration) => {
        indexRestored = true;
        noteRestored(restoration);
      });
      if (indexRestored) {
        // The copy is one save behind: its list is made again from the call documents (the truth); the
        // rep's name and the rubric, which only the index holds, come from the copy.
        index.data.calls = (await scanCalls()).calls;
        await writeDocument(index, indexSpec);
      }
    }
  } catch (e) {
    problem = (isAppError(e) ? e : fsError(e, "Couldn't open the library folder", folder)).toShape();
  }

  /**
   * Every write goes through here: refused once the library is retired (switched away from, or the app
   * closing) or while another instance holds it, and tracked so retiring waits for it to land.
   */
  function writing<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => {
      if (retired)
        return Promise.reject(new AppError('LIBRARY_CLOSED', `This library (${folder}) is no longer open in Call Review; the change was not saved.`));
      if (lockProblem) return Promise.reject(new AppError(lockProblem.code, lockProblem.message));
      const pending = write(...args);
      writes.add(pending);
      void pending.then(
        () => writes.delete(pending),
        () => writes.delete(pending),
      );
      return pending;
    };
  }

  const writableIndex = (): Low<IndexDocument> => {
    if (index) return index;
    throw new AppError(problem?.code ?? 'INTERNAL', problem?.message ?? 'The library is not open.');
  };

  /** One lowdb instance per document, so its writes are serialised by a single writer. */
  function cached<T extends { schemaVersion: number }>(
    cache: Map<string, Promise<Low<T>>>,
    id: string,
    file: string,
    spec: DocumentSpec<T>,
    afterRestore?: (db: Low<T>) => Promise<void>,
  ): Promise<Low<T>> {
    let doc = cache.get(id);
    if (!doc) {
      doc = (async () => {
        let restored = false;
        const db = await openDocument(join(callDir(id), file), spec, null, (restoration) => {
          restored = true;
          noteRestored(restoration);
        });
        if (restored) await afterRestore?.(db);
        return db;
      })();
      doc.catch(() => cache.delete(id)); // a document that failed to open is tried again next time
      cache.set(id, doc);
    }
    return doc;
  }
  // A call document put back from its copy is the truth: its line in the index follows it.
  const callDoc = (id: string) =>
    cached(callDocs, id, CALL_FILE, callSpec, async (db) => {
      if (index?.data.calls.some((c) => c.id === id)) await putSummary(summaryOf(db.data.call));
    });
  const transcriptDocs = new Map<string, Promise<Low<TranscriptDocument>>>();
  const transcriptDoc = (id: string) => cached(transcriptDocs, id, TRANSCRIPT_FILE, transcriptSpec);

  function summary(id: string): CallSummary {
    const found = writableIndex().data.calls.find((c) => c.id === id);
    if (!found) throw new AppError('NOT_FOUND', 'This call is no longer in the library.');
    return found;
  }

  async function putSummary(next: CallSummary): Promise<void> {
    const db = writableIndex();
    const others = db.data.calls.filter((c) => c.id !== next.id);
    db.data.calls = [...others, next];
    await writeDocument(db, indexSpec);
  }

  /** Changes a call: its own document first (the truth), then its line in the index. */
  async function updateCall(id: string, change: (call: Call) => Call): Promise<CallSummary> {
    summary(id);
    const doc = await callDoc(id);
    const next = change(doc.data.call);
    doc.data.call = next;
    await writeDocument(doc, callSpec);
    await putSummary(summaryOf(next));
    return summaryOf(next);
  }

  return {
    folder,
    /** Why the library can't be used (its index unreadable), or why it is read-only (open elsewhere). */
    problem: (): AppErrorShape | null => lockProblem ?? problem,
    notices: (): StorageNotice[] => [...notices],
    dismissNotice(id: string): void {
      const at = notices.findIndex((n) => n.id === id);
      if (at >= 0) notices.splice(at, 1);
    },
    list: (): CallSummary[] => (index ? [...index.data.calls] : []),
    findByFingerprint: (fingerprint: string): CallSummary | undefined => index?.data.calls.find((c) => c.fingerprint === fingerprint),

    async get(id: string): Promise<Call> {
      summary(id);
      return (await callDoc(id)).data.call;
    },

    callDir,

    async annotations(id: string): Promise<Annotations> {
      summary(id);
      return (await callDoc(id)).data.annotations;
    },

    /** Applies one reviewer change and saves it at once; returns the command that undoes it. */
    applyAnnotation: writing(async (id: string, command: AnnotationCommand): Promise<{ annotations: Annotations; inverse: AnnotationCommand }> => {
      summary(id);
      const doc = await callDoc(id);
      const { next, inverse } = applyCommand(doc.data.annotations, command);
      const previous = doc.data.annotations;
      doc.data.annotations = next;
      try {
        await writeDocument(doc, callSpec);
      } catch (e) {
        doc.data.annotations = previous; // what is shown must be what is on disk
        throw e;
      }
      return { annotations: next, inverse };
    }),
    myName: (): string | null => index?.data.myName ?? null,

    setMyName: writing(async (name: string | null): Promise<void> => {
      const db = writableIndex();
      db.data.myName = name;
      await writeDocument(db, indexSpec);
    }),

    demoSeeded: (): boolean => index?.data.demoSeeded ?? false,
    markDemoSeeded: writing(async (): Promise<void> => {
      const db = writableIndex();
      db.data.demoSeeded = true;
      await writeDocument(db, indexSpec);
    }),

    /** The rubric managers rate this library's calls on: the library's own, or our method's defaults. */
    rubricCriteria: (): readonly RubricCriterion[] => index?.data.rubricCriteria ?? DEFAULT_CRITERIA,

    setRubricCriteria: writing(async (criteria: RubricCriterion[] | null): Promise<void> => {
      const db = writableIndex();
      const previous = db.data.rubricCriteria;
      db.data.rubricCriteria = criteria;
      try {
        await writeDocument(db, indexSpec);
      } catch (e) {
        db.data.rubricCriteria = previous; // what is used must be what is on disk
        throw e;
      }
    }),

    async getTranscript(id: string): Promise<Transcript | null> {
      if (!(await callDoc(id)).data.call.hasTranscript) return null;
      return (await transcriptDoc(id)).data.transcript;
    },

    /** One transcript edit (a splice), saved at once; returns the splice that undoes it and the turns saved. */
    editTranscript: writing(async (id: string, splice: TranscriptSplice): Promise<{ inverse: TranscriptSplice; turns: Turn[] }> => {
      if (!(await callDoc(id)).data.call.hasTranscript) throw new AppError('NOT_FOUND', 'This call has no transcript yet.');
      const doc = await transcriptDoc(id);
      let result;
      try {
        result = applySplice(doc.data.transcript, splice);
      } catch (e) {
        throw new AppError('INVALID_INPUT', e instanceof Error ? e.message : String(e));
      }
      const previous = doc.data.transcript;
      doc.data.transcript = result.next;
      try {
        await writeDocument(doc, transcriptSpec);
      } catch (e) {
        doc.data.transcript = previous;
        throw e;
      }
      return { inverse: result.inverse, turns: splice.insert }; // what now stands in the document
    }),

    /** Writes the transcript document, then marks the call: a crash in between leaves no dangling flag. */
    saveTranscript: writing(async (id: string, transcript: Transcript, change: (call: Call) => Call): Promise<CallSummary> => {
      summary(id);
      const path = join(callDir(id), TRANSCRIPT_FILE);
      // Reuse the open document if there is one: one writer per file.
      const fresh = () => openDocument<TranscriptDocument>(path, transcriptSpec, () => ({ schemaVersion: 1, transcript }));
      let doc = await transcriptDocs.get(id)?.catch(() => null);
      if (!doc) {
        try {
          doc = await fresh();
        } catch (e) {
          // A damaged transcript must not block its replacement: it is kept aside, as the index's rebuild does.
          if (!isAppError(e) || e.code !== 'CORRUPT_DOCUMENT') throw e;
          await keepUnreadableAside(path, 'the damaged transcript');
          doc = await fresh();
        }
      }
      transcriptDocs.set(id, Promise.resolve(doc));
      doc.data.transcript = transcript;
      await writeDocument(doc, transcriptSpec);
      return updateCall(id, (call) => ({ ...change(call), hasTranscript: true }));
    }),

    /** A fresh folder for an import in progress; it becomes a call only through `commit`. */
    createStaging: writing(async (): Promise<{ id: string; dir: string }> => {
      writableIndex();
      const id = randomUUID();
      const dir = join(folder, STAGING_DIR, id);
      try {
        // Not recursive: a recursive mkdir reports a read-only disk as ENOENT.
        await mkdir(join(folder, STAGING_DIR)).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'EEXIST') throw e;
        });
        await mkdir(dir);
      } catch (e) {
        throw fsError(e, "Couldn't write to the library folder", folder);
      }
      return { id, dir };
    }),

    async discardStaging(dir: string): Promise<void> {
      await rm(dir, { recursive: true, force: true });
    },

    /** Moves a staged import into place and lists it; on any failure the library is as it was. */
    commit: writing(async (stagingDir: string, call: Call): Promise<CallSummary> => {
      writableIndex();
      const docPath = join(stagingDir, CALL_FILE);
      try {
        const doc = await openDocument(docPath, callSpec, () => ({ schemaVersion: 1, call, annotations: emptyAnnotations() }));
        doc.data.call = call;
        await rename(stagingDir, callDir(call.id));
      } catch (e) {
        throw isAppError(e) ? e : fsError(e, "Couldn't add the call to the library", folder);
      }
      try {
        await putSummary(summaryOf(call));
      } catch (e) {
        await rm(callDir(call.id), { recursive: true, force: true });
        throw e;
      }
      return summaryOf(call);
    }),

    update: writing(updateCall),

    remove: writing(async (id: string): Promise<void> => {
      summary(id);
      const db = writableIndex();
      db.data.calls = db.data.calls.filter((c) => c.id !== id);
      await writeDocument(db, indexSpec);
      callDocs.delete(id);
      transcriptDocs.delete(id);
      await rm(callDir(id), { recursive: true, force: true });
    }),

    /** Keeps an unreadable index as a backup and lists again every call folder whose document reads. */
    rebuildIndex: writing(async (): Promise<{ unreadable: { folder: string; problem: AppErrorShape }[] }> => {
      const indexPath = join(folder, INDEX_FILE);
      const exists = await stat(indexPath).then(
        () => true,
        () => false,
      );
      if (exists && problem) await keepUnreadableAside(indexPath, 'the library index');
      const { calls, unreadable } = await scanCalls();
      index = await openDocument(indexPath, indexSpec, emptyIndex);
      index.data.calls = calls;
      await writeDocument(index, indexSpec);
      problem = null;
      callDocs.clear();
      transcriptDocs.clear();
      return { unreadable };
    }),

    /**
     * Closes the library for good (the app switched folders or is quitting): later writes are refused,
     * writes in flight land first, then the folder's lock is let go.
     */
    async retire(): Promise<void> {
      retired = true;
      while (writes.size > 0) await Promise.allSettled([...writes]);
      await lock?.release();
      lock = null;
    },
  };
}

/** What the user reads about a document put back from its last good copy. */
function restoredMessage({ label, keptAside }: Restoration, folder: string, title: string | null): string {
  const what = title ? `“${title}”: ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
  const how = keptAside ? 'was damaged' : 'was missing';
  const aside = keptAside ? ` The damaged file was kept as ${relative(folder, keptAside)}.` : '';
  return `${what} ${how} and was restored from its last good copy, made before its most recent save: that save may be missing.${aside}`;
}
