import type { Dialogs, SaveDialogText } from '../../electron/services/ports';

/** Answers the backend's native dialogs the way a user would have, in order. */
export class ScriptedDialogs implements Dialogs {
  files: string[][] = [];
  folders: (string | null)[] = [];
  models: (string | null)[] = [];
  transcripts: (string | null)[] = [];
  savePaths: (string | null)[] = [];
  async pickAudioFiles(): Promise<string[]> {
    return this.files.shift() ?? [];
  }
  async pickFolder(): Promise<string | null> {
    return this.folders.shift() ?? null;
  }
  async pickModelFile(): Promise<string | null> {
    return this.models.shift() ?? null;
  }
  async pickTranscriptFile(): Promise<string | null> {
    return this.transcripts.shift() ?? null;
  }
  /** What each save dialog was opened with, in order. */
  saveRequests: Array<{ defaultName: string; extension: string } & SaveDialogText> = [];
  async pickSavePath(defaultName: string, extension: string, text: SaveDialogText = {}): Promise<string | null> {
    this.saveRequests.push({ defaultName, extension, ...text });
    return this.savePaths.shift() ?? null;
  }
}
