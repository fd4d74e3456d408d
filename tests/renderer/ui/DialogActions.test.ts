import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DialogActions } from '../../../renderer/ui/DialogActions';

const props = { onCancel: () => {}, submitLabel: 'Save clip', busyLabel: 'Saving…', submitTestId: 'clip-save', cancelTestId: 'clip-cancel' };

describe('DialogActions', () => {
  it('puts what it is given before Cancel, then the submit button with its test ids', () => {
    const html = renderToStaticMarkup(createElement(DialogActions, { ...props, busy: false }, createElement('span', null, 'Ctrl+Enter saves')));
    expect(html).toBe(
      '<div class="dialog-actions"><span>Ctrl+Enter saves</span>' +
        '<button type="button" class="button" data-testid="clip-cancel">Cancel</button>' +
        '<button type="submit" class="button primary" data-testid="clip-save">Save clip</button></div>',
    );
  });

  it('while busy, disables both buttons and the submit says its busy label', () => {
    const html = renderToStaticMarkup(createElement(DialogActions, { ...props, busy: true }));
    expect(html).toBe(
      '<div class="dialog-actions">' +
        '<button type="button" class="button" data-testid="clip-cancel" disabled="">Cancel</button>' +
        '<button type="submit" class="button primary" data-testid="clip-save" disabled="">Saving…</button></div>',
    );
  });

  it('leaves the Cancel test id out when none is given', () => {
    const html = renderToStaticMarkup(createElement(DialogActions, { ...props, cancelTestId: undefined, busy: false }));
    expect(html).toContain('<button type="button" class="button">Cancel</button>');
  });
});
