// The crash proof's child: applies annotation commands (and now and then a rename) to one call through
// the library service the app uses, and writes one acknowledgement line per save once the save has
// returned, until the parent kills it with SIGKILL.
//   node child.mjs <library folder> <call id> <round>
import { writeSync } from 'node:fs';
import { openLibrary } from '../../electron/services/library/library';

const [folder, callId, round] = process.argv.slice(2);
if (!folder || !callId || !round) throw new Error('usage: child <library folder> <call id> <round>');

// Synchronous writes to the pipe: a line is the parent's before the next save starts.
const say = (line: string) => writeSync(1, `${line}\n`);

const library = await openLibrary(folder);
const problem = library.problem();
if (problem) {
  say(`problem ${problem.message}`);
  process.exit(2);
}
say('ready');
for (let n = 1; ; n++) {
  if (n % 10 === 0) {
    const title = `Round ${round} save ${n}`;
    await library.update(callId, (call) => ({ ...call, title }));
    say(`ack title ${round} ${n}`);
  } else {
    const id = `r${round}-c${n}`;
    const item = { id, author: 'crash proof', createdAt: new Date().toISOString(), at: n, span: null, text: `comment ${n} of round ${round}` };
    await library.applyAnnotation(callId, { type: 'put', collection: 'comments', item });
    say(`ack comment ${id}`);
  }
}
