import { hrefFor } from '../ui/useRoute';

/** No rep yet: how a rep becomes known, and the way back to the calls to do it. */
export function RepsEmpty() {
  return (
    <section className="empty-state reps-empty" data-testid="reps-empty">
      <h2>No reps yet</h2>
      <p>
        A rep becomes known once a call says who the rep is: open a call, and in its <strong>Speakers</strong> panel set the rep’s role to <strong>Rep</strong>{' '}
        (or answer “who is the rep?” when the call asks). Every call with the same rep name then adds a point to that rep’s trend.
      </p>
      <a className="button primary" href={hrefFor({ name: 'library' })} data-testid="reps-empty-library">
        Go to the library
      </a>
    </section>
  );
}
