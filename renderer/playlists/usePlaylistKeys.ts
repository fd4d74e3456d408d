import { useViewKeys } from '../review/keys/useViewKeys';
import type { PlaylistPlayer } from './usePlaylistPlayer';

/** The player's own element: on its buttons Space plays or pauses instead of pressing them again. */
export const PLAYER_SELECTOR = '[data-testid="playlist-player"]';

/**
 * The playlist view's keys (listed in playlistKeymap.ts): Space, N / P / R, < / > and O, never while the
 * user types, and never with Ctrl, Cmd or Alt (Alt+↑/↓ move clips). Space on a focused button outside
 * the player (a drag handle, Remove…) keeps pressing that button.
 */
export function usePlaylistKeys(player: PlaylistPlayer, openCall: (() => void) | null): void {
  useViewKeys([' ', 'n', 'p', 'r', '<', '>', 'o'], (key, e) => {
    switch (key) {
      case ' ': {
        const target = e.target instanceof Element ? e.target : document.body;
        const button = target.closest('button, a, summary, [role="button"]');
        if (button && !button.closest(PLAYER_SELECTOR)) return false;
        player.toggle();
        return;
      }
      case 'n':
        return player.next();
      case 'p':
        return player.previous();
      case 'r':
        return player.replay();
      case '<':
        return player.stepRate(-1);
      case '>':
        return player.stepRate(1);
      case 'o':
        if (!openCall) return false;
        return openCall();
    }
  });
}
