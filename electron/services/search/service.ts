import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { callsChanged, touchesPlaylists, type LibraryChange } from '../../../shared/domain/libraryChange';
import { MEANING_FLOOR } from '../../../shared/meaning/floor';
import { SearchQuery, type ParsedSearchQuery, type SearchHit } from '../../../shared/search/query';
import type { MeaningSearch } from '../meaning/search';
import type { Library } from '../library/library';
import type { LibraryRef } from '../library/ref';
import { DamagedIndexError, openSearchIndex, type IndexedCall, type SearchIndex } from './index';
import { isClipIndexId } from './clips';
import { turnKey } from './query';
import { readIndexedCall, stampOf } from './read';

/** Why a search by meaning found nothing when it could not run. */
const NO_TEXT_MODEL = 'Searching by meaning needs the text model: download it in Settings → Understanding by meaning.';

/** The index file, in the library folder beside `library.json`; rebuilt from the documents when unreadable. */
export const SEARCH_INDEX_FILE = 'search-index.sqlite';

export type SearchDeps = {
  ref: Pick<LibraryRef, 'get'>;
  /** Search by meaning (the meaning service's); without it, a meaning query says it can't run. */
  meaning?: Pick<MeaningSearch, 'search'>;
  /** The clips imported bundles brought (no call of this library holds them), as the index keeps them. */
  bundleClips?: () => Promise<IndexedCall[]>;
};

type Open = { library: Library; index: SearchIndex; catchingUp: Promise<void> };
/** How far the index is from the library after opening it: calls still to read (a first build, a rebuild). */
export type IndexProgress = { done: number; total: number } | null;

/**
 * The search over every call. Kept current call by call: `changed` takes the library's change events
 * (and `observe` the edits that send none) and re-reads only the calls named. At open, the calls whose
 * files changed since the index read them (their stamps differ: the app stopped between a write and its
 * indexing, or the index is new) are read again one by one in the background: the app stays responsive
 * and searches answer meanwhile from what is indexed, saying how far indexing is.
 */
export function createSearchService({ ref, meaning, bundleClips = async () => [] }: SearchDeps) {
  let current: Promise<Open> | null = null;
  let work: Promise<unknown> = Promise.resolve();
  let progress: IndexProgress = null;
  /** Changes announced but not yet in the index: a query waits for them, so it sees what was just imported. */
  const inflight = new Set<Promise<void>>();
  const tracked = (job: Promise<void>): Promise<void> => {
    inflight.add(job);
    void job.finally(() => inflight.delete(job)).catch(() => undefined);
    return job;
  };
  /** One index change at a time (they are synchronous SQLite transactions between asynchronous reads). */
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = work.then(job, job);
    work = next.catch(() => undefined);
    return next;
  };

  async function open(library: Library): Promise<Open> {
    const readOnly = library.problem()?.code === 'LIBRARY_LOCKED'; // the other instance keeps the file current
    const file = join(library.folder, SEARCH_INDEX_FILE);
    let index: SearchIndex;
    try {
      index = openSearchIndex(file, { readOnly });
    } catch (e) {
      if (!(e instanceof DamagedIndexError)) throw e;
      // Damaged or of another version: it only ever holds what the documents hold, so start it afresh —
      // in memory when the file can't be replaced (another instance's, a read-only folder or disk).
      index = readOnly ? openSearchIndex(null) : await freshIndexFile(file).catch(() => openSearchIndex(null));
    }
    const catchingUp = catchUp(library, index).catch(() => undefined); // a call that can't be read stays out, as in the library
    return { library, index, catchingUp };
  }

  async function freshIndexFile(file: string): Promise<SearchIndex> {
    await Promise.all([file, `${file}-journal`].map((f) => rm(f, { force: true })));
    return openSearchIndex(file);
  }

  /** Reads again, one call at a time, the calls whose files are not the ones the index read (and bundles' clips). */
  async function catchUp(library: Library, index: SearchIndex): Promise<void> {
    const held = index.stamps();
    const clips = new Map((await bundleClips().catch(() => [])).map((c) => [c.call.id, c]));
    const listed = new Set([...library.list().map((c) => c.id), ...clips.keys()]);
    for (const id of held.keys()) if (!listed.has(id)) index.remove(id);
    const stale: string[] = [];
    for (const id of listed) {
      const stamp = clips.get(id)?.stamp ?? (await stampOf(library, id));
      if (held.get(id) !== stamp) stale.push(id);
    }
    progress = stale.length ? { done: 0, total: stale.length } : null;
    for (const id of stale) {
      await serial(async () => {
        const doc = clips.get(id) ?? (await readIndexedCall(library, id).catch(() => null));
        if (doc) index.put(doc);
      });
      if (progress) progress = { ...progress, done: progress.done + 1 };
    }
    progress = null;
  }

  /** Brings the bundles' clips in the index in line with the playlists (a bundle imported, a clip deleted). */
  async function syncClips(): Promise<void> {
    const { index } = await ready();
    const clips = await bundleClips();
    await serial(async () => {
      const held = index.stamps();
      for (const id of held.keys()) if (isClipIndexId(id) && !clips.some((c) => c.call.id === id)) index.remove(id);
      for (const clip of clips) if (held.get(clip.call.id) !== clip.stamp) index.put(clip);
    });
  }

  const ready = (): Promise<Open> => {
    const library = ref.get();
    if (!current) current = open(library);
    return current.then((o) => (o.library === library ? o : reopen(library)));
  };
  const reopen = (library: Library): Promise<Open> => {
    const previous = current;
    current = serial(async () => {
      const old = await previous?.catch(() => null);
      old?.index.close();
      return open(library);
    });
    return current;
  };

  /** Re-reads the calls a change names (every call when it may be any). */
  const changed = (change: LibraryChange): Promise<void> => {
    if (touchesPlaylists(change)) return tracked(syncClips());
    return change.parts.length === 0 ? Promise.resolve() : tracked(apply(change));
  };
  async function apply(change: LibraryChange): Promise<void> {
    const { library, index } = await ready();
    if (change.calls === null) {
      await reopen(library); // another folder, or a rebuilt library index: the stamps tell what to read
      return;
    }
    const ids = change.calls;
    await serial(async () => {
      for (const id of ids) {
        const doc = library.list().some((c) => c.id === id) ? await readIndexedCall(library, id).catch(() => null) : null;
        if (doc) index.put(doc);
        else index.remove(id);
      }
    });
  }

  /** A query by meaning (words read as an idea, or "like this turn"), within what the filters allow. */
  async function byMeaning(index: SearchIndex, q: ParsedSearchQuery): Promise<{ hits: SearchHit[]; meaningUnavailable: string | null }> {
    if (!q.like && !q.text.trim()) return { hits: [], meaningUnavailable: null };
    const found = await meaning?.search(q.like ? { like: q.like } : { text: q.text }, {
      limit: q.limit,
      floor: MEANING_FLOOR,
      within: index.filteredTurns(q) ?? undefined,
    });
    if (!found) return { hits: [], meaningUnavailable: NO_TEXT_MODEL };
    const score = new Map(found.map((h) => [turnKey(h.callId, h.turnId), h.score]));
    const hits = index.hitsFor(found).map((h) => ({ ...h, score: score.get(turnKey(h.callId, h.turnId)) ?? null }));
    return { hits, meaningUnavailable: null };
  }

  const handlers = {
    'search:query': async (input) => {
      const q = SearchQuery.parse(input);
      await Promise.allSettled([...inflight]);
      const { index } = await ready();
      const started = performance.now();
      if (q.meaning || q.like) return { ...(await byMeaning(index, q)), tookMs: performance.now() - started, indexing: progress };
      const hits = index.query(q);
      return { hits, tookMs: performance.now() - started, indexing: progress, meaningUnavailable: null };
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
    /** Opens the index and waits until it holds every call (tests, the bench). */
    async settled(): Promise<void> {
      const open = await ready();
      await open.catchingUp;
      await Promise.allSettled([...inflight]);
      await serial(async () => undefined);
    },
    /** Finishes the change in hand and closes the index file (the library is closing). */
    async close(): Promise<void> {
      const open = await current?.catch(() => null);
      current = null;
      await serial(async () => open?.index.close());
    },
  };
}
