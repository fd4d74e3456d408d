/** Containers Call Review imports, keyed by FFmpeg's demuxer name, with the extension we store them under. */
const ACCEPTED: Record<string, { label: string; extension: string }> = {
  wav: { label: 'WAV', extension: '.wav' },
  mp3: { label: 'MP3', extension: '.mp3' },
  'mov,mp4,m4a,3gp,3g2,mj2': { label: 'MP4/M4A', extension: '.m4a' },
  aac: { label: 'AAC', extension: '.aac' },
  ogg: { label: 'Ogg', extension: '.ogg' },
  'matroska,webm': { label: 'WebM', extension: '.webm' },
  flac: { label: 'FLAC', extension: '.flac' },
};

/** Names users know for formats we refuse, so the message says what the file is. */
const KNOWN_REFUSED: Record<string, string> = {
  aiff: 'AIFF',
  asf: 'Windows Media (WMA/WMV)',
  amr: 'AMR',
  caf: 'Core Audio (CAF)',
  avi: 'AVI',
  au: 'Sun AU',
  w64: 'Wave64',
  ape: "Monkey's Audio",
  wv: 'WavPack',
};

export const SUPPORTED_FORMATS_TEXT = 'WAV, MP3, M4A/AAC, Ogg (Vorbis/Opus), WebM/Opus, FLAC and the audio of MP4 videos';

export const isAcceptedFormat = (demuxer: string): boolean => Object.hasOwn(ACCEPTED, demuxer);

export const describeFormat = (demuxer: string): string => ACCEPTED[demuxer]?.label ?? KNOWN_REFUSED[demuxer] ?? demuxer.split(',')[0]!.toUpperCase();

/** "an AIFF file", "a WAV file": an acronym is read letter by letter, so "an" goes before a vowel sound. */
export function withArticle(label: string): string {
  const first = label.split(/[\s/(]/)[0]!;
  const acronym = first.length > 1 && first === first.toUpperCase();
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(first) : /^[AEIOU]/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${label}`;
}

/** Keep the user's extension when it is one we serve correctly; otherwise use the container's. */
export function storedExtension(demuxer: string, originalName: string): string {
  const original = /\.[a-z0-9]{2,5}$/i.exec(originalName)?.[0]?.toLowerCase();
  const known = ['.wav', '.mp3', '.m4a', '.aac', '.mp4', '.mov', '.ogg', '.oga', '.opus', '.webm', '.flac'];
  if (original && known.includes(original)) return original;
  return ACCEPTED[demuxer]?.extension ?? '.bin';
}
