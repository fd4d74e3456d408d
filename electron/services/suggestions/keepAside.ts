import { rename } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Moves an unreadable file of the library folder out of the way under a dated name, never writing over
 * it (the reviewer may want it back), and returns where it went.
 */
export async function keepAside(folder: string, file: string): Promise<string> {
  const stem = file.replace(/\.json$/, '');
  const aside = join(folder, `${stem}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await rename(join(folder, file), aside);
  return aside;
}
