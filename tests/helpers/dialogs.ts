import type { Dialogs } from '../../electron/services/backend';

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
  async pickSavePath(): Promise<string | null> {
    return this.savePaths.shift() ?? null;
  }
}
