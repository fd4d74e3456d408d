// Child process for the crash test: rewrites a lowdb document in a tight loop, through the same
// adapter the library uses, until the parent kills it with SIGKILL at a random moment.
import { Low } from 'lowdb';
import { DurableJsonFile } from '../../../../electron/services/library/documents';

const [path] = process.argv.slice(2);
type Doc = { schemaVersion: number; calls: unknown[] };
const db = new Low<Doc>(new DurableJsonFile<Doc>(path!), { schemaVersion: 1, calls: [] });
let n = 0;
process.send?.('ready');
for (;;) {
  n++;
  db.data = {
    schemaVersion: 1,
    calls: Array.from({ length: 200 }, (_, i) => ({ n, i, padding: 'x'.repeat(200) })),
  };
  await db.write();
}
