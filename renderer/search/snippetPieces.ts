/** A stretch of a snippet, matched (shown in <mark>) or not. */
export type SnippetPiece = { text: string; marked: boolean };

/**
 * A snippet cut at its highlight ranges, as text pieces the view renders (never as HTML). Ranges are
 * taken in order and clipped to the text; one that overlaps the previous or is empty is merged or
 * skipped, so a stray range can neither repeat nor lose characters.
 */
export function snippetPieces(snippet: string, highlights: readonly (readonly [number, number])[]): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let at = 0;
  const ranges = [...highlights].sort((a, b) => a[0] - b[0]);
  for (const [rawFrom, rawTo] of ranges) {
    const from = Math.max(at, Math.min(snippet.length, rawFrom));
    const to = Math.max(from, Math.min(snippet.length, rawTo));
    if (to === from) continue;
    if (from > at) pieces.push({ text: snippet.slice(at, from), marked: false });
    const last = pieces[pieces.length - 1];
    if (last?.marked && from === at) last.text += snippet.slice(from, to);
    else pieces.push({ text: snippet.slice(from, to), marked: true });
    at = to;
  }
  if (at < snippet.length) pieces.push({ text: snippet.slice(at), marked: false });
  return pieces;
}
