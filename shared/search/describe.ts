import { PAIN_LEVEL_NAMES, type MomentKind } from '../domain/annotations';
import type { SearchQuery } from './query';
import { queryPhrases } from './terms';

/** The parts of a query other than its words and its size: what a search panel shows as removable chips. */
export const SEARCH_FILTER_KEYS = [
  'painLevels',
  'missedFollowUp',
  'moments',
  'commented',
  'commentAuthor',
  'speaker',
  'rep',
  'role',
  'lastDays',
  'from',
  'to',
  'callTitle',
] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type SearchFilters = Pick<SearchQuery, SearchFilterKey>;

/** One active filter in words ("Personal stakes", "Rep: Dana", "Last 30 days"). */
export type FilterChip = { key: SearchFilterKey; text: string };

export const MOMENT_NAMES: Record<MomentKind, string> = { 'door-opener': 'Door-opener', pitch: 'Pitch' };
/** How a role filter reads: the words a turn's speaker said. */
export const ROLE_FILTER_NAMES = { prospect: 'Prospect said', rep: 'Rep said', other: 'Others said', unknown: 'Unknown speaker said' } as const;

/** A date as the chips show it; the day of an ISO date-time unless the caller formats dates its own way. */
export type FormatDate = (iso: string) => string;
const isoDay: FormatDate = (iso) => iso.slice(0, 10);

/** The query's active filters in words, in a fixed order (the order of SEARCH_FILTER_KEYS). */
export function describeFilters(q: SearchFilters, formatDate: FormatDate = isoDay): FilterChip[] {
  const text: { [K in SearchFilterKey]: (value: NonNullable<SearchFilters[K]>) => string | null } = {
    painLevels: (levels) =>
      levels.length
        ? [...levels]
            .sort()
            .map((l) => PAIN_LEVEL_NAMES[l])
            .join(' or ')
        : null,
    missedFollowUp: (on) => (on ? 'Missed follow-up' : null),
    moments: (kinds) => (kinds.length ? kinds.map((k) => MOMENT_NAMES[k]).join(' or ') : null),
    commented: (on) => (on ? 'Has comments' : null),
    commentAuthor: (name) => `Comment by ${name}`,
    speaker: (name) => `Speaker: ${name}`,
    rep: (name) => `Rep: ${name}`,
    role: (role) => ROLE_FILTER_NAMES[role],
    lastDays: (days) => `Last ${days} days`,
    from: (iso) => `From ${formatDate(iso)}`,
    to: (iso) => `Until ${formatDate(iso)}`,
    callTitle: (title) => `Title has “${title}”`,
  };
  const chips: FilterChip[] = [];
  for (const key of SEARCH_FILTER_KEYS) {
    const value = q[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const words = (text[key] as (v: typeof value) => string | null)(value);
    if (words) chips.push({ key, text: words });
  }
  return chips;
}

/** The filters without one of them (a chip's ×). */
export function withoutFilter<Q extends SearchFilters>(q: Q, key: SearchFilterKey): Q {
  const { [key]: _removed, ...rest } = q;
  return rest as Q;
}

/** Whether the query asks for anything: words the index can match, a turn to be like, or an active filter (else it finds nothing). */
export function hasCriteria(q: SearchQuery): boolean {
  return q.like !== undefined || queryPhrases(q.text ?? '').length > 0 || describeFilters(q).length > 0;
}

/**
 * A query in one line, e.g. to name a saved search: `“pricing”, Personal stakes, Rep: Dana, Last 30 days`;
 * by meaning `“worried about the number” by meaning`, and `Moments like a turn` for "find moments like this".
 */
export function describeQuery(q: SearchQuery, formatDate: FormatDate = isoDay): string {
  const words = (q.text ?? '').trim();
  const asked = q.like ? ['Moments like a turn'] : words ? [q.meaning ? `“${words}” by meaning` : `“${words}”`] : [];
  const parts = [...asked, ...describeFilters(q, formatDate).map((c) => c.text)];
  return parts.length ? parts.join(', ') : 'No words or filters';
}
