/** Covers the window while files are dragged over it. It never takes pointer events itself. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay-box">Drop recordings to import</div>
    </div>
  );
}
