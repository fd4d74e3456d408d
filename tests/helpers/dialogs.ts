import type { Dialogs, SaveDialogText } from '../../electron/services/ports';
import type { SpeakerModelKind } from '../../shared/domain/speakerModels';

/** Answers the backend's native dialogs the way a user would have, in order. */
export class ScriptedDialogs implements Dialogs {
  files: string[][] = [];
  folders: (string | null)[] = [];
  models: (string | null)[] = [];
  transcripts: (string | null)[] = [];
  speakerModels: (string | null)[] = [];
  /** Which speaker model each speaker-model dialog was opened for, in order. */
  speakerModelRequests: SpeakerModelKind[] = [];
  savePaths: (string | null)[] = [];
  bundles: (string | null)[] = [];
  async pickAudioFiles(): Promise<string[]> {
    return this.files.shift() ?? [];
  }
  async pickFolder(): Promise<string | null> {
    return this.folders.shift() ?? null;
  }
  async pickModelFile(): Promise<string | null> {
    return this.models.shift() ?? null;
  }
  async pickSpeakerModelFile(kind: SpeakerModelKind): Promise<string | null> {
    this.speakerModelRequests.push(kind);
    return this.speakerModels.shift() ?? null;
  }
  async pickTranscriptFile(): Promise<string | null> {
    return this.transcripts.shift() ?? null;
  }
  async pickBundleFile(): Promise<string | null> {
    return this.bundles.shift() ?? null;
  }
  /** What each save dialog was opened with, in order. */
  saveRequests: Array<{ defaultName: string; extension: string } & SaveDialogText> = [];
  async pickSavePath(defaultName: string, extension: string, text: SaveDialogText = {}): Promise<string | null> {
    this.saveRequests.push({ defaultName, extension, ...text });
    return this.savePaths.shift() ?? null;
  }
}
