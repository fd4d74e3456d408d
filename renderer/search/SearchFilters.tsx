import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { PAIN_LEVEL_NAMES, type MomentKind, type PainLevel } from '../../shared/domain/annotations';
import { MOMENT_NAMES, ROLE_FILTER_NAMES, withoutFilter, type SearchFilterKey, type SearchFilters as Filters } from '../../shared/search/describe';
import { dayEnd, dayOf, dayStart } from './dates';
import type { SearchNames } from './useSearchNames';

type Props = { filters: Filters; onChange: (filters: Filters) => void; names: SearchNames };

const LEVELS: PainLevel[] = [1, 2, 3];
const MOMENTS: MomentKind[] = ['door-opener', 'pitch'];
const RECENT_DAYS = [7, 30, 90] as const;

/** A value that means "no filter": the key is dropped rather than sent (the query's names need a letter). */
const isUnset = (value: unknown) =>
  value === undefined || value === false || value === '' || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);

function Toggle({ pressed, onToggle, children, testId }: { pressed: boolean; onToggle: () => void; children: ReactNode; testId: string }) {
  return (
    <button type="button" className="search-toggle" aria-pressed={pressed} data-testid={testId} onClick={onToggle}>
      {children}
    </button>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="search-field">
      <span className="search-field-label">{label}</span>
      {children}
    </label>
  );
}

/** Adds or removes one value of a list filter (pain levels, moments). */
const toggled = <T,>(list: readonly T[] | undefined, value: T): T[] => (list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value]);

/**
 * The search's filters, compact: a "Filters" disclosure holding rows of small controls. Every change
 * gives a whole new filter set (an unset control drops its key).
 */
export function SearchFilters({ filters, onChange, names }: Props) {
  const [open, setOpen] = useState(false);
  const [between, setBetween] = useState(() => filters.from !== undefined || filters.to !== undefined);
  const id = useId();
  const set = <K extends SearchFilterKey>(key: K, value: Filters[K]) => onChange(isUnset(value) ? withoutFilter(filters, key) : { ...filters, [key]: value });
  const text = (key: 'speaker' | 'rep' | 'commentAuthor' | 'callTitle') => ({
    className: 'text-input search-small-input',
    maxLength: key === 'callTitle' ? 200 : 100, // the query's limits: a longer value could never be searched
    value: filters[key] ?? '',
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.target.value),
    'data-testid': `filter-${key}`,
  });

  const when = between ? 'between' : filters.lastDays ? String(filters.lastDays) : '';
  const onWhen = (value: string) => {
    const next = withoutFilter(withoutFilter(withoutFilter(filters, 'lastDays'), 'from'), 'to');
    setBetween(value === 'between');
    onChange(value && value !== 'between' ? { ...next, lastDays: Number(value) } : next);
  };

  return (
    <div className="search-filters">
      <button
        type="button"
        className="button quiet small search-filters-toggle"
        aria-expanded={open}
        aria-controls={id}
        data-testid="search-filters-toggle"
        onClick={() => setOpen(!open)}
      >
        Filters {open ? '▴' : '▾'}
      </button>
      {open && (
        <div className="search-filter-rows" id={id} data-testid="search-filters">
          <div className="search-filter-row" role="group" aria-label="Marks">
            {LEVELS.map((level) => (
              <Toggle
                key={level}
                pressed={filters.painLevels?.includes(level) ?? false}
                onToggle={() => set('painLevels', toggled(filters.painLevels, level))}
                testId={`filter-pain-${level}`}
              >
                <span className={`search-pain-dot level-${level}`} aria-hidden="true" />
                {PAIN_LEVEL_NAMES[level]}
              </Toggle>
            ))}
            <Toggle pressed={filters.missedFollowUp ?? false} onToggle={() => set('missedFollowUp', !filters.missedFollowUp)} testId="filter-missed">
              Missed follow-up
            </Toggle>
            {MOMENTS.map((kind) => (
              <Toggle
                key={kind}
                pressed={filters.moments?.includes(kind) ?? false}
                onToggle={() => set('moments', toggled(filters.moments, kind))}
                testId={`filter-moment-${kind}`}
              >
                {MOMENT_NAMES[kind]}
              </Toggle>
            ))}
            <Toggle pressed={filters.commented ?? false} onToggle={() => set('commented', !filters.commented)} testId="filter-commented">
              Has comments
            </Toggle>
          </div>
          <div className="search-filter-row">
            <Field label="Said by">
              <select
                className="select search-small-input"
                value={filters.role ?? ''}
                onChange={(e) => set('role', (e.target.value || undefined) as Filters['role'])}
                data-testid="filter-role"
              >
                <option value="">Anyone</option>
                <option value="prospect">{ROLE_FILTER_NAMES.prospect}</option>
                <option value="rep">{ROLE_FILTER_NAMES.rep}</option>
              </select>
            </Field>
            <Field label="Speaker">
              <input {...text('speaker')} list={`${id}-speakers`} placeholder="Any" />
            </Field>
            <Field label="Rep">
              <input {...text('rep')} list={`${id}-reps`} placeholder="Any" />
            </Field>
            <Field label="Comment by">
              <input {...text('commentAuthor')} placeholder="Anyone" />
            </Field>
          </div>
          <div className="search-filter-row">
            <Field label="Recorded">
              <select className="select search-small-input" value={when} onChange={(e) => onWhen(e.target.value)} data-testid="filter-when">
                <option value="">Any time</option>
                {RECENT_DAYS.map((days) => (
                  <option key={days} value={days}>
                    Last {days} days
                  </option>
                ))}
                <option value="between">Between dates…</option>
              </select>
            </Field>
            {between && (
              <>
                <Field label="From">
                  <input
                    type="date"
                    className="text-input search-small-input"
                    value={dayOf(filters.from)}
                    onChange={(e) => set('from', dayStart(e.target.value))}
                    data-testid="filter-from"
                  />
                </Field>
                <Field label="Until">
                  <input
                    type="date"
                    className="text-input search-small-input"
                    value={dayOf(filters.to)}
                    onChange={(e) => set('to', dayEnd(e.target.value))}
                    data-testid="filter-to"
                  />
                </Field>
              </>
            )}
            <Field label="Call title">
              <input {...text('callTitle')} placeholder="Any" />
            </Field>
          </div>
          <datalist id={`${id}-speakers`}>
            {names.speakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <datalist id={`${id}-reps`}>
            {names.reps.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
      )}
    </div>
  );
}
