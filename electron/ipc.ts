import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CHANNELS, type Emit, type Envelope, type Handlers } from '../shared/contract';
import { createDispatch } from '../shared/dispatch';
import { AppError } from '../shared/errors';
import { isAppUrl } from './scheme';

/**
 * Only the app's own page, in one of the app's windows, may call the backend: not a subframe, not a
 * page that somehow navigated elsewhere, not a WebContents the app did not create.
 */
export function isAppSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return false;
  const win = BrowserWindow.fromWebContents(event.sender);
  return win !== null && BrowserWindow.getAllWindows().includes(win);
}

/**
 * Binds every contract method to ONE invoke channel: `(method, input)` goes through the shared
 * dispatcher, which rejects unknown methods and invalid input before any handler runs.
 */
export function registerIpc(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean = isAppSender): void {
  const dispatch = createDispatch(handlers);
  ipcMain.handle(BRIDGE_CHANNELS.invoke, (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) {
      console.warn(`Refused bridge call ${String(method)} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return Promise.resolve({ ok: false, error: UNTRUSTED.toShape() });
    }
    return dispatch(method, input);
  });
}

const UNTRUSTED = new AppError('FORBIDDEN', 'Refused: this request did not come from the Call Review window.');

/** Pushes an event to the app page of every open window (destroyed or navigated-away ones are skipped). */
export function createEmitter(): Emit {
  return (event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (win.isDestroyed()) continue;
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL())) continue;
      contents.send(BRIDGE_CHANNELS.event, event, payload);
    }
  };
}
