/**
 * What the mouse has selected in the transcript, read from the page: words of one turn (their indexes,
 * as the rows number them in `data-word`), a selection that crosses turns, or nothing of the transcript.
 */
export type WordSelection = { kind: 'none' } | { kind: 'across' } | { kind: 'words'; turnId: string; first: number; last: number };

const NONE: WordSelection = { kind: 'none' };

/** The characters of `element` inside `range` (a word touched only at its edge has none). */
function coveredText(range: Range, element: Element): string {
  const part = document.createRange();
  part.selectNodeContents(element);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part.collapsed ? '' : part.toString();
}

const turnOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[data-testid="turn"]') ?? null;

export function selectedWords(): WordSelection {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return NONE;
  const range = selection.getRangeAt(0);
  const startTurn = turnOf(range.startContainer);
  const endTurn = turnOf(range.endContainer);
  if (!startTurn && !endTurn) return NONE; // a selection elsewhere (a panel's text) is not about words
  if (startTurn !== endTurn) return { kind: 'across' };
  const text = startTurn!.querySelector('[data-testid="turn-text"]');
  const turnId = startTurn!.getAttribute('data-turn-id');
  if (!text || !turnId) return NONE;
  let first = -1;
  let last = -1;
  for (const word of text.querySelectorAll('[data-word]')) {
    if (!range.intersectsNode(word) || coveredText(range, word).trim() === '') continue;
    const i = Number(word.getAttribute('data-word'));
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? NONE : { kind: 'words', turnId, first, last };
}

export function clearSelection(): void {
  window.getSelection()?.removeAllRanges();
}
