// Sandboxed preload, bundled into one CommonJS file whose only require is 'electron'.
// Import nothing here but 'electron', type-only imports and the zod-free channel names.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS } from '../shared/channels';
import type { CallReviewBridge } from '../shared/contract';

/** Generic over one channel: the method names live in the contract, not here. */
const bridge: CallReviewBridge = {
  invoke: (method, input) => ipcRenderer.invoke(BRIDGE_CHANNELS.invoke, method, input),
  on(event, listener) {
    const relay = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(BRIDGE_CHANNELS.event, relay);
    return () => {
      ipcRenderer.removeListener(BRIDGE_CHANNELS.event, relay);
    };
  },
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('callReview', bridge);
