import type { BundleManifest } from '../../../shared/bundle/manifest';

/** README.txt: what the bundle is and how to open it, for whoever finds the zip before the app. */
export function readmeText(manifest: BundleManifest): string {
  const lines = [
    `${manifest.playlist.name}`,
    `A Call Review playlist of ${manifest.clips.length} ${manifest.clips.length === 1 ? 'clip' : 'clips'}, shared ${manifest.createdAt.slice(0, 10)}.`,
    '',
    'To listen: unzip this file, then open index.html in any web browser. It works offline and loads',
    'nothing from the internet. Keys: N next clip, P previous, R replay, Space play/pause.',
    '',
    'To add it to your Call Review library: import this .zip in Call Review (it becomes a playlist you',
    'can search). Importing the same bundle again does not make a copy.',
    '',
    'Contents:',
    '  index.html     the player',
    '  manifest.json  the playlist, clips, notes and transcripts (format call-review-bundle, version 1)',
    '  audio/         one audio file per clip',
    '',
    'Clips:',
    ...manifest.clips.map((c, i) => `  ${String(i + 1).padStart(3)}. ${c.title} (${c.callTitle}, ${Math.round(c.durationSec)} s) ${c.audio}`),
    '',
  ];
  // Windows' Notepad before 2018 shows a file with bare LF line ends as one line.
  return lines.join('\r\n');
}
