import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, selectTurn, turnRow, type Cue } from './reviewCall';
import { buildCall, searchPanel, setRolesByName, type CallToBuild } from './searchPanel';

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
async function buildCallWithRoles(call: CallToBuild): Promise<string> {
  const callId = await buildCall(h, files.path, call);
  await setRolesByName(h, callId);
  return callId;
}

beforeAll(async () => {
  callA = await buildCallWithRoles({ recording: 'jfk.wav', cues: CALL_A, title: 'Acme renewal', recordedAt: '2026-11-20T10:00:00.000Z' });
  callB = await buildCallWithRoles({ recording: 'sales-followup-azure.wav', cues: CALL_B, title: 'Globex onboarding', recordedAt: '2026-11-25T10:00:00.000Z' });
}, 120_000);

const { panel, input, hits, found, media } = searchPanel(
  () => h,
  () => callA,
);
const marked = () => h.page.locator('[data-testid="search-hit"] mark').allTextContents();
/** Types a new query; the checks that follow poll until its answer is shown. */
const search = (text: string) => input().fill(text);

describe('Search across the library (real renderer, real backend and index)', () => {
  it('Ctrl+K opens the panel from the library, empty until words or a filter are given; Esc closes it', async () => {
    await h.page.evaluate(() => (window.location.hash = '#/'));
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

  it('saves a search by name (an empty one is refused), lists it, and runs it again from the list', async () => {
    await h.page.getByTestId('turns-scroll').focus();
    await h.page.keyboard.press('Control+k');
    await panel().waitFor();
    await input().fill('');
    await h.page.getByTestId('saved-searches-none').waitFor(); // an empty box lists the saved searches: none yet
    await h.page.getByTestId('save-search').click();
    expect(await h.page.getByTestId('save-search-refused').textContent()).toBe('Type words or pick a filter first: an empty search can’t be saved.');
    expect(await h.page.getByTestId('save-search-form').count()).toBe(0);

    await search('pricing');
    await expect.poll(() => h.page.getByTestId('save-search-refused').count()).toBe(0);
    await h.page.getByTestId('search-filters-toggle').click();
    await h.page.getByTestId('filter-role').selectOption('prospect');
    await expect.poll(found).toEqual(['B/t4', 'A/t2']);
    await h.page.getByTestId('save-search').click();
    expect(await h.page.getByTestId('save-search-name').inputValue()).toBe('“pricing”, Prospect said'); // the query in words, editable
    await h.page.getByTestId('save-search-name').fill('');
    await h.page.getByTestId('save-search-confirm').click();
    expect(await h.page.getByTestId('save-search-error').textContent()).toBe('A playlist needs a name.');
    await h.page.getByTestId('save-search-name').fill('Prospects on price');
    await h.page.getByTestId('save-search-name').press('Enter');
    await expect.poll(() => h.page.getByTestId('search-notice').textContent()).toBe('Search saved as “Prospects on price”.');
    expect(await h.page.getByTestId('save-search-form').count()).toBe(0);
    const saved = await handlers()['searches:list']({});
    expect(saved.map((s) => [s.name, s.query])).toEqual([['Prospects on price', { text: 'pricing', role: 'prospect', limit: 200 }]]);

    // Another search, then the saved one from the "Saved" list: its words and filter come back.
    await h.page.getByTestId('filter-chip-remove').click();
    await search('zebra');
    await h.page.getByTestId('search-no-match').waitFor();
    await h.page.getByTestId('saved-searches-toggle').click();
    expect(await h.page.getByTestId('saved-search-name').allTextContents()).toEqual(['Prospects on price']);
    await h.page.getByTestId('search-filters-toggle').click(); // closed, for the screenshot
    await h.page.screenshot({ path: join(RESULTS, 'search-saved.png') });
    await h.page.getByTestId('saved-search-run').click();
    await expect.poll(() => input().inputValue()).toBe('pricing');
    expect(await h.page.getByTestId('filter-chip').allTextContents()).toEqual(['Prospect said×']);
    await expect.poll(found).toEqual(['B/t4', 'A/t2']);
    expect(await h.page.getByTestId('saved-searches').count()).toBe(0); // the list closes once one runs
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
  });

  it('deleting a saved search asks first, shows why it is refused while a smart playlist uses it, then deletes it', async () => {
    const [search1] = await handlers()['searches:list']({});
    const smart = await handlers()['playlists:create']({ name: 'Price talk', smart: { searchId: search1!.id, contextSec: 3 } });
    await h.page.getByTestId('saved-searches-toggle').click();
    await h.page.getByTestId('saved-search-delete').click();
    await h.page.getByTestId('saved-search-delete-cancel').click(); // asked first: cancel keeps it
    expect(await h.page.getByTestId('saved-search-name').allTextContents()).toEqual(['Prospects on price']);
    await h.page.getByTestId('saved-search-delete').click();
    await h.page.getByTestId('saved-search-delete-confirm').click();
    await h.page.getByTestId('saved-search-error').waitFor();
    expect(await h.page.getByTestId('saved-search-error').textContent()).toMatch(/^Not deleted: .*“Price talk”/);
    expect(await handlers()['searches:list']({})).toHaveLength(1);

    await handlers()['playlists:delete']({ playlistId: smart.id });
    await h.page.getByTestId('saved-search-delete-confirm').click();
    await expect.poll(() => h.page.getByTestId('saved-search').count()).toBe(0);
    expect(await h.page.getByTestId('saved-searches-none').textContent()).toBe('None yet: search, then Save search… to keep it.');
    expect(await handlers()['searches:list']({})).toEqual([]);
  });

  it('"Make smart playlist…" beside a saved search goes to the Playlists view', async () => {
    await handlers()['searches:save']({ name: 'Stakes', query: { text: '', painLevels: [3], limit: 50 } });
    await h.page.getByTestId('filter-chip-remove').click();
    await input().fill(''); // nothing asked: the saved searches are listed
    await h.page.getByTestId('search-empty').waitFor();
    await expect.poll(() => h.page.getByTestId('saved-search-name').allTextContents()).toEqual(['Stakes']);
    await h.page.getByTestId('saved-search-smart').click();
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => window.location.hash)).toBe('#/playlists');
    await h.page.getByTestId('playlists-view').waitFor();
  });

  it('Alt+C on the active result makes a clip of its turn (3 s of context) into a new playlist; the panel comes back', async () => {
    await h.page.locator('body').click();
    await h.page.keyboard.press('Control+k');
    await panel().waitFor();
    await search('pricing');
    await expect.poll(found).toEqual(['B/t4', 'A/t2', 'A/t3']);
    await h.page.keyboard.press('ArrowDown');
    await expect.poll(() => h.page.locator('[data-testid="search-hit"][aria-selected="true"]').getAttribute('data-turn-id')).toBe('t2');
    expect(await h.page.getByTestId('search-hit-make-clip').count()).toBe(1); // on the active row only

    await h.page.keyboard.press('Alt+c');
    const dialog = h.page.getByTestId('clip-dialog');
    await dialog.waitFor();
    expect(await panel().count()).toBe(0); // one dialog at a time
    expect(await dialog.getByTestId('clip-title').inputValue()).toBe('Honestly the price of the renewal worries me.');
    expect(await dialog.getByTestId('clip-context-before').inputValue()).toBe('3');
    // Turn 2:00–4:00 of call A (11 s long), 3 s each side, kept inside the call.
    expect([await dialog.getByTestId('clip-range').getAttribute('data-start'), await dialog.getByTestId('clip-range').getAttribute('data-end')]).toEqual([
      '0',
      '7',
    ]);
    await dialog.getByTestId('clip-note').fill('Price worry, early');
    await dialog.getByTestId('clip-playlist').selectOption({ label: 'New playlist…' });
    await dialog.getByTestId('clip-playlist-name').fill('Price worries');
    await dialog.getByTestId('clip-save').click();

    await panel().waitFor();
    await expect
      .poll(() => h.page.getByTestId('search-notice').textContent())
      .toBe('Clip “Honestly the price of the renewal worries me.” saved to “Price worries”.');
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    expect(await input().inputValue()).toBe('pricing');

    const clips = await handlers()['clips:list']({});
    expect(clips.map((c) => ({ origin: c.origin, start: c.start, end: c.end, title: c.title, note: c.note }))).toEqual([
      { origin: { kind: 'call', callId: callA }, start: 0, end: 7, title: 'Honestly the price of the renewal worries me.', note: 'Price worry, early' },
    ]);
    const playlist = (await handlers()['playlists:list']({})).find((p) => p.name === 'Price worries');
    const view = await handlers()['playlists:get']({ playlistId: playlist!.id });
    expect(view.items.map((i) => i.clip.id)).toEqual([clips[0]!.id]);
  });

  it('the "Make clip…" button on a hovered result opens the dialog too; cancelling gives the panel back as it was', async () => {
    await hits().nth(2).hover();
    await expect.poll(() => h.page.locator('[data-testid="search-hit"][aria-selected="true"]').getAttribute('data-turn-id')).toBe('t3');
    const where = await h.page.evaluate(() => window.location.hash);
    await hits().nth(2).getByTestId('search-hit-make-clip').click();
    const dialog = h.page.getByTestId('clip-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('clip-title').inputValue()).toBe('Our pricing is flexible for next quarter.');
    expect([await dialog.getByTestId('clip-range').getAttribute('data-start'), await dialog.getByTestId('clip-range').getAttribute('data-end')]).toEqual([
      '1',
      '10.5',
    ]);
    await dialog.getByTestId('clip-cancel').click();
    await panel().waitFor();
    expect(await h.page.evaluate(() => window.location.hash)).toBe(where); // the button did not open the call
    expect(await input().inputValue()).toBe('pricing');
    expect(await handlers()['clips:list']({})).toHaveLength(1);
  });

  it('a moment of an imported bundle’s clip says which playlist it is in, and Enter opens that playlist at that clip', async () => {
    const turn = (start: number, end: number, text: string) => ({
      start,
      end,
      speaker: 'Ines Prospect',
      role: 'prospect' as const,
      text,
      painLevels: [],
      missedFollowUp: false,
      moments: [],
    });
    const { playlist } = await h.backend.playlists.addBundlePlaylist({
      bundleId: 'bundle-search-e2e',
      name: 'Shared wins',
      description: '',
      clips: [
        {
          file: 'audio/01.m4a',
          callTitle: 'Initech discovery',
          start: 0,
          end: 5,
          title: 'Opening',
          note: '',
          turns: [turn(0, 5, 'Welcome aboard, everyone.')],
        },
        {
          file: 'audio/02.m4a',
          callTitle: 'Initech discovery',
          start: 0,
          end: 5,
          title: 'Rollout',
          note: '',
          turns: [turn(0, 5, 'Our zanzibar rollout stalled twice.')],
        },
      ],
    });
    const rollout = playlist.clipIds[1]!;
    await search('zanzibar');
    await expect.poll(() => hits().count()).toBe(1);
    const hit = hits().first();
    expect(await hit.getAttribute('data-clip-id')).toBe(rollout);
    expect(await hit.getByTestId('search-hit-playlist').textContent()).toBe('in playlist “Shared wins” · Initech discovery');
    expect(await hit.getByTestId('search-hit-title').count()).toBe(0);
    expect(await hit.getByTestId('search-hit-make-clip').count()).toBe(0); // no call here to cut a clip from
    await h.page.keyboard.press('Alt+c');
    expect(await h.page.getByTestId('search-clip-error').textContent()).toBe(
      'This moment is in a clip of the playlist “Shared wins” (from a bundle), not in a call of this library: it can’t be clipped again.',
    );
    expect(await h.page.getByTestId('clip-dialog').count()).toBe(0);

    await h.page.keyboard.press('Enter');
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => window.location.hash)).toBe(`#/playlists/${playlist.id}?clip=${rollout}`);
    await expect.poll(() => h.page.getByTestId('playlist-player').getAttribute('data-clip-id')).toBe(rollout);
    expect(await h.page.getByTestId('player-position').textContent()).toBe('Clip 2 of 2');
    expect(await h.page.locator(`[data-testid="clip-row"][data-clip-id="${rollout}"]`).getAttribute('data-current')).toBe('true');
    expect(await h.page.getByTestId('player-unavailable').textContent()).toMatch(/^This clip can’t play: The audio of “Rollout” is missing/);
    expect(h.errors).toEqual([]);
  });
});
