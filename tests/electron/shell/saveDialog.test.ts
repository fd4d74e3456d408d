import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronDialogs } from '../../../electron/dialogs';

const electron = vi.hoisted(() => {
  const dialog = { showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '/home/me/out.pdf' })), showOpenDialog: vi.fn() };
  return { dialog, module: { dialog, default: { dialog } } };
});
vi.mock('electron', () => electron.module);

beforeEach(() => electron.dialog.showSaveDialog.mockClear());

describe('the save dialog', () => {
  it('says what is being exported and names the file type, with a file name the OS accepts', async () => {
    const dialogs = createElectronDialogs(() => null);
    expect(await dialogs.pickSavePath('Acme: Q3 <review> – scorecard.pdf', 'pdf', { title: 'Export the scorecard', filterName: 'PDF document' })).toBe(
      '/home/me/out.pdf',
    );
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Export the scorecard',
      defaultPath: 'Acme- Q3 -review- – scorecard.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('keeps the transcript export’s wording when given none, and answers null when cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await createElectronDialogs(() => null).pickSavePath('call.srt', 'srt')).toBeNull();
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Export the transcript',
      defaultPath: 'call.srt',
      filters: [{ name: 'SRT', extensions: ['srt'] }],
    });
  });
});
