import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field, InputField, TextAreaField } from '../../../renderer/ui/Field';

const render = (label: string) =>
  renderToStaticMarkup(createElement(Field, { label, children: (id: string) => createElement('input', { id, 'data-testid': 'x' }) }));

describe('Field', () => {
  it('ties its label to the control by an id the control takes', () => {
    const html = render('Name');
    const labelFor = /<label for="([^"]+)" class="field-label">Name<\/label>/.exec(html)?.[1];
    expect(labelFor).toBeTruthy();
    expect(html).toBe(`<div class="field"><label for="${labelFor}" class="field-label">Name</label><input id="${labelFor}" data-testid="x"/></div>`);
  });

  it('gives two fields in one form different ids', () => {
    const html = renderToStaticMarkup(
      createElement(
        'form',
        null,
        createElement(Field, { label: 'A', children: (id: string) => createElement('input', { id }) }),
        createElement(Field, { label: 'B', children: (id: string) => createElement('input', { id }) }),
      ),
    );
    const ids = [...html.matchAll(/<input id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('InputField and TextAreaField pass every other prop to their control, wired to the label', () => {
    // A variable, not a literal: TypeScript allows data-* props unchecked only in JSX, which a .ts test can't hold.
    const props = { label: 'Name', type: 'text', className: 'text-input', 'data-testid': 'n', maxLength: 200, disabled: true };
    const input = renderToStaticMarkup(createElement(InputField, props));
    const inputId = /<label for="([^"]+)"/.exec(input)?.[1];
    expect(input).toBe(
      `<div class="field"><label for="${inputId}" class="field-label">Name</label><input id="${inputId}" type="text" class="text-input" data-testid="n" maxLength="200" disabled=""/></div>`,
    );
    const area = renderToStaticMarkup(createElement(TextAreaField, { label: 'Note', className: 'text-input', rows: 3, placeholder: 'What to listen for' }));
    const areaId = /<label for="([^"]+)"/.exec(area)?.[1];
    expect(area).toBe(
      `<div class="field"><label for="${areaId}" class="field-label">Note</label><textarea id="${areaId}" class="text-input" rows="3" placeholder="What to listen for"></textarea></div>`,
    );
  });
});
