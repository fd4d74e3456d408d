import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, selectTurn, turnRow, writeVttFile, type Cue } from './reviewCall';

/**
 * Search across the library in the real renderer against the real backend and its index: two calls
 * with transcripts imported from WebVTT written here (no recognition run), searched through the panel.
 */
let h: Harness;
const files = harnessForFile('search', (started) => (h = started));
const handlers = () => h.backend.handlers;

/** Call A (jfk.wav, 11 s; older): Dana sells to Sam. */
const CALL_A: Cue[] = [
  ['00:00:00.000 --> 00:00:02.000', '<v Dana Rep>Thanks for joining, how is the team doing?'],
  ['00:00:02.000 --> 00:00:04.000', '<v Sam Prospect>Honestly the price of the renewal worries me.'],
  ['00:00:04.000 --> 00:00:07.500', '<v Dana Rep>Our pricing is flexible for next quarter.'],
  ['00:00:07.500 --> 00:00:09.500', '<v Sam Prospect>The quarter after next is when the board decides.'],
  ['00:00:09.500 --> 00:00:11.000', '<v Dana Rep>Let me send the numbers.'],
];
/** Call B (sales-followup-azure.wav, 120 s; newer, so its moments list first): Lee with Ana. */
const CALL_B: Cue[] = [
  ['00:00:00.000 --> 00:00:20.000', '<v Lee Rep>Welcome to the onboarding call.'],
  ['00:00:20.000 --> 00:00:40.000', '<v Ana Prospect>Our Café team misses deadlines, and next quarter matters.'],
  ['00:00:40.000 --> 00:01:00.000', '<v Lee Rep>What would fixing that mean for you personally?'],
  ['00:01:00.000 --> 00:01:10.000', '<v Ana Prospect>Honestly my job is on the line, prices aside.'],
  ['00:01:10.000 --> 00:01:20.000', '<v Lee Rep>Understood, thank you.'],
];

let callA = '';
let callB = '';

/** One call through the backend: import, transcript, title, date and the speakers' roles. */
async function buildCall(recording: string, cues: Cue[], title: string, recordedAt: string): Promise<string> {
  const [outcome] = await handlers()['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`${recording} was not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(writeVttFile(files.path, `${title}.vtt`, cues));
  expect(await handlers()['transcripts:import']({ callId })).toEqual({ imported: true });
  await handlers()['calls:rename']({ callId, title });
  await handlers()['calls:setRecordedAt']({ callId, recordedAt });
  const { speakers } = await handlers()['calls:get']({ callId });
  for (const s of speakers) await handlers()['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name.endsWith(' Rep') ? 'rep' : 'prospect' });
  return callId;
}

beforeAll(async () => {
  callA = await buildCall('jfk.wav', CALL_A, 'Acme renewal', '2026-11-20T10:00:00.000Z');
  callB = await buildCall('sales-followup-azure.wav', CALL_B, 'Globex onboarding', '2026-11-25T10:00:00.000Z');
}, 120_000);

const panel = () => h.page.getByTestId('search-panel');
const input = () => h.page.getByTestId('search-input');
const hits = () => h.page.getByTestId('search-hit');
/** The results as "call/turn", in order. */
const found = async () => {
  await expect.poll(() => h.page.getByTestId('search-summary').textContent()).not.toBe('Searching…');
  return hits().evaluateAll((rows) =>
    rows.map((r) => `${r.getAttribute('data-call-id') === r.ownerDocument.body.dataset.callA ? 'A' : 'B'}/${r.getAttribute('data-turn-id')}`),
  );
};
const marked = () => h.page.locator('[data-testid="search-hit"] mark').allTextContents();
/** Types a new query; the checks that follow poll until its answer is shown. */
const search = (text: string) => input().fill(text);
const media = () => h.page.getByTestId('review-audio');

describe('Search across the library (real renderer, real backend and index)', () => {
  it('Ctrl+K opens the panel from the library, empty until words or a filter are given; Esc closes it', async () => {
    await h.page.evaluate((id) => {
      window.location.hash = '#/';
      document.body.dataset.callA = id; // lets `found` name the calls A and B
    }, callA);
    await expect.poll(() => h.page.getByTestId('call-row').count()).toBe(2);
    await h.page.getByTestId('search-button').waitFor();
    expect(await panel().count()).toBe(0);
    await h.page.locator('body').click();
    await h.page.keyboard.press('Control+k');
    await panel().waitFor();
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    expect(await h.page.getByTestId('search-empty').textContent()).toBe('Type words or pick a filter');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    await h.page.getByTestId('search-button').click();
    await panel().waitFor();
  });

  it('a word finds its other forms by stem ("pricing" finds "price" and "prices"), newest call first, highlighted', async () => {
    await search('pricing');
    await expect.poll(found).toEqual(['B/t4', 'A/t2', 'A/t3']);
    expect(await marked()).toEqual(['prices', 'price', 'pricing']);
    const first = hits().first();
    expect(await first.getByTestId('search-hit-speaker').textContent()).toBe('Ana Prospectprospect');
    expect(await first.getByTestId('search-hit-title').textContent()).toBe('Globex onboarding');
    expect(await first.getByTestId('search-hit-time').textContent()).toBe('1:00');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2026-11-25T10:00:00.000Z');
    expect(await first.getByTestId('search-snippet').textContent()).toBe('Honestly my job is on the line, prices aside.');
    expect(await h.page.getByTestId('search-summary').textContent()).toMatch(/^3 moments · \d+ ms$/);
    await h.page.screenshot({ path: join(RESULTS, 'search.png') });
  });

  it('ignores case and accents', async () => {
    await search('CAFE');
    await expect.poll(found).toEqual(['B/t2']);
    expect(await marked()).toEqual(['Café']);
  });

  it('a "quoted phrase" matches only its words in order', async () => {
    await search('next quarter');
    await expect.poll(found).toEqual(['B/t2', 'A/t3', 'A/t4']); // both words, in any order
    await search('"next quarter"');
    await expect.poll(found).toEqual(['B/t2', 'A/t3']);
    expect(await marked()).toEqual(['next quarter', 'next quarter']);
  });

  it('the role filter narrows to what the prospect said, shown as a removable chip', async () => {
    await search('pricing');
    await h.page.getByTestId('search-filters-toggle').click();
    await h.page.getByTestId('filter-role').selectOption('prospect');
    await expect.poll(found).toEqual(['B/t4', 'A/t2']);
    expect(await h.page.getByTestId('filter-chip').allTextContents()).toEqual(['Prospect said×']);
    await h.page.screenshot({ path: join(RESULTS, 'search-filters.png') });
    await h.page.getByTestId('filter-chip-remove').click();
    await expect.poll(found).toEqual(['B/t4', 'A/t2', 'A/t3']);
    expect(await h.page.getByTestId('filter-chip').count()).toBe(0);
  });

  it('says when nothing matches, naming the query', async () => {
    await search('zebra');
    await h.page.getByTestId('search-no-match').waitFor();
    expect(await h.page.getByTestId('search-no-match').textContent()).toBe('No moments match “zebra”');
    expect(await hits().count()).toBe(0);
  });

  it('shows why a search failed, and searches again once the backend answers', async () => {
    h.setAround(async (method, _input, run) =>
      method === 'search:query' ? { ok: false, error: { code: 'INTERNAL', message: 'The search index could not be read.' } } : run(),
    );
    try {
      await search('renewal');
      await h.page.getByTestId('search-error').waitFor();
      expect(await h.page.getByTestId('search-error').textContent()).toBe('The search failed: The search index could not be read.');
      expect(await hits().count()).toBe(0);
    } finally {
      h.setAround(null);
    }
    await search('renewal worries');
    await expect.poll(found).toEqual(['A/t2']);
    expect(await h.page.getByTestId('search-error').count()).toBe(0);
  });

  it('a pain tag made in Review is found by the pain filter at once (the index follows the edit); Ctrl+K works in Review', async () => {
    await h.page.getByTestId('filter-pain-3').click();
    await h.page.getByTestId('search-no-match').waitFor(); // nothing tagged yet
    await h.page.keyboard.press('Escape');

    await h.page.locator(`[data-testid="call-row"][data-call-id="${callB}"]`).getByTestId('call-title').click();
    await turnRow(h, 't4').waitFor();
    await selectTurn(h, 't4');
    await h.page.keyboard.press('3');
    await turnRow(h, 't4').getByTestId('tag-badge').waitFor();
    await expect.poll(() => h.page.getByTestId('save-state').textContent()).toBe('Saved');

    await h.page.getByTestId('turns-scroll').focus();
    await h.page.keyboard.press('Control+k');
    await panel().waitFor();
    expect(await h.page.getByTestId('filter-chip').allTextContents()).toEqual(['Personal stakes×']); // the panel reopens as it was
    await input().fill('');
    await expect.poll(found).toEqual(['B/t4']);
  });

  it('Up/Down move the active result; Enter opens that call in Review playing from the moment, its turn shown', async () => {
    await h.page.getByTestId('filter-chip-remove').click();
    await search('pricing');
    await expect.poll(found).toEqual(['B/t4', 'A/t2', 'A/t3']);
    const activeTurn = () => h.page.locator('[data-testid="search-hit"][aria-selected="true"]').getAttribute('data-turn-id');
    expect(await activeTurn()).toBe('t4');
    await h.page.keyboard.press('ArrowDown');
    await h.page.keyboard.press('ArrowDown');
    await expect.poll(activeTurn).toBe('t3');
    const activeId = await h.page.locator('[data-testid="search-hit"][aria-selected="true"]').getAttribute('id');
    expect(await input().getAttribute('aria-activedescendant')).toBe(activeId);
    await h.page.keyboard.press('ArrowUp');
    await h.page.keyboard.press('ArrowDown');
    await expect.poll(activeTurn).toBe('t3');

    await h.page.keyboard.press('Enter');
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => window.location.hash)).toBe(`#/calls/${callA}?at=4.00&play`);
    await expect.poll(() => h.page.getByTestId('review-title').textContent()).toBe('Acme renewal');
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime >= 3.95)).toBe(true);
    const [time, selected] = await Promise.all([
      media().evaluate((a: HTMLAudioElement) => a.currentTime),
      h.page.locator('[data-testid="turn"][data-selected="true"]').getAttribute('data-turn-id'),
    ]);
    expect(time).toBeLessThan(7.5); // still within the turn found
    expect(selected).toBe('t3');
    expect(await turnRow(h, 't3').isVisible()).toBe(true);
    expect(h.errors).toEqual([]);
  });
});
