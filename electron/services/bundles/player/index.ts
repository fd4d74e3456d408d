import { createHash } from 'node:crypto';
import type { BundleManifest } from '../../../../shared/bundle/manifest';
import { PLAYER_SCRIPT } from './script';
import { PLAYER_STYLE } from './style';

/**
 * The bundle's `index.html`: one self-contained page that plays the clips from the unzipped folder in any
 * browser, offline. The manifest is embedded as a JSON block rather than fetched, because browsers refuse
 * fetch() of file:// pages; a Content-Security-Policy allows only this page's own script and style (by
 * hash) and audio from beside it, so nothing the bundle holds can reach the network.
 */
export function renderPlayerHtml(manifest: BundleManifest): string {
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(PLAYER_SCRIPT)}'`,
    `style-src '${sha256(PLAYER_STYLE)}'`,
    "media-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Call Review playlist</title>
<style>${PLAYER_STYLE}</style>
</head>
<body>
<header>
  <h1 id="playlist-name"></h1>
  <p id="playlist-description"></p>
  <p id="playlist-meta"></p>
</header>
<div class="bar"><div class="bar-inner">
  <button type="button" id="prev" title="Previous clip (P)">← Previous</button>
  <button type="button" id="replay" title="Replay this clip (R)">↺ Replay</button>
  <button type="button" id="next" title="Next clip (N)">Next →</button>
  <label>Speed <select id="speed">
    <option value="0.75">0.75×</option><option value="1" selected>1×</option><option value="1.25">1.25×</option>
    <option value="1.5">1.5×</option><option value="2">2×</option>
  </select></label>
  <span id="now-title"></span>
  <span class="keys">Keys: N next · P previous · R replay · Space play/pause</span>
  <audio id="player" controls preload="metadata"></audio>
</div></div>
<main><ol id="clips"></ol></main>
<script type="application/json" id="bundle-manifest">${embedJson(manifest)}</script>
<script>${PLAYER_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * JSON that is safe inside a <script> element: `<` (so `</script>` or `<!--` in a note cannot end or
 * change the block), `>` and `&` are written as \u escapes, which JSON.parse turns back into the same text;
 * U+2028/U+2029 too, for older parsers.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
