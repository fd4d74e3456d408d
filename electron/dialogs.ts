import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Dialogs } from './services/ports';

/** What the file picker offers; the importer still checks the contents of whatever is picked. */
export const RECORDING_EXTENSIONS = ['wav', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'webm', 'flac', 'mp4', 'mov'];

export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const open = (options: OpenDialogOptions) => {
    const win = getWindow();
    return win && !win.isDestroyed() ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  return {
    async pickAudioFiles(multiple) {
      const result = await open({
        title: multiple ? 'Import recordings' : 'Choose a recording',
        buttonLabel: 'Import',
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: [{ name: 'Audio/video recordings', extensions: RECORDING_EXTENSIONS }],
      });
      return result.canceled ? [] : result.filePaths;
    },
    async pickModelFile() {
      const result = await open({
        title: 'Choose a whisper.cpp model',
        buttonLabel: 'Use this model',
        properties: ['openFile'],
        filters: [{ name: 'whisper.cpp models (ggml)', extensions: ['bin'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSpeakerModelFile(kind) {
      const result = await open({
        title: kind === 'segmentation' ? 'Choose the speaker segmentation model' : 'Choose the speaker embedding model',
        buttonLabel: 'Use this model',
        properties: ['openFile'],
        filters: [{ name: 'ONNX models', extensions: ['onnx'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickTranscriptFile() {
      const result = await open({
        title: 'Import a transcript',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: [{ name: 'Subtitles (WebVTT, SRT)', extensions: ['vtt', 'srt'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickBundleFile() {
      const result = await open({
        title: 'Import a bundle',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: [{ name: 'Call Review bundles', extensions: ['zip'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(defaultName, extension, text = {}) {
      const win = getWindow();
      const options = {
        title: text.title ?? 'Export the transcript',
        defaultPath: defaultName.replace(/[\\/:*?"<>|]+/g, '-'),
        filters: [{ name: text.filterName ?? extension.toUpperCase(), extensions: [extension] }],
      };
      const result = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async pickFolder() {
      const result = await open({
        title: 'Choose the library folder',
        buttonLabel: 'Use this folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
