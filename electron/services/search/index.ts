/**
 * The search index over every call's turns and marks: SQLite's FTS5 run as WebAssembly
 * (@sqlite.org/sqlite-wasm, SQLite's own build), held in memory and saved whole as one file.
 *
 * Chosen by measurement (2-core machine shared and loaded, load ≈ 9; 200k turns × 20 words):
 * - MiniSearch 7.2 (pure JS): 183 MB of heap, 13 s to build, 0.46 s for a two-word AND query, 3.5 s to
 *   load its JSON — ×2.5 at 10 M words misses the 300 MB and start-time goals.
 * - sql.js 1.17: no FTS5 in its build ("no such module: fts5").
 * - @sqlite.org/sqlite-wasm 3.53 with FTS5: 155 MB process RSS, 8.6 s to build, 1–25 ms a query
 *   (phrase included), 49 MB database, 130 ms to export it and 47 ms to open it again.
 * - better-sqlite3 / node:sqlite: native or Electron-version-dependent, can't be verified here.
 * WASM needs no native rebuild, so the same code runs in Node (tests, bench) and in Electron.
 *
 * The stems are ours (shared/search/terms.ts: accents and case folded, the suggestions' stemmer), so
 * FTS5 indexes a contentless column of stems while the turn's text is kept beside it for snippets.
 */
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import type { Annotations, Span } from '../../../shared/domain/annotations';
import type { CallSummary, SpeakerRole } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import type { ParsedSearchQuery, SearchHit } from '../../../shared/search/query';
import { matchRanges, queryPhrases, terms } from '../../../shared/search/terms';

type Sqlite3 = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Db = InstanceType<Sqlite3['oo1']['DB']>;
type BindValue = string | number | null;

let sqlite: Promise<Sqlite3> | null = null;
const loadSqlite = () => (sqlite ??= sqlite3InitModule());

/** The SQLite engine's whole WebAssembly memory (every open index's pages live in it): for the bench. */
export const searchEngineBytes = async (): Promise<number> => (sqlite ? (await sqlite).wasm.heap8u().byteLength : 0);

/** Bumped when the tables or the stems change: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

/** What the index keeps of one call. */
export type IndexedCall = {
  call: Pick<CallSummary, 'id' | 'title' | 'recordedAt' | 'speakers'>;
  turns: readonly Pick<Turn, 'id' | 'speakerId' | 'start' | 'end' | 'text'>[];
  annotations: Pick<Annotations, 'tags' | 'followUps' | 'moments' | 'comments'>;
};

const SCHEMA = `
  create table meta(key text primary key, value text not null);
  create table calls(id text primary key, title text not null, recorded_at text not null, rep text not null);
  create table turns(id integer primary key, call_id text not null, turn_id text not null, start real not null,
    end real not null, speaker text not null, role text not null, text text not null, pain integer not null,
    missed integer not null, moments integer not null, comments text);
  create index turns_call on turns(call_id);
  create index turns_pain on turns(pain) where pain != 0;
  create index turns_missed on turns(missed) where missed != 0;
  create index turns_moments on turns(moments) where moments != 0;
  create index turns_comments on turns(call_id) where comments is not null;
  create virtual table fts using fts5(stems, content='', contentless_delete=1, tokenize='unicode61');
`;

const MOMENT_BITS = { 'door-opener': 1, pitch: 2 } as const;
const overlaps = (span: Span, turn: { start: number; end: number }) => span.start < turn.end && span.end > turn.start;
/** Comment authors as one `\n`-delimited string, so "by this author" is one LIKE on the row. */
const authorsKey = (authors: string[]) => (authors.length ? `\n${authors.map((a) => a.trim().toLowerCase()).join('\n')}\n` : null);

export type SearchIndex = Awaited<ReturnType<typeof openSearchIndex>>;

/** Opens the index from its saved bytes, or empty. Throws when the bytes are not an index of this version. */
export async function openSearchIndex(saved: Uint8Array | null) {
  const sq = await loadSqlite();
  const db: Db = new sq.oo1.DB(':memory:');
  if (saved) {
    try {
      // A plain Uint8Array view: sqlite-wasm refuses a Node Buffer ("Invalid heapForSize() size").
      const p = sq.wasm.allocFromTypedArray(new Uint8Array(saved.buffer, saved.byteOffset, saved.byteLength));
      const flags = sq.capi.SQLITE_DESERIALIZE_FREEONCLOSE | sq.capi.SQLITE_DESERIALIZE_RESIZEABLE;
      const rc = sq.capi.sqlite3_deserialize(db.pointer!, 'main', p, saved.byteLength, saved.byteLength, flags);
      if (rc !== 0) throw new Error(`sqlite3_deserialize failed (${rc})`);
      const version = db.selectValue("select value from meta where key = 'version'");
      if (version !== String(SEARCH_INDEX_VERSION)) throw new Error(`index version ${String(version)}`);
      db.selectValue('select count(*) from fts where fts match ?', ['x']); // the FTS tables read
    } catch (e) {
      db.close();
      throw new Error(`The search index is damaged or out of date: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  } else {
    db.exec(SCHEMA);
    db.exec({ sql: "insert into meta values ('version', ?)", bind: [String(SEARCH_INDEX_VERSION)] });
  }

  const insertTurn = db.prepare('insert into turns values (null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id');
  const insertStems = db.prepare('insert into fts(rowid, stems) values (?, ?)');

  function removeRows(callId: string) {
    db.exec({ sql: 'delete from fts where rowid in (select id from turns where call_id = ?)', bind: [callId] });
    db.exec({ sql: 'delete from turns where call_id = ?', bind: [callId] });
    db.exec({ sql: 'delete from calls where id = ?', bind: [callId] });
  }

  const deleteStems = db.prepare('delete from fts where rowid = ?');
  const deleteTurn = db.prepare('delete from turns where id = ?');
  const updateTurn = db.prepare('update turns set start = ?, end = ?, speaker = ?, role = ?, pain = ?, missed = ?, moments = ?, comments = ? where id = ?');
  const deleteRow = (id: number) => {
    deleteStems.bind([id]).stepReset();
    deleteTurn.bind([id]).stepReset();
  };

  /**
   * Writes the call's rows, leaving alone those that did not change: one edited turn or one new tag
   * rewrites a row or two, not the call's 1,500 (FTS5 deletes are what an update costs).
   */
  function putRows({ call, turns, annotations }: IndexedCall) {
    const speakers = new Map(call.speakers.map((s) => [s.id, s]));
    const rep = call.speakers.find((s) => s.role === 'rep')?.name ?? '';
    db.exec({ sql: 'insert or replace into calls values (?, ?, ?, ?)', bind: [call.id, call.title, call.recordedAt, rep] });
    const held = new Map<string, { id: number; values: BindValue[] }>();
    const rows = db.selectArrays('select id, turn_id, start, end, speaker, role, text, pain, missed, moments, comments from turns where call_id = ?', [
      call.id,
    ]);
    for (const [id, turnId, ...values] of rows) held.set(String(turnId), { id: Number(id), values: values as BindValue[] });
    for (const turn of turns) {
      const speaker = speakers.get(turn.speakerId);
      const pain = annotations.tags.filter((t) => overlaps(t.span, turn)).reduce((bits, t) => bits | (1 << t.level), 0);
      const missed = annotations.followUps.some((f) => overlaps(f.span, turn)) ? 1 : 0;
      const moments = annotations.moments.filter((m) => overlaps(m.span, turn)).reduce((bits, m) => bits | MOMENT_BITS[m.kind], 0);
      const commented = annotations.comments.filter((c) => (c.span ? overlaps(c.span, turn) : c.at >= turn.start && c.at < turn.end));
      // Same order as the select above, after the turn id.
      const values: BindValue[] = [turn.start, turn.end, speaker?.name ?? '', speaker?.role ?? 'unknown', turn.text, pain, missed, moments];
      values.push(authorsKey(commented.map((c) => c.author)));
      const old = held.get(turn.id);
      held.delete(turn.id);
      if (old && values.every((v, i) => v === old.values[i])) continue;
      if (old && old.values[4] === turn.text) {
        const [start, end, name, role, , ...marks] = values;
        updateTurn.bind([start!, end!, name!, role!, ...marks, old.id]).stepReset();
        continue;
      }
      if (old) deleteRow(old.id);
      insertTurn.bind([call.id, turn.id, ...values]).step();
      const id = insertTurn.get(0) as number;
      insertTurn.reset();
      insertStems
        .bind([
          id,
          terms(turn.text)
            .map((t) => t.stem)
            .join(' '),
        ])
        .stepReset();
    }
    for (const { id } of held.values()) deleteRow(id);
  }

  const transaction = (work: () => void) => {
    db.exec('begin');
    try {
      work();
      db.exec('commit');
    } catch (e) {
      db.exec('rollback');
      throw e;
    }
  };

  return {
    /** Adds the call, or replaces what the index held of it. */
    put(doc: IndexedCall): void {
      transaction(() => putRows(doc));
    },
    remove(callId: string): void {
      transaction(() => removeRows(callId));
    },
    /** Many calls in one transaction (a rebuild). */
    putAll(docs: Iterable<IndexedCall>): void {
      transaction(() => {
        for (const doc of docs) putRows(doc);
      });
    },
    callIds: (): string[] => db.selectValues('select id from calls') as string[],
    query: (q: ParsedSearchQuery, now = new Date()): SearchHit[] => runQuery(db, q, now),
    /** The whole database, to be saved as the index file. */
    export: (): Uint8Array => sq.capi.sqlite3_js_db_export(db.pointer!),
    close(): void {
      for (const statement of [insertTurn, insertStems, deleteStems, deleteTurn, updateTurn]) statement.finalize();
      db.close();
    },
  };
}

function runQuery(db: Db, q: ParsedSearchQuery, now: Date): SearchHit[] {
  const phrases = queryPhrases(q.text);
  const where: string[] = [];
  const bind: BindValue[] = [];
  const add = (sql: string, ...values: BindValue[]) => {
    where.push(sql);
    bind.push(...values);
  };
  if (phrases.length) add('t.id in (select rowid from fts where fts match ?)', phrases.map((p) => `"${p.join(' ')}"`).join(' '));
  if (q.painLevels?.length)
    add(
      't.pain & ? != 0',
      q.painLevels.reduce((bits, l) => bits | (1 << l), 0),
    );
  if (q.missedFollowUp) add('t.missed != 0');
  if (q.moments?.length)
    add(
      't.moments & ? != 0',
      q.moments.reduce((bits, m) => bits | MOMENT_BITS[m], 0),
    );
  if (q.commented) add('t.comments is not null');
  if (q.commentAuthor) add("t.comments like '%' || char(10) || ? || char(10) || '%'", q.commentAuthor.toLowerCase());
  if (q.speaker) add('t.speaker = ? collate nocase', q.speaker);
  if (q.rep) add('c.rep = ? collate nocase', q.rep);
  if (q.role) add('t.role = ?', q.role);
  if (q.from) add('c.recorded_at >= ?', q.from);
  if (q.to) add('c.recorded_at <= ?', q.to);
  if (q.lastDays) add('c.recorded_at >= ?', new Date(now.getTime() - q.lastDays * 86_400_000).toISOString());
  if (q.callTitle) add("c.title like '%' || ? || '%'", q.callTitle);
  if (where.length === 0) return [];
  const rows = db.selectArrays(
    `select t.call_id, c.title, c.recorded_at, t.turn_id, t.start, t.end, t.speaker, t.role, t.text
     from turns t join calls c on c.id = t.call_id where ${where.join(' and ')}
     order by c.recorded_at desc, t.start limit ?`,
    [...bind, q.limit],
  );
  return rows.map(([callId, callTitle, recordedAt, turnId, start, end, speaker, role, text]) => {
    const { snippet, highlights } = snippetOf(String(text), phrases);
    return {
      callId: String(callId),
      callTitle: String(callTitle),
      recordedAt: String(recordedAt),
      turnId: String(turnId),
      start: Number(start),
      end: Number(end),
      speaker: String(speaker),
      role: String(role) as SpeakerRole,
      snippet,
      highlights,
    };
  });
}

const SNIPPET_CHARS = 240;

/** The turn's text, or a window of it around the first match when it is long, with the match ranges. */
export function snippetOf(text: string, phrases: readonly (readonly string[])[]): { snippet: string; highlights: [number, number][] } {
  const ranges = matchRanges(text, phrases);
  if (text.length <= SNIPPET_CHARS) return { snippet: text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - SNIPPET_CHARS / 3);
  from = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from; // start on a word
  const to = Math.min(text.length, from + SNIPPET_CHARS);
  const lead = from > 0 ? '…' : '';
  const snippet = `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  const shift = lead.length - from;
  const highlights = ranges.filter(([a, b]) => a >= from && b <= to).map(([a, b]): [number, number] => [a + shift, b + shift]);
  return { snippet, highlights };
}
