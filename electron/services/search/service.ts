import { readFile, rm, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { callsChanged, type LibraryChange } from '../../../shared/domain/libraryChange';
import { SearchQuery } from '../../../shared/search/query';
import { writeFileAtomic } from '../atomicWrite';
import type { Library } from '../library/library';
import type { LibraryRef } from '../library/ref';
import { openSearchIndex, type IndexedCall, type SearchIndex } from './index';
import { readIndexedCall } from './read';

/** The index file, in the library folder beside `library.json`; rebuilt from the documents when unreadable. */
export const SEARCH_INDEX_FILE = 'search-index.sqlite';
/** Calls changed since the index file was last saved, one id a line: re-read at the next open. */
export const SEARCH_PENDING_FILE = 'search-index.pending';

export type SearchDeps = { ref: Pick<LibraryRef, 'get'>; saveDelayMs?: number };

type Open = { library: Library; index: SearchIndex };

/**
 * The search over every call. Kept current call by call: `changed` takes the library's change events
 * (and `observe` the edits that send none), re-reads only the calls named, and saves the index file a
 * moment later (the whole database, so saves are gathered, not one per keystroke).
 */
export function createSearchService({ ref, saveDelayMs = 1500 }: SearchDeps) {
  let current: Promise<Open> | null = null;
  let work: Promise<unknown> = Promise.resolve();
  let saveTimer: NodeJS.Timeout | null = null;
  let dirty = false;
  /** Changes announced but not yet in the index: a query waits for them, so it sees what was just imported. */
  const inflight = new Set<Promise<void>>();
  const tracked = (job: Promise<void>): Promise<void> => {
    inflight.add(job);
    void job.finally(() => inflight.delete(job)).catch(() => undefined);
    return job;
  };
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = work.then(job, job);
    work = next.catch(() => undefined);
    return next;
  };

  async function open(library: Library): Promise<Open> {
    const file = join(library.folder, SEARCH_INDEX_FILE);
    const saved = await readFile(file).catch(() => null);
    let index: SearchIndex | null = null;
    if (saved) index = await openSearchIndex(saved).catch(() => null); // damaged: rebuilt below
    const rebuilt = !index;
    index ??= await openSearchIndex(null);
    const listed = new Set(library.list().map((c) => c.id));
    const held = new Set(index.callIds());
    const pending = (await readFile(join(library.folder, SEARCH_PENDING_FILE), 'utf8').catch(() => '')).split('\n').filter(Boolean);
    const stale = new Set([...listed].filter((id) => !held.has(id) || pending.includes(id)));
    for (const id of held) if (!listed.has(id)) index.remove(id);
    index.putAll(await readAll(library, [...stale]));
    if (rebuilt || stale.size > 0) dirty = true;
    return { library, index };
  }

  const ready = (): Promise<Open> => {
    const library = ref.get();
    if (!current) current = serial(() => open(library));
    return current.then((o) => (o.library === library ? o : reopen(library)));
  };
  const reopen = (library: Library): Promise<Open> => {
    const previous = current;
    current = serial(async () => {
      (await previous?.catch(() => null))?.index.close();
      return open(library);
    });
    return current;
  };

  async function save(): Promise<void> {
    if (!dirty || !current) return;
    const { library, index } = await current;
    dirty = false;
    await writeFileAtomic(join(library.folder, SEARCH_INDEX_FILE), index.export());
    await rm(join(library.folder, SEARCH_PENDING_FILE), { force: true });
  }
  const scheduleSave = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void serial(save).catch(() => undefined); // kept pending: the next open re-reads those calls
    }, saveDelayMs);
    saveTimer.unref();
  };

  /** Re-reads the calls a change names (every call when it may be any). */
  const changed = (change: LibraryChange): Promise<void> => (change.parts.length === 0 ? Promise.resolve() : tracked(apply(change)));
  async function apply(change: LibraryChange): Promise<void> {
    const { library, index } = await ready();
    if (change.calls === null) {
      await reopen(library); // another folder, or a rebuilt library index
      return;
    }
    const ids = change.calls;
    await serial(async () => {
      await appendFile(join(library.folder, SEARCH_PENDING_FILE), ids.map((id) => `${id}\n`).join('')).catch(() => undefined);
      for (const id of ids) {
        const doc = library.list().some((c) => c.id === id) ? await readIndexedCall(library, id).catch(() => null) : null;
        if (doc) index.put(doc);
        else index.remove(id);
      }
      dirty = true;
    });
    scheduleSave();
  }

  const handlers = {
    'search:query': async (input) => {
      const q = SearchQuery.parse(input);
      await Promise.allSettled([...inflight]);
      const { index } = await ready();
      const started = performance.now();
      const hits = index.query(q);
      return { hits, tookMs: performance.now() - started };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    changed,
    /** An emit that also keeps the index current. */
    emitting(emit: Emit): Emit {
      return (event, payload) => {
        if (event === 'library:changed') void changed(payload as LibraryChange).catch(() => undefined);
        emit(event, payload);
      };
    },
    /** Transcript edits and marks send no change event (the page that made them shows them): index them too. */
    observe(all: Handlers): Handlers {
      const edit = all['transcript:edit'];
      const annotate = all['annotations:apply'];
      return {
        ...all,
        'transcript:edit': async (input) => {
          const out = await edit(input);
          await changed(callsChanged('edit', [input.callId], ['transcript']));
          return out;
        },
        'annotations:apply': async (input) => {
          const out = await annotate(input);
          await changed(callsChanged('annotate', [input.callId], ['annotations']));
          return out;
        },
      };
    },
    /** Opens (or rebuilds) the index now rather than at the first query. */
    ready: async (): Promise<void> => void (await ready()),
    /** Saves now what is waiting to be saved (on quit, and in tests). */
    async flush(): Promise<void> {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      await serial(save);
    },
  };
}

async function readAll(library: Library, ids: string[]): Promise<IndexedCall[]> {
  const docs: IndexedCall[] = [];
  for (const id of ids) {
    const doc = await readIndexedCall(library, id).catch(() => null); // an unreadable call is left out, as the library does
    if (doc) docs.push(doc);
  }
  return docs;
}
