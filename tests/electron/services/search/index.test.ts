import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { SearchQuery } from '../../../../shared/search/query';
import { DamagedIndexError, openSearchIndex, type IndexedCall } from '../../../../electron/services/search/index';
import { tempDir } from '../../../helpers/fixtures';

const dir = tempDir('search index');
afterAll(() => dir.cleanup());

const at = '2026-01-01T00:00:00.000Z';
const speakers = [
  { id: 's1', name: 'Dana', role: 'rep' as const },
  { id: 's2', name: 'Léa Martin', role: 'prospect' as const },
];
function call(id: string, title: string, recordedAt: string, texts: string[]): IndexedCall {
  const turns = texts.map((text, i) => ({ id: `${id}-t${i}`, speakerId: i % 2 ? 's2' : 's1', start: i * 10, end: i * 10 + 9, text }));
  return { call: { id, title, recordedAt, speakers }, turns, annotations: emptyAnnotations(), stamp: 'test' };
}
const q = (input: SearchQuery) => SearchQuery.parse(input);

describe('search index', () => {
  it('finds words by stem, accent- and case-insensitively, and phrases only in order', async () => {
    const index = openSearchIndex(null);
    index.put(call('call-aaaa1', 'Acme discovery', at, ['What about the pricing?', 'The PRICE is a problem for our café budget']));
    const hits = index.query(q({ text: 'price' }));
    expect(hits.map((h) => h.turnId).sort()).toEqual(['call-aaaa1-t0', 'call-aaaa1-t1']);
    const cafe = index.query(q({ text: 'CAFÉ' }));
    expect(cafe.map((h) => h.turnId)).toEqual(['call-aaaa1-t1']);
    expect(cafe[0]!.snippet.slice(...cafe[0]!.highlights[0]!)).toBe('café');
    expect(cafe[0]).toMatchObject({ speaker: 'Léa Martin', role: 'prospect', callTitle: 'Acme discovery', start: 10 });
    expect(index.query(q({ text: '"price is a problem"' })).map((h) => h.turnId)).toEqual(['call-aaaa1-t1']);
    expect(index.query(q({ text: '"problem price"' }))).toEqual([]);
    index.close();
  });

  it('filters by marks, speaker, role, rep, date and title, with or without words', async () => {
    const index = openSearchIndex(null);
    const a = call('call-aaaa1', 'Acme discovery', '2026-01-05T00:00:00.000Z', ['hello there', 'our budget is frozen', 'tell me more']);
    a.annotations.tags.push({ id: 'p1', author: 'x', createdAt: at, level: 3, span: { start: 11, end: 12 }, chainId: null, parentId: null });
    a.annotations.followUps.push({ id: 'f1', author: 'x', createdAt: at, span: { start: 11, end: 12 }, reason: 'changed-topic', shouldHaveAsked: 'why?' });
    a.annotations.moments.push({ id: 'm1', author: 'x', createdAt: at, kind: 'pitch', span: { start: 21, end: 22 } });
    a.annotations.comments.push({ id: 'c1', author: 'Coach Kim', createdAt: at, at: 1, span: null, text: 'nice opener' });
    index.put(a);
    index.put(call('call-bbbb2', 'Globex renewal', '2026-03-01T00:00:00.000Z', ['hello budget', 'the budget']));
    const ids = (input: SearchQuery) => index.query(q(input)).map((h) => h.turnId);
    expect(ids({ painLevels: [3] })).toEqual(['call-aaaa1-t1']);
    expect(ids({ painLevels: [1, 2] })).toEqual([]);
    expect(ids({ missedFollowUp: true })).toEqual(['call-aaaa1-t1']);
    expect(ids({ moments: ['pitch'] })).toEqual(['call-aaaa1-t2']);
    expect(ids({ commentAuthor: 'coach kim' })).toEqual(['call-aaaa1-t0']);
    expect(ids({ commented: true, text: 'hello' })).toEqual(['call-aaaa1-t0']);
    expect(ids({ text: 'budget', role: 'prospect' })).toEqual(['call-bbbb2-t1', 'call-aaaa1-t1']);
    expect(ids({ text: 'budget', speaker: 'dana' })).toEqual(['call-bbbb2-t0']);
    expect(ids({ text: 'budget', rep: 'DANA', from: '2026-02-01T00:00:00.000Z' })).toEqual(['call-bbbb2-t0', 'call-bbbb2-t1']);
    expect(ids({ text: 'budget', to: '2026-02-01T00:00:00.000Z' })).toEqual(['call-aaaa1-t1']);
    const now = new Date('2026-03-10T00:00:00.000Z');
    expect(index.query(q({ text: 'budget', lastDays: 30 }), now).map((h) => h.turnId)).toEqual(['call-bbbb2-t0', 'call-bbbb2-t1']);
    expect(ids({ callTitle: 'globex' })).toEqual(['call-bbbb2-t0', 'call-bbbb2-t1']);
    expect(ids({})).toEqual([]); // no words and no filter: nothing, not every turn
    index.close();
  });

  it('replaces a call on update, forgets it on delete, and keeps it all in its file', async () => {
    const file = join(dir.path, 'reopen.sqlite');
    const index = openSearchIndex(file);
    index.put(call('call-aaaa1', 'Acme', at, ['budget talk']));
    index.put(call('call-aaaa1', 'Acme', at, ['timeline talk']));
    expect(index.query(q({ text: 'budget' }))).toEqual([]);
    expect(index.query(q({ text: 'timeline' }))).toHaveLength(1);
    index.put(call('call-bbbb2', 'Other', at, ['timeline again']));
    index.remove('call-aaaa1');
    expect(index.query(q({ text: 'timeline' })).map((h) => h.callId)).toEqual(['call-bbbb2']);
    index.close();
    const reopened = openSearchIndex(file);
    expect([...reopened.stamps().keys()]).toEqual(['call-bbbb2']);
    expect(reopened.query(q({ text: 'timelines' }))).toHaveLength(1);
    reopened.close();
  });

  it('updates a call row by row: an edited turn, a new tag, a removed turn and a renamed speaker', async () => {
    const index = openSearchIndex(null);
    const doc = call('call-aaaa1', 'Acme', at, ['budget talk', 'renewal talk', 'timeline talk']);
    index.put(doc);
    const edited: IndexedCall = {
      call: { ...doc.call, speakers: [{ ...speakers[0]!, name: 'Dana W' }, speakers[1]!] },
      turns: [{ ...doc.turns[0]!, text: 'pricing talk' }, doc.turns[1]!],
      stamp: 'edited',
      annotations: {
        ...emptyAnnotations(),
        tags: [{ id: 'p', author: 'x', createdAt: at, level: 2, span: { start: 11, end: 12 }, chainId: null, parentId: null }],
      },
    };
    index.put(edited);
    const ids = (input: SearchQuery) => index.query(q(input)).map((h) => h.turnId);
    expect(ids({ text: 'budget' })).toEqual([]);
    expect(ids({ text: 'pricing', speaker: 'Dana W' })).toEqual(['call-aaaa1-t0']);
    expect(ids({ text: 'talk' })).toEqual(['call-aaaa1-t0', 'call-aaaa1-t1']);
    expect(ids({ painLevels: [2] })).toEqual(['call-aaaa1-t1']);
    index.put(doc);
    expect(ids({ painLevels: [2] })).toEqual([]);
    expect(ids({ text: 'talk', speaker: 'Dana' })).toEqual(['call-aaaa1-t0', 'call-aaaa1-t2']);
    index.close();
  });

  it('refuses a damaged file or one of another version with a clear message', () => {
    const file = join(dir.path, 'damaged.sqlite');
    openSearchIndex(file).close();
    const bytes = readFileSync(file);
    bytes.fill(7, 0, 100);
    writeFileSync(file, bytes);
    expect(() => openSearchIndex(file)).toThrow(DamagedIndexError);
    expect(() => openSearchIndex(file)).toThrow(/search index (is damaged|can't be opened)/);
    const old = join(dir.path, 'old.sqlite');
    openSearchIndex(old).close();
    const db = new Database(old);
    db.run("update meta set value = '1' where key = 'version'");
    db.close();
    expect(() => openSearchIndex(old)).toThrow(/out of date: index version 1/);
  });
});
