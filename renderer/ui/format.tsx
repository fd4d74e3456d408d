import type { Speaker } from '../../shared/domain/call';
import type { JobInfo } from '../../shared/domain/job';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const fullDateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/** "1:02:03" for an hour or more, else "2:03". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** Megabytes (10^6 bytes), as file managers show them. */
export function formatSize(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(2) : mb.toFixed(1)} MB`;
}

/** Whole megabytes for catalogue sizes ("148"), one decimal below 10 MB so a small file never reads "0". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb < 10 ? mb.toFixed(1) : String(Math.round(mb));
}

export function formatSampleRate(hz: number): string {
  return `${Number((hz / 1000).toFixed(3))} kHz`;
}

export function formatChannels(channels: number): string {
  if (channels === 1) return '1 (mono)';
  if (channels === 2) return '2 (stereo)';
  return String(channels);
}

/** Speaker names joined, or "—" when the call has none yet. */
export function speakerNames(speakers: Speaker[]): string {
  return speakers.length ? speakers.map((s) => s.name).join(', ') : '—';
}

/** A date and time in the user's locale, machine-readable in the `dateTime` attribute. */
export function DateTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const valid = !Number.isNaN(date.getTime());
  return (
    <time dateTime={iso} title={valid ? fullDateTimeFormat.format(date) : undefined}>
      {formatDateTime(iso)}
    </time>
  );
}

/** A sha256 shortened to its first 12 characters, the full value in the tooltip. */
export function ShortHash({ hash }: { hash: string }) {
  return (
    <code className="hash" title={hash}>
      {hash.slice(0, 12)}…
    </code>
  );
}

/** A moment in the call, rounded down so a turn at 4.7 s reads "0:04" like a player's clock. */
export function formatTimestamp(seconds: number): string {
  return formatDuration(Math.floor(Math.max(0, seconds)));
}

/** Time left, rounded up: "0:00 left" while work remains would read as done. */
export function formatEta(seconds: number): string {
  return `${formatDuration(Math.ceil(seconds))} left`;
}

/** "Queued", or "42% · 1:10 left" ("42%" while the estimate settles); `withElapsed` adds "0:12 elapsed". */
export function formatJobProgress(job: Pick<JobInfo, 'state' | 'percent' | 'elapsedSec' | 'etaSec'>, withElapsed = false): string {
  if (job.state === 'queued') return 'Queued';
  const parts = [`${Math.floor(job.percent)}%`];
  if (withElapsed) parts.push(`${formatDuration(job.elapsedSec)} elapsed`);
  if (job.etaSec !== null) parts.push(formatEta(job.etaSec));
  return parts.join(' · ');
}

const languageNames = new Intl.DisplayNames(undefined, { type: 'language' });

/** "English" for "en"; the code itself when the platform has no name for it. */
export function formatLanguage(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code; // not a valid BCP 47 tag (e.g. a recogniser's private code)
  }
}
