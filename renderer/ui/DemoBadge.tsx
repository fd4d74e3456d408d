/** Marks the demo call the app ships (and its rep): an example to explore, not a real call or rep. */
export function DemoBadge({ what }: { what: 'call' | 'rep' }) {
  const title = what === 'call' ? 'The demo call that came with Call Review: an example to explore' : 'The demo call’s rep: not counted with your reps';
  return (
    <span className="badge badge-demo" title={title} data-testid="demo-badge">
      Demo
    </span>
  );
}
