/**
 * Whether the last Ogg page in `tail` (the end of a file) is whole and closes its stream (the page
 * header's end-of-stream flag). Ogg states no total length, so this is how a recording cut short is told
 * from a short one: false for a last page that is cut or leaves the stream open, null when `tail` holds
 * no page at all.
 */
export function oggLastPageEndsStream(tail: Uint8Array): boolean | null {
  for (let at = tail.length - 4; at >= 0; at--) {
    if (tail[at] !== 0x4f || tail[at + 1] !== 0x67 || tail[at + 2] !== 0x67 || tail[at + 3] !== 0x53) continue; // "OggS"
    if (at + 27 > tail.length) return false; // the page header itself is cut
    if (tail[at + 4] !== 0) continue; // not a page (version 0): "OggS" inside audio data
    const segments = tail[at + 26]!;
    if (at + 27 + segments > tail.length) return false;
    let end = at + 27 + segments;
    for (let i = 0; i < segments; i++) end += tail[at + 27 + i]!;
    if (end > tail.length) return false; // the page's data is cut
    if (end < tail.length) continue; // "OggS" inside the last page's data, not a header
    return (tail[at + 5]! & 0x04) !== 0;
  }
  return null;
}
