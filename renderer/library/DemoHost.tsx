import { useEffect, useState } from 'react';
import { DEMO_CALL_ID } from '../../shared/domain/call';
import { call } from '../ui/bridge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { navigate } from '../ui/useRoute';

export type DemoCommand = 'open-demo' | 'reset-demo';

// The Help menu's demo commands reach the host through here (as the search panel's requests do), so the
// menu's command handler holds no state of its own.
const listeners = new Set<(command: DemoCommand) => void>();

export function requestDemo(command: DemoCommand): void {
  for (const listener of listeners) listener(command);
}

const openDemo = () => navigate({ name: 'review', callId: DEMO_CALL_ID });

/**
 * Help → Open the Demo Call opens it, first putting it back if it was deleted; Help → Reset the Demo
 * Call… asks, then puts back the demo as it came over the user's marks and edits on it.
 */
export function DemoHost() {
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    const listener = (command: DemoCommand) => {
      if (command === 'reset-demo') return setConfirming(true);
      void (async () => {
        const calls = await call('calls:list', {});
        if (!calls.some((c) => c.id === DEMO_CALL_ID)) await call('library:resetDemo', {});
        openDemo();
      })();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  if (!confirming) return null;
  return (
    <ConfirmDialog
      title="Reset the demo call?"
      message="The demo call goes back to how it came with Call Review: marks, comments and edits made on it are replaced."
      confirmLabel="Reset demo"
      onConfirm={async () => {
        await call('library:resetDemo', {});
        setConfirming(false);
        openDemo();
      }}
      onCancel={() => setConfirming(false)}
    />
  );
}
