import { useId, useState, type FormEvent } from 'react';
import type { SavedSearch } from '../../shared/domain/playlist';
import { NAME_MAX_LENGTH, PlaylistName } from '../../shared/domain/playlist';
import type { SearchQuery } from '../../shared/search/query';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { formatDay } from './dates';
import { suggestedName } from './searchDraft';

type Props = { query: SearchQuery; onSaved: (search: SavedSearch) => void; onCancel: () => void };

/** Names the search in the box (its words and filters, as the name offered) and keeps it. */
export function SaveSearchForm({ query, onSaved, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(() => suggestedName(query, formatDay));
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = PlaylistName.safeParse(name);
    if (!parsed.success) return setProblem(`${parsed.error.issues[0]?.message ?? 'That name cannot be used'}.`);
    setProblem(null);
    void run(async () => onSaved(await call('searches:save', { name: parsed.data, query })));
  };

  return (
    <form className="search-save-form" onSubmit={submit} data-testid="save-search-form">
      <label htmlFor={`${id}-name`} className="search-field-label">
        Save this search as
      </label>
      <div className="search-save-row">
        <input
          id={`${id}-name`}
          className="text-input search-small-input search-save-name"
          data-testid="save-search-name"
          maxLength={NAME_MAX_LENGTH}
          autoFocus
          value={name}
          disabled={busy}
          onChange={(e) => {
            setProblem(null);
            setName(e.target.value);
          }}
        />
        <button type="submit" className="button small primary" data-testid="save-search-confirm" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button small" data-testid="save-search-cancel" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorMessage testId="save-search-error">{problem ?? (error && `Not saved: ${error}`)}</ErrorMessage>
    </form>
  );
}
