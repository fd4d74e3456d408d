import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_ID } from '../../shared/domain/call';
import type { Harness } from './harness';
import { harnessForFile } from './reviewCall';

let h: Harness;
harnessForFile('demo', (started) => (h = started), { demoDir: resolve(__dirname, '../../resources/demo') });

describe('First run: the demo call (real renderer, real backend)', () => {
  it('a first run shows the welcome: the three levels of pain, and a way into the demo call; closed, it stays closed', async () => {
    const welcome = h.page.getByTestId('welcome');
    await welcome.waitFor();
    const text = (await welcome.textContent()) ?? '';
    for (const level of ['symptom', 'business impact', 'personal stakes']) expect(text).toContain(level);
    await welcome.getByRole('button', { name: 'Open the demo call' }).click();
    await h.page.getByTestId('chains-panel').getByTestId('chain').first().waitFor();
    expect(h.page.url()).toContain(DEMO_CALL_ID);

    await h.page.goto(`${h.url}#/`);
    await welcome.getByRole('button', { name: 'Close the welcome' }).click();
    await welcome.waitFor({ state: 'detached' });
    await h.page.reload();
    await h.page.getByTestId('call-row').first().waitFor();
    expect(await welcome.count()).toBe(0);
    expect((await h.backend.handlers['library:info']({})).welcome).toBe(false);
    expect(h.errors).toEqual([]);
  });

  it('an empty library shows the demo call, marked Demo, and its Review shows its chain, missed follow-up and comments', async () => {
    const row = h.page.getByTestId('call-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('demo-badge').textContent()).toBe('Demo');

    await row.getByTestId('call-title').locator('a').click();
    await h.page.getByTestId('turn').first().waitFor();
    expect(await h.page.getByTestId('turn').first().textContent()).toMatch(/thanks for making the time/);
    const chain = h.page.getByTestId('chains-panel').getByTestId('chain');
    await chain.first().waitFor();
    expect(await chain.locator('[data-testid="chain-step"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['1', '2', '3']);
    const missed = h.page.getByTestId('follow-up-item');
    expect(await missed.count()).toBe(1);
    expect(await missed.getByTestId('follow-up-item-asked').textContent()).toMatch(/Tell me more/);
    expect(await h.page.getByTestId('comment-item').count()).toBe(2);

    await h.page.goto(`${h.url}#/reps`);
    const rep = h.page.getByTestId('rep-link');
    await rep.first().waitFor();
    expect(await rep.getByTestId('demo-badge').count()).toBe(1);
    expect(h.errors).toEqual([]);
  });

  it('Help → Reset the Demo Call… asks, then puts back an edited demo as it came, and a deleted one; Open the Demo Call opens it', async () => {
    const menu = (command: string) =>
      h.page.evaluate(
        (c) => (window as unknown as { __callReviewEvent: (e: string, p: unknown) => void }).__callReviewEvent('app:command', { command: c }),
        command,
      );
    const { title } = (await h.backend.handlers['calls:list']({})).find((c) => c.id === DEMO_CALL_ID)!;
    await h.backend.handlers['calls:rename']({ callId: DEMO_CALL_ID, title: 'My edited demo' });
    await menu('reset-demo');
    await h.page.getByTestId('confirm-dialog').waitFor();
    await h.page.getByTestId('confirm-ok').click();
    await h.page.getByTestId('chains-panel').getByTestId('chain').first().waitFor();
    expect((await h.backend.handlers['calls:list']({})).find((c) => c.id === DEMO_CALL_ID)!.title).toBe(title);

    await h.backend.handlers['calls:delete']({ callId: DEMO_CALL_ID });
    await menu('reset-demo');
    await h.page.getByTestId('confirm-dialog').waitFor();
    await h.page.getByTestId('confirm-ok').click();
    await h.page.getByTestId('chains-panel').getByTestId('chain').first().waitFor();
    expect(h.page.url()).toContain(DEMO_CALL_ID);

    await h.page.goto(`${h.url}#/reps`);
    await h.page.getByTestId('rep-link').first().waitFor();
    await menu('open-demo');
    await h.page.getByTestId('chains-panel').getByTestId('chain').first().waitFor();
    expect(h.errors).toEqual([]);
  });
});
