/**
 * Words / Meaning: whether the box's words are matched as words or read as an idea. Two toggle buttons
 * in the tab order (Tab reaches them from the box; Enter or Space picks one).
 */
export function SearchModeSwitch({ meaning, onMeaning }: { meaning: boolean; onMeaning: (meaning: boolean) => void }) {
  return (
    <div className="search-mode" role="group" aria-label="Search by" data-testid="search-mode">
      <button type="button" className="search-mode-option" aria-pressed={!meaning} data-testid="search-mode-words" onClick={() => onMeaning(false)}>
        Words
      </button>
      <button
        type="button"
        className="search-mode-option"
        aria-pressed={meaning}
        data-testid="search-mode-meaning"
        title="Find what is said in other words: the box is read as an idea"
        onClick={() => onMeaning(true)}
      >
        Meaning
      </button>
    </div>
  );
}
