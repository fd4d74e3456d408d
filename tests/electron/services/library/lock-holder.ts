// Child process for the lock test: another Call Review holding a library folder, until the parent
// kills it (SIGKILL: no exit handler runs, the lock stays on disk as after a crash).
import { lockLibrary } from '../../../../electron/services/library/lock';

const [folder] = process.argv.slice(2);
const outcome = await lockLibrary(folder!);
process.send?.(outcome.kind);
setInterval(() => {}, 1000);
