import { describe, expect, it } from 'vitest';
import { isMac, keyLabel, REVIEW_KEYMAP } from '../../../../renderer/review/keys/keymap';

const nav = (platform: string, uaPlatform?: string) =>
  ({ platform, userAgentData: uaPlatform === undefined ? undefined : { platform: uaPlatform } }) as unknown as Navigator;

describe('keymap', () => {
  it('names the modifier Cmd on macOS and Ctrl elsewhere, preferring userAgentData', () => {
    expect(isMac(nav('MacIntel'))).toBe(true);
    expect(isMac(nav('Win32'))).toBe(false);
    expect(isMac(nav('', 'macOS'))).toBe(true);
    expect(isMac(nav('Linux x86_64', 'Linux'))).toBe(false);
    expect(keyLabel('Mod', true)).toBe('Cmd');
    expect(keyLabel('Mod', false)).toBe('Ctrl');
    expect(keyLabel('Shift', true)).toBe('Shift');
  });

  it('lists each key once in each place it acts', () => {
    const combos = REVIEW_KEYMAP.flatMap((g) => g.shortcuts.flatMap((s) => s.combos.map((c) => `${s.scope ?? 'view'}:${c.join('+')}`)));
    expect(new Set(combos).size).toBe(combos.length);
  });
});
