import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../helpers/textModel';
import { RESULTS, type Harness } from './harness';
import { harnessForFile, turnRow, type Cue } from './reviewCall';
import { buildCall, searchPanel } from './searchPanel';

/**
 * Search by meaning in the real renderer against the real backend, its index and the fixtures' text
 * model (all-MiniLM-L6-v2): two calls with transcripts imported from WebVTT written here, where the
 * second says in other words what the first says.
 */
let h: Harness;
const files = harnessForFile('search-meaning', (started) => (h = started));
const handlers = () => h.backend.handlers;

/** Call A (jfk.wav, 11 s; older): Kim worries about the number. */
const CALL_A: Cue[] = [
  ['00:00:00.000 --> 00:00:03.000', '<v Ana Rep>So where are you with the forecast?'],
  ['00:00:03.000 --> 00:00:08.000', '<v Kim Prospect>Honestly, if we fall short again this quarter, my position is in danger.'],
  ['00:00:08.000 --> 00:00:11.000', '<v Ana Rep>Thanks, I will send the agenda.'],
];
/** Call B (sales-followup-azure.wav, 120 s; newer): Lee's two cues are one turn (t1), Sam says it in other words at 1:00 (t2). */
const CALL_B: Cue[] = [
  ['00:00:00.000 --> 00:00:20.000', '<v Lee Rep>Welcome to the onboarding call.'],
  ['00:00:20.000 --> 00:01:00.000', '<v Lee Rep>Our warehouse pickers walk between aisles all day.'],
  ['00:01:00.000 --> 00:01:10.000', '<v Sam Prospect>If we fall short of the target again, I could lose my position.'],
  ['00:01:10.000 --> 00:01:20.000', '<v Lee Rep>Understood, thank you.'],
];
/** In neither call's words: only its meaning finds Sam's turn. */
const IDEA = 'I could be fired if our sales target slips';

let callA = '';
let callB = '';

beforeAll(async () => {
  if (!TEXT_MODEL_PRESENT) return;
  callA = await buildCall(h, files.path, { recording: 'jfk.wav', cues: CALL_A, title: 'Acme forecast', recordedAt: '2026-11-20T10:00:00.000Z' });
  callB = await buildCall(h, files.path, {
    recording: 'sales-followup-azure.wav',
    cues: CALL_B,
    title: 'Globex onboarding',
    recordedAt: '2026-11-25T10:00:00.000Z',
  });
}, 120_000);

const { panel, input, hits, found, media } = searchPanel(
  () => h,
  () => callA,
);
const words = () => h.page.getByTestId('search-mode-words');
const meaning = () => h.page.getByTestId('search-mode-meaning');
const likeChip = () => h.page.getByTestId('like-chip');

describe.runIf(TEXT_MODEL_PRESENT)('Search by meaning in the search panel (real renderer, real backend, the fixtures’ text model)', () => {
  it('without the text model, a search by meaning says so and leads to Settings', async () => {
    await h.page.evaluate(() => (window.location.hash = '#/'));
    await expect.poll(() => h.page.getByTestId('call-row').count()).toBe(2);
    await h.page.getByTestId('search-button').click();
    await panel().waitFor();
    expect(await words().getAttribute('aria-pressed')).toBe('true');
    expect(await meaning().getAttribute('aria-pressed')).toBe('false');

    // The switch is in the tab order after the box, and Space picks Meaning.
    await input().focus();
    await h.page.keyboard.press('Tab');
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-mode-words');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Space');
    expect(await meaning().getAttribute('aria-pressed')).toBe('true');
    expect(await h.page.getByTestId('search-empty').textContent()).toBe('Describe an idea or pick a filter');

    await input().fill(IDEA);
    const unavailable = h.page.getByTestId('search-meaning-unavailable');
    await expect.poll(() => unavailable.count()).toBe(1);
    expect(await unavailable.textContent()).toMatch(/needs the text model: download it in Settings → Understanding by meaning/);
    expect(await hits().count()).toBe(0);
    expect(await h.page.getByTestId('search-no-match').count()).toBe(0); // not "no results": it could not run
    await unavailable.getByTestId('search-open-settings').click();
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => window.location.hash)).toBe('#/settings');
    await h.page.getByTestId('meaning-section').waitFor();
  });

  it('with the model: finds the turn of the second call that says it in other words, "very close", no word marked; opens it playing there', async () => {
    h.dialogs.folders.push(dirname(TEXT_MODEL.model));
    await handlers()['meaning:chooseFolder']({});
    await h.backend.meaningSettled();

    await h.page.keyboard.press('Control+k');
    await panel().waitFor();
    // The draft kept the idea and the mode: the search runs again, now with the model.
    expect(await input().inputValue()).toBe(IDEA);
    expect(await meaning().getAttribute('aria-pressed')).toBe('true');
    await expect.poll(found).toContain('B/t2');
    expect((await found())[0]).toBe('B/t2');
    const first = hits().first();
    expect(await first.getByTestId('search-hit-closeness').textContent()).toBe('very close');
    expect(await first.getByTestId('search-snippet').textContent()).toBe('If we fall short of the target again, I could lose my position.');
    expect(await h.page.locator('[data-testid="search-hit"] mark').count()).toBe(0);
    expect(await h.page.getByTestId('search-meaning-unavailable').count()).toBe(0);
    await panel().screenshot({ path: join(RESULTS, 'search-meaning.png') });

    // The same words as words find nothing: none of them is in the calls.
    await words().click();
    await expect.poll(found).toEqual([]);
    await expect.poll(() => h.page.getByTestId('search-no-match').count()).toBe(1);
    await meaning().click();
    await expect.poll(found).toContain('B/t2');

    await first.click();
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => window.location.hash)).toBe(`#/calls/${callB}?at=60.00&play`);
    await expect.poll(() => h.page.getByTestId('review-title').textContent()).toBe('Globex onboarding');
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime >= 59.95)).toBe(true);
    expect(await media().evaluate((a: HTMLAudioElement) => a.currentTime)).toBeLessThan(70); // within the turn found
  });

  it('"Find moments like this" on a turn of the first call lists the second call’s turn, under a removable "Like:" chip', async () => {
    await h.page.evaluate((id) => (window.location.hash = `#/calls/${id}`), callA);
    await expect.poll(() => h.page.getByTestId('review-title').textContent()).toBe('Acme forecast');
    await turnRow(h, 't2').hover();
    await turnRow(h, 't2').getByTestId('turn-actions').click();
    await h.page.getByTestId('menu-find-like').click();

    await panel().waitFor();
    expect(await likeChip().textContent()).toContain('Like: Honestly, if we fall short again this quarter,…');
    expect(await input().inputValue()).toBe(''); // a new search: the turn takes the words' place
    await expect.poll(found).toContain('B/t2');
    const listed = await found();
    expect(listed).not.toContain('A/t2'); // not the turn itself
    expect(listed[0]).toBe('B/t2');
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');

    await likeChip().getByTestId('like-chip-remove').click();
    await expect.poll(() => likeChip().count()).toBe(0);
    expect(await h.page.getByTestId('search-empty').textContent()).toBe('Describe an idea or pick a filter');
    expect(await hits().count()).toBe(0);
  });

  it('and on a search result (Alt+L): the moments like that one, back to the first call', async () => {
    await input().fill(IDEA);
    await expect.poll(found).toContain('B/t2');
    expect((await found())[0]).toBe('B/t2');
    await input().press('Alt+l');
    await expect.poll(() => likeChip().count()).toBe(1);
    expect(await likeChip().textContent()).toContain('Like: If we fall short of the target again,…');
    expect(await input().inputValue()).toBe('');
    await expect.poll(found).toContain('A/t2');
    expect(await found()).not.toContain('B/t2');

    // Typing asks for those words instead; Words drops the turn too.
    await input().fill('agenda');
    await expect.poll(() => likeChip().count()).toBe(0);
    await words().click();
    await expect.poll(found).toEqual(['A/t3']);
    expect(await h.page.locator('[data-testid="search-hit"] mark').allTextContents()).toEqual(['agenda']);
    expect(await hits().first().getByTestId('search-hit-closeness').count()).toBe(0);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
