import type { ShortcutGroup } from '../review/keys/keymap';

/**
 * The playlist view's keys, as data (the view lists them from here). Each key's behaviour lives in
 * usePlaylistKeys; a key added there belongs here too.
 */
export const PLAYLIST_KEYMAP: readonly ShortcutGroup[] = [
  {
    title: 'Player',
    shortcuts: [
      { combos: [['Space']], action: 'Play or pause' },
      { combos: [['N'], ['P']], action: 'Next or previous clip' },
      { combos: [['R']], action: 'Replay the clip from its start' },
      { combos: [['<'], ['>']], action: 'Slower or faster (0.75× to 2×)' },
      { combos: [['O']], action: 'Open the full call at this moment' },
    ],
  },
  {
    title: 'Order',
    shortcuts: [
      {
        combos: [
          ['Alt', '↑'],
          ['Alt', '↓'],
        ],
        action: 'Move the focused clip up or down',
        scope: 'clip list',
      },
      {
        combos: [['Space']],
        action: 'On a drag handle: pick the clip up, move it with ↑ / ↓, put it down with Space (Esc puts it back)',
        scope: 'drag handle',
      },
    ],
  },
];
