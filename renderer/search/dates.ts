/**
 * The date filter's days as <input type="date"> holds them (YYYY-MM-DD, the user's own calendar day)
 * and as the query holds them (ISO instants: the day's first and last millisecond in local time).
 */

const day = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first instant of a local day, or undefined for an empty or unreadable field. */
export function dayStart(value: string): string | undefined {
  const m = day.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toISOString() : undefined;
}

/** The last instant of a local day (so "until the 5th" includes calls on the 5th). */
export function dayEnd(value: string): string | undefined {
  const m = day.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999).toISOString() : undefined;
}

/** The local day of an instant, as a date field shows it; '' when there is none. */
export function dayOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A day as the chips read it, in the user's locale ("5 Jan 2026"). */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}
