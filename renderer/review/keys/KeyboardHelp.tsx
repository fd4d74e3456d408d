import { Fragment, useMemo, useState } from 'react';
import { useHelpKey } from './useHelpKey';
import { isMac, keyLabel, REVIEW_KEYMAP, type KeyCombo } from './keymap';
import { Dialog } from '../../ui/Dialog';

function Combo({ combo, mac }: { combo: KeyCombo; mac: boolean }) {
  return (
    <span className="keymap-combo">
      {combo.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && '+'}
          <kbd>{keyLabel(key, mac)}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The Review view's keys, grouped, rendered from the one keymap (`keymap.ts` beside it). */
function KeyboardHelpDialog({ onClose }: { onClose: () => void }) {
  const mac = useMemo(() => isMac(), []);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="keyboard-help" className="keyboard-help">
      <div className="keymap">
        {REVIEW_KEYMAP.map((group) => (
          <section key={group.title} className="keymap-group" data-testid="keymap-group">
            <h3 className="keymap-title">{group.title}</h3>
            <dl className="keymap-list">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action} className="keymap-row" data-testid="keymap-row">
                  <dt className="keymap-keys">
                    {shortcut.combos.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && <span className="keymap-or"> / </span>}
                        <Combo combo={combo} mac={mac} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd className="keymap-action">{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="hint">Keys act on the selected turn; they are off while you type in a field.</p>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="keyboard-help-close" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** A "Keyboard shortcuts (?)" button, and `?` anywhere in the Review view, open the shortcuts overlay. */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  useHelpKey(() => setOpen(true));
  return (
    <>
      <button
        type="button"
        className="button quiet small keyboard-help-button"
        data-testid="keyboard-help-button"
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        Keyboard shortcuts <kbd>?</kbd>
      </button>
      {open && <KeyboardHelpDialog onClose={() => setOpen(false)} />}
    </>
  );
}
