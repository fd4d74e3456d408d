import { protocol, type Privileges } from 'electron';

/** The app's own origin: the renderer and its media are served from here, never from file://. */
export const APP_SCHEME = 'callreview';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  stream: true,
  supportFetchAPI: true,
};

/** Must run before the app is ready (Electron ignores privileged schemes registered later). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** True for URLs of the app's own pages (`callreview://app/…`), and nothing else. */
export const isAppUrl = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);
