/**
 * The search index over every call's turns and marks: SQLite's FTS5 in a file of the library folder,
 * through node-sqlite3-wasm (SQLite 3.53 built to WebAssembly, with FTS5, reading and writing the file with
 * Node's fs and fsync). WASM needs no native rebuild, so the same code runs in Node (tests, bench) and in
 * Electron's main process. Each change is its own transaction written to disk (SQLite's rollback journal
 * makes it all-or-nothing); only the page cache is held in memory.
 *
 * Chosen by measurement (see the README's search section and `npm run bench:search`): MiniSearch held
 * everything in the JS heap (183 MB at 4 M words); @sqlite.org/sqlite-wasm has FTS5 but no file access
 * in Node, so it held the database in memory and saved it whole (1 GB process, 2.6 s per save at 22 M
 * words); sql.js has no FTS5; better-sqlite3 and node:sqlite are native or tied to Electron's Node.
 *
 * The stems are ours (shared/search/terms.ts: accents and case folded, the suggestions' stemmer), so
 * FTS5 indexes a contentless column of stems while the turn's text is kept beside it for snippets.
 */
import sqlite3, { type Database } from 'node-sqlite3-wasm';
import type { ParsedSearchQuery, SearchHit } from '../../../shared/search/query';
import { terms } from '../../../shared/search/terms';
import { filteredTurns, hitsFor, runQuery } from './query';
import { TEXT_COLUMN, turnValues, type IndexedCall, type TurnValues } from './rows';

export type { IndexedCall } from './rows';

/** Bumped when the tables or the stems change: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 4;
/** The page cache, in KiB (SQLite's negative cache_size): what the index holds in memory. */
const CACHE_KIB = 32 * 1024;

const SCHEMA = `
  create table meta(key text primary key, value text not null);
  create table calls(id text primary key, title text not null, recorded_at text not null, rep text not null, stamp text not null, clip text);
  create table turns(id integer primary key, call_id text not null, turn_id text not null, recorded_at text not null,
    start real not null, end real not null, speaker text not null, role text not null, text text not null,
    pain integer not null, missed integer not null, moments integer not null, comments text);
  create index turns_call on turns(call_id);
  create index turns_order on turns(recorded_at desc, start);
  -- Each mark's turns in result order, with who spoke: "missed, said by the prospect" reads only the index.
  create index turns_pain on turns(recorded_at desc, start, role) where pain != 0;
  create index turns_missed on turns(recorded_at desc, start, role) where missed != 0;
  create index turns_moments on turns(recorded_at desc, start, role) where moments != 0;
  create index turns_comments on turns(recorded_at desc, start, role) where comments is not null;
  create virtual table fts using fts5(stems, content='', contentless_delete=1, tokenize='unicode61');
`;

export type SearchIndex = ReturnType<typeof openSearchIndex>;

// A CommonJS module: Node's ES loader (Electron's main.mjs, tsx) sees only its default export.
const { Database: SqliteDatabase } = sqlite3;

/** An index file that is not an index of this version (or not a database at all). */
export class DamagedIndexError extends Error {}

/**
 * Opens the index file, creating it when absent; `null`: in memory (a library opened read-only, tests).
 * Throws DamagedIndexError when the file is not an index of this version: the caller deletes and rebuilds it.
 */
export function openSearchIndex(file: string | null, options: { readOnly?: boolean } = {}) {
  let db: Database;
  try {
    db = new SqliteDatabase(file ?? ':memory:', { readOnly: options.readOnly ?? false });
  } catch (e) {
    throw new DamagedIndexError(`The search index can't be opened: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  try {
    db.exec(`pragma cache_size = -${CACHE_KIB}; pragma synchronous = normal;`);
    const hasMeta = db.get("select 1 as x from sqlite_master where name = 'meta'");
    if (!hasMeta && !options.readOnly) {
      db.exec(`begin; ${SCHEMA}; commit;`);
      db.run("insert into meta values ('version', ?)", [String(SEARCH_INDEX_VERSION)]);
    }
    const version = db.get("select value from meta where key = 'version'")?.value;
    if (version !== String(SEARCH_INDEX_VERSION)) throw new Error(`index version ${String(version)}`);
    db.get('select count(*) as n from fts where fts match ?', ['x']); // the FTS tables read
  } catch (e) {
    db.close();
    throw new DamagedIndexError(`The search index is damaged or out of date: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }

  const statements = {
    insertTurn: db.prepare('insert into turns values (null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertStems: db.prepare('insert into fts(rowid, stems) values (?, ?)'),
    deleteStems: db.prepare('delete from fts where rowid = ?'),
    deleteTurn: db.prepare('delete from turns where id = ?'),
    updateTurn: db.prepare(
      'update turns set recorded_at = ?, start = ?, end = ?, speaker = ?, role = ?, pain = ?, missed = ?, moments = ?, comments = ? where id = ?',
    ),
    heldRows: db.prepare('select id, turn_id, start, end, speaker, role, text, pain, missed, moments, comments from turns where call_id = ?'),
  };
  const deleteRow = (id: number) => {
    statements.deleteStems.run([id]);
    statements.deleteTurn.run([id]);
  };

  /**
   * Writes the call's rows, leaving alone those that did not change: one edited turn or one new tag
   * rewrites a row or two, not the call's 1,500 (FTS5 deletes are what an update costs).
   */
  function putRows(doc: IndexedCall) {
    const { call } = doc;
    const rep = call.speakers.find((s) => s.role === 'rep')?.name ?? '';
    const previous = db.get('select recorded_at from calls where id = ?', [call.id])?.recorded_at;
    db.run('insert or replace into calls values (?, ?, ?, ?, ?, ?)', [
      call.id,
      call.title,
      call.recordedAt,
      rep,
      doc.stamp,
      doc.clip ? JSON.stringify(doc.clip) : null,
    ]);
    const dateChanged = previous !== undefined && previous !== call.recordedAt;
    const held = new Map<string, { id: number; values: unknown[] }>();
    for (const row of statements.heldRows.all([call.id])) {
      const { id, turn_id, ...values } = row;
      held.set(String(turn_id), { id: Number(id), values: Object.values(values) });
    }
    for (const turn of doc.turns) {
      const values: TurnValues = turnValues(doc, turn);
      const old = held.get(turn.id);
      held.delete(turn.id);
      if (old && !dateChanged && values.every((v, i) => v === old.values[i])) continue;
      if (old && old.values[TEXT_COLUMN] === turn.text) {
        const [start, end, speaker, role, , ...marks] = values;
        statements.updateTurn.run([call.recordedAt, start, end, speaker, role, ...marks, old.id]);
        continue;
      }
      if (old) deleteRow(old.id);
      const { lastInsertRowid } = statements.insertTurn.run([call.id, turn.id, call.recordedAt, ...values]);
      const stems = terms(turn.text)
        .map((t) => t.stem)
        .join(' ');
      statements.insertStems.run([Number(lastInsertRowid), stems]);
    }
    for (const { id } of held.values()) deleteRow(id);
  }

  function removeRows(callId: string) {
    db.run('delete from fts where rowid in (select id from turns where call_id = ?)', [callId]);
    db.run('delete from turns where call_id = ?', [callId]);
    db.run('delete from calls where id = ?', [callId]);
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
    /** Adds the call, or brings what the index holds of it up to date. */
    put: (doc: IndexedCall): void => transaction(() => putRows(doc)),
    remove: (callId: string): void => transaction(() => removeRows(callId)),
    /** Each call the index holds, with the stamp of the files it was read from. */
    stamps: (): Map<string, string> => new Map(db.all('select id, stamp from calls').map((r) => [String(r.id), String(r.stamp)])),
    query: (q: ParsedSearchQuery, now = new Date()): SearchHit[] => runQuery(db, q, now),
    /** For search by meaning: the turns the filters allow (null: any), and the hits for turns it found. */
    filteredTurns: (q: ParsedSearchQuery, now = new Date()): Map<string, Set<string>> | null => filteredTurns(db, q, now),
    hitsFor: (turns: readonly { callId: string; turnId: string }[]): SearchHit[] => hitsFor(db, turns),
    close(): void {
      for (const statement of Object.values(statements)) statement.finalize();
      db.close();
    },
  };
}
