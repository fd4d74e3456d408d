import type { AboutInfo } from '../../shared/about/about';
import type { CatalogueEntry } from '../../shared/domain/models';
import type { PinnedFile } from '../../shared/domain/pinnedDownload';
import type { SpeakerModelKind } from '../../shared/domain/speakerModels';

// What the services need from the shell: Electron in the app, the test harness in tests. Services import
// these types from here, never from backend.ts, so the composition root stays the only file that knows them all.

/** Native dialogs, supplied by the shell (Electron) or by the test harness. */
export type Dialogs = {
  pickAudioFiles(multiple: boolean): Promise<string[]>;
  pickFolder(): Promise<string | null>;
  pickModelFile(): Promise<string | null>;
  /** One of the two speaker models (an .onnx file). */
  pickSpeakerModelFile(kind: SpeakerModelKind): Promise<string | null>;
  pickTranscriptFile(): Promise<string | null>;
  /** A Call Review bundle (a .zip) to import. */
  pickBundleFile(): Promise<string | null>;
  /** Where to save an export; `extension` without the dot. */
  pickSavePath(defaultName: string, extension: string, options?: SaveDialogText): Promise<string | null>;
};

/** What the save dialog says: its title and the name of the file type offered. */
export type SaveDialogText = { title?: string; filterName?: string };

/** A standalone HTML document printed to an A4 PDF (electron/pdf.ts in the app; Chromium in tests). */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

/** Where catalogue models come from: the official host, unless a test serves them locally. */
export type ModelSource = { baseUrl: string; catalogue: readonly CatalogueEntry[] };

/** Where the two speaker models come from: the official files, unless a test serves others locally. */
export type SpeakerModelSource = Readonly<Record<SpeakerModelKind, PinnedFile>>;

/**
 * How downloads reach the network: in the app, Electron's `net.fetch` (Chromium's stack, so system and
 * PAC proxies apply); Node's global `fetch` in tests and the harness.
 */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/** The app's version and its runtime's, for Help → About (Electron's in the app; the test's own in tests). */
export type AppVersions = AboutInfo;
