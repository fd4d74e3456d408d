import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit } from '../../../electron/quit';
import { app, resetElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);
beforeEach(() => resetElectronMock());

const willQuit = () => {
  const event = { preventDefault: vi.fn() };
  app.emit('will-quit', event);
  return event;
};

describe('quit waits for the backend to close', () => {
  it('a close that fails still lets the app quit, and says why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    closeBeforeQuit(async () => {
      throw new Error('disk gone');
    });
    expect(willQuit().preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(error).toHaveBeenCalledWith('Closing the library failed:', expect.objectContaining({ message: 'disk gone' }));
    error.mockRestore();
  });

  it('a close that never ends (a dead network share) does not keep the app open past the timeout', async () => {
    closeBeforeQuit(() => new Promise<void>(() => {}), 50);
    willQuit();
    await new Promise((r) => setTimeout(r, 20));
    expect(app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(willQuit().preventDefault).not.toHaveBeenCalled();
  });
});
