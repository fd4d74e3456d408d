import { describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, protocol } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);
const backend = vi.hoisted(() => ({ createBackend: vi.fn() }));
vi.mock('../../../electron/services/backend', () => backend);

describe('single instance', () => {
  it('quits at once, and starts nothing, when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../electron/main');
    expect(app.quit).toHaveBeenCalledOnce();
    app.becomeReady();
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.createBackend).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});
