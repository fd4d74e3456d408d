import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from '../../../renderer/ui/Field';

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
});
