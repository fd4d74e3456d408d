/**
 * Every key of the Review view, as data: the keyboard help overlay renders this list, so it is written
 * once. Each key's behaviour lives in its owner's hook (usePlayerKeys, useAnnotationKeys, …); a key
 * added there belongs here too.
 */

/** One way to press a shortcut: its keys in order. "Mod" is Cmd on macOS and Ctrl elsewhere. */
export type KeyCombo = readonly string[];

export type Shortcut = {
  /** Alternatives, shown "1 / 2 / 3". */
  combos: readonly KeyCombo[];
  action: string;
  /** Where the key acts, when only in one place (there a key may mean something else than in the view). */
  scope?: string;
};

export type ShortcutGroup = { title: string; shortcuts: readonly Shortcut[] };

export const REVIEW_KEYMAP: readonly ShortcutGroup[] = [
  {
    title: 'Playback',
    shortcuts: [
      { combos: [['Space']], action: 'Play or pause' },
      { combos: [['←'], ['→']], action: 'Back or forward 5 seconds' },
    ],
  },
  {
    title: 'Tagging',
    shortcuts: [
      { combos: [['1'], ['2'], ['3']], action: 'Tag the turn (or the selected words) as symptom, business impact, personal stakes; again to untag' },
      { combos: [['F']], action: 'Mark a missed follow-up' },
      { combos: [['P']], action: "Mark the rep's pitch (again to unmark)" },
      { combos: [['O']], action: 'Mark a door the prospect opened (again to unmark)' },
      { combos: [['C']], action: 'Comment' },
    ],
  },
  {
    title: 'Suggestions',
    shortcuts: [
      { combos: [['Enter']], action: "Accept the selected turn's first suggestion (not on a focused button)" },
      { combos: [['Backspace']], action: "Dismiss the selected turn's first suggestion" },
    ],
  },
  {
    title: 'Clips',
    shortcuts: [
      { combos: [['[']], action: 'Start the range for a clip at the playhead' },
      { combos: [[']']], action: 'End the range for a clip at the playhead' },
      { combos: [['Shift', 'Drag']], action: 'Select a range for a clip on the waveform (its handles adjust it)', scope: 'waveform' },
    ],
  },
  {
    title: 'Editing',
    shortcuts: [
      { combos: [['E']], action: "Edit the turn's text" },
      { combos: [['S']], action: 'Split the turn at the clicked word' },
      { combos: [['M']], action: 'Merge the turn with the next one' },
    ],
  },
  {
    title: 'Navigation',
    shortcuts: [
      { combos: [['J'], ['K']], action: 'Select the next or previous turn' },
      { combos: [['Mod', 'F']], action: 'Find in transcript' },
      { combos: [['Mod', 'K']], action: 'Search every call (from any view)' },
      { combos: [['Enter'], ['Shift', 'Enter']], action: 'Next or previous match (in the find box)', scope: 'find box' },
      { combos: [['Esc']], action: 'Close find or this help; clear the selected range' },
    ],
  },
  {
    title: 'History',
    shortcuts: [
      { combos: [['Mod', 'Z']], action: 'Undo' },
      { combos: [['Mod', 'Shift', 'Z']], action: 'Redo' },
    ],
  },
  {
    title: 'Help',
    shortcuts: [{ combos: [['?']], action: 'Show these shortcuts' }],
  },
];

type NavigatorWithUAData = Navigator & { userAgentData?: { platform?: string } };

/** Whether the modifier is Cmd: Chromium's userAgentData when it has a platform, else navigator.platform. */
export function isMac(nav: NavigatorWithUAData = navigator): boolean {
  const platform = nav.userAgentData?.platform || nav.platform || '';
  return /mac/i.test(platform);
}

/** A key's label as the user's keyboard names it: "Mod" becomes "Cmd" or "Ctrl". */
export function keyLabel(key: string, mac: boolean): string {
  return key === 'Mod' ? (mac ? 'Cmd' : 'Ctrl') : key;
}
