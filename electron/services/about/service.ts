import type { Handlers } from '../../../shared/contract';
import type { AppVersions } from '../ports';

/** Outside Electron (the CLI, tests) there is no app version or Chromium: say so rather than guess. */
const nodeOnly: AppVersions = { version: 'unknown', electron: 'none', chrome: 'none', node: process.versions.node };

/** Help → About: the app's and its runtime's versions (the licences it lists are shared/about's data). */
export function createAboutService({ versions = nodeOnly }: { versions?: AppVersions }): { handlers: Pick<Handlers, 'app:about'> } {
  return {
    handlers: {
      'app:about': async () => versions,
    },
  };
}
