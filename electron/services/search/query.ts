import type { Database, QueryResult, SQLiteValue } from 'node-sqlite3-wasm';
import type { SpeakerRole } from '../../../shared/domain/call';
import type { ParsedSearchQuery, SearchHit } from '../../../shared/search/query';
import { matchRanges, queryPhrases } from '../../../shared/search/terms';
import { MOMENT_BITS } from './rows';

/**
 * One search as SQL. Results come newest call first, then in call order; each mark filter names its
 * partial index's condition (`pain != 0`…) so SQLite walks only the marked turns, already in that order.
 */
export function runQuery(db: Database, q: ParsedSearchQuery, now: Date): SearchHit[] {
  const phrases = queryPhrases(q.text);
  const { where, bind } = conditions(q, now, phrases);
  if (where.length === 0) return [];
  const rows = db.all(`${HIT_COLUMNS} where ${where.join(' and ')} order by t.recorded_at desc, t.start limit ?`, [...bind, q.limit]);
  return rows.map((row) => hitOf(row, phrases));
}

/**
 * The turns the query's filters allow, its words left aside (search by meaning ranks them itself), as
 * `callId\nturnId` keys; null when the query has no filter (every turn may be found).
 */
export function filteredTurns(db: Database, q: ParsedSearchQuery, now: Date): Map<string, Set<string>> | null {
  const { where, bind } = conditions(q, now, []);
  if (where.length === 0) return null;
  const rows = db.all(`select t.call_id, t.turn_id from turns t join calls c on c.id = t.call_id where ${where.join(' and ')}`, bind);
  const byCall = new Map<string, Set<string>>();
  for (const r of rows) {
    const callId = String(r.call_id);
    const turns = byCall.get(callId);
    if (turns) turns.add(String(r.turn_id));
    else byCall.set(callId, new Set([String(r.turn_id)]));
  }
  return byCall;
}

/** The hits for turns found by meaning, in the order given; turns the index no longer holds are left out. */
export function hitsFor(db: Database, turns: readonly { callId: string; turnId: string }[]): SearchHit[] {
  const out: SearchHit[] = [];
  for (const { callId, turnId } of turns) {
    const row = db.get(`${HIT_COLUMNS} where t.call_id = ? and t.turn_id = ?`, [callId, turnId]);
    if (row) out.push(hitOf(row, []));
  }
  return out;
}

export const turnKey = (callId: string, turnId: string) => `${callId}\n${turnId}`;

const HIT_COLUMNS = `select t.call_id, c.title, c.clip, t.recorded_at, t.turn_id, t.start, t.end, t.speaker, t.role, t.text
  from turns t join calls c on c.id = t.call_id`;

/** The query's filters (and its words, when phrases are given) as SQL conditions and their values. */
function conditions(q: ParsedSearchQuery, now: Date, phrases: readonly (readonly string[])[]): { where: string[]; bind: SQLiteValue[] } {
  const where: string[] = [];
  const bind: SQLiteValue[] = [];
  const add = (sql: string, ...values: SQLiteValue[]) => {
    where.push(sql);
    bind.push(...values);
  };
  if (phrases.length) add('t.id in (select rowid from fts where fts match ?)', phrases.map((p) => `"${p.join(' ')}"`).join(' '));
  if (q.painLevels?.length)
    add(
      't.pain != 0 and t.pain & ? != 0',
      q.painLevels.reduce((bits, l) => bits | (1 << l), 0),
    );
  if (q.missedFollowUp) add('t.missed != 0');
  if (q.moments?.length)
    add(
      't.moments != 0 and t.moments & ? != 0',
      q.moments.reduce((bits, m) => bits | MOMENT_BITS[m], 0),
    );
  if (q.commented) add('t.comments is not null');
  if (q.commentAuthor) add("t.comments is not null and t.comments like '%' || char(10) || ? || char(10) || '%'", q.commentAuthor.toLowerCase());
  if (q.speaker) add('t.speaker = ? collate nocase', q.speaker);
  if (q.rep) add('c.rep = ? collate nocase', q.rep); // as a join, so the walk in result order stays (a subquery made SQLite sort)
  if (q.role) add('t.role = ?', q.role);
  if (q.from) add('t.recorded_at >= ?', q.from);
  if (q.to) add('t.recorded_at <= ?', q.to);
  if (q.lastDays) add('t.recorded_at >= ?', new Date(now.getTime() - q.lastDays * 86_400_000).toISOString());
  if (q.callTitle) add("c.title like '%' || ? || '%'", q.callTitle);
  return { where, bind };
}

function hitOf(row: QueryResult, phrases: readonly (readonly string[])[]): SearchHit {
  const text = String(row.text);
  const { snippet, highlights } = snippetOf(text, phrases);
  return {
    callId: String(row.call_id),
    callTitle: String(row.title),
    recordedAt: String(row.recorded_at),
    turnId: String(row.turn_id),
    start: Number(row.start),
    end: Number(row.end),
    speaker: String(row.speaker),
    role: String(row.role) as SpeakerRole,
    snippet,
    highlights,
    clip: row.clip ? (JSON.parse(String(row.clip)) as SearchHit['clip']) : null,
    score: null,
  };
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
