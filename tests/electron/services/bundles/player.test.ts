import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embedJson, renderPlayerHtml } from '../../../../electron/services/bundles/player';
import { PLAYER_SCRIPT } from '../../../../electron/services/bundles/player/script';
import { BundleManifest } from '../../../../shared/bundle/manifest';

const manifest = BundleManifest.parse({
  format: 'call-review-bundle',
  version: 1,
  id: '0b5c7a9e-6a1f-4c55-9b51-9d6f1c2b7e10',
  createdAt: '2026-03-04T09:00:00.000Z',
  playlist: { name: '</script><script>alert(1)</script>', description: '<!-- \u2028 & -->' },
  clips: [
    {
      id: 'c1',
      title: 'A',
      note: '</SCRIPT >',
      callTitle: 'Call',
      recordedAt: '2026-03-02T10:00:00.000Z',
      durationSec: 3,
      audio: 'audio/01.m4a',
      turns: [],
    },
  ],
});

describe('the player page', () => {
  it('embeds the manifest so no text in it can end the script block, and reads back the same', () => {
    const html = renderPlayerHtml(manifest);
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the JSON block's and the script's own
    const block = /<script type="application\/json" id="bundle-manifest">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(block)).toEqual(manifest);
    expect(embedJson({ a: '<>&\u2028\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('loads nothing from anywhere: no src or href, a CSP allowing only its own script by hash', () => {
    const html = renderPlayerHtml(manifest);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/https?:/i);
    const hash = createHash('sha256').update(PLAYER_SCRIPT).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
    expect(PLAYER_SCRIPT).not.toMatch(/innerHTML|fetch\(|XMLHttpRequest|eval\(/);
  });
});
