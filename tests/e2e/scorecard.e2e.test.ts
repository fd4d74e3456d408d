import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredReview } from '../../shared/domain/annotations';
import { scorecardOfCall } from '../../shared/scorecard';
import { audio } from '../helpers/fixtures';
import { pdfText } from '../helpers/pdf';
import { RESULTS, type Harness } from './harness';
import { harnessForFile } from './reviewCall';

let h: Harness;
let callId = '';
const files = harnessForFile('scorecard', (started) => (h = started));

const page = () => h.page;
const turn = (id: string) => page().locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const media = () => page().getByTestId('review-audio');
const playhead = () => media().evaluate((a: HTMLAudioElement) => a.currentTime);
const pause = () => media().evaluate((a: HTMLAudioElement) => a.pause());
const card = () => page().getByTestId('scorecard-card');
const view = () => page().getByTestId('scorecard-view');
const figure = (label: string) => view().locator(`[data-testid="figure"][data-figure="${label}"]`);
const figureValue = (label: string) => figure(label).getByTestId('figure-value').textContent();
const component = (id: string) => view().locator(`[data-testid="score-component"][data-component="${id}"]`);
const criterion = (id: string) => page().locator(`[data-testid="rubric-criterion"][data-criterion-id="${id}"]`);
const rate = (id: string, rating: string) => criterion(id).locator(`[data-testid="rubric-rating-option"][data-rating="${rating}"]`).click();
const checkedRating = (id: string) => criterion(id).locator('[data-testid="rubric-rating-option"].checked').getAttribute('data-rating');
const doc = () => JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'calls', callId, 'call.json'), 'utf8'));
const reviewsOnDisk = (): StoredReview[] => doc().annotations.reviews;
const libraryOnDisk = () => JSON.parse(readFileSync(join(h.backend.libraryFolder(), 'library.json'), 'utf8'));

/** The scorecard as the main process computes it (exports, trends): the live view must say the same. */
async function scorecardInMain() {
  const [call, transcript, annotations, info] = await Promise.all([
    h.backend.handlers['calls:get']({ callId }),
    h.backend.handlers['calls:transcript']({ callId }),
    h.backend.handlers['annotations:get']({ callId }),
    h.backend.handlers['library:info']({}),
  ]);
  return scorecardOfCall(call, transcript, annotations, info.rubricCriteria);
}

async function selectTurn(id: string) {
  await turn(id).getByTestId('turn-time').click();
  await pause();
  await expect.poll(() => turn(id).getAttribute('data-selected')).toBe('true');
}

/** Seven turns over jfk.wav's 11 s: the rep asks, the prospect answers with a symptom, the rep pitches, then digs. */
function writeVtt(): string {
  const path = join(files.path, 'discovery.vtt');
  const cues = [
    ['00:00:00.000 --> 00:00:01.500', '<v Dana Rep>What are you trying to achieve this quarter?'],
    ['00:00:01.500 --> 00:00:03.200', '<v Sam Prospect>Onboarding takes us weeks, the team keeps redoing setup.'],
    ['00:00:03.200 --> 00:00:04.800', '<v Dana Rep>Our platform automates that. Do you want a demo?'],
    ['00:00:04.800 --> 00:00:06.600', '<v Sam Prospect>Maybe. We lost two renewals last quarter because clients waited.'],
    ['00:00:06.600 --> 00:00:08.000', '<v Dana Rep>How does that land on you personally?'],
    ['00:00:08.000 --> 00:00:09.800', '<v Sam Prospect>My bonus is tied to renewals, so it hurts me.'],
    ['00:00:09.800 --> 00:00:11.000', '<v Dana Rep>Could we set a call with your VP next week?'],
  ];
  writeFileSync(path, ['WEBVTT', '', ...cues.flatMap(([time, text]) => [time, text, ''])].join('\n'));
  return path;
}

describe('Scorecard tab: live figures, evidence, rubric with several reviewers, export (real renderer, real backend)', () => {
  it('imports a call with seven turns; the rep’s pitch is marked as a moment', async () => {
    h.dialogs.files.push([audio('jfk.wav')]);
    await page().getByTestId('import-button').click();
    const row = page().getByTestId('call-row').first();
    await row.waitFor();
    callId = (await row.getAttribute('data-call-id'))!;
    await row.getByTestId('call-title').click();
    await page().getByTestId('no-transcript').waitFor();
    h.dialogs.transcripts.push(writeVtt());
    await page().getByTestId('no-transcript').getByTestId('import-transcript').click();
    await expect.poll(() => page().getByTestId('turn').count()).toBe(7);
    // Pitch moments come from accepted suggestions; this one is put straight into the call's document.
    const moment = { id: 'pitch-t3', author: 'Suggestion', createdAt: new Date().toISOString(), kind: 'pitch' as const, span: { start: 3.2, end: 4.8 } };
    await h.backend.handlers['annotations:apply']({ callId, command: { type: 'put', collection: 'moments', item: moment } });
    await page().reload();
    await expect.poll(() => page().getByTestId('turn').count()).toBe(7);
  });

  it('the Scorecard tab shows every figure with no tags: 0 depth, "—" with its reason, and what roles are missing', async () => {
    await media().evaluate((a) => ((a as unknown as { tabProbe: string }).tabProbe = 'same element'));
    await page().getByTestId('tab-scorecard').click();
    await view().waitFor();
    expect(await page().evaluate(() => window.location.hash)).toBe(`#/calls/${callId}/scorecard`);
    expect(await page().getByTestId('tab-scorecard').getAttribute('aria-current')).toBe('page');
    // The player was not remounted: the same <audio> element carries on.
    expect(await media().evaluate((a) => (a as unknown as { tabProbe?: string }).tabProbe)).toBe('same element');
    expect(await page().getByTestId('transcript-panel').count()).toBe(0);

    expect(await figureValue('Pain chains')).toBe('0');
    expect(await figureValue('Deepest level reached')).toBe('0 of 3 (no pain tagged)');
    expect(await figure('Symptoms drilled deeper').getByTestId('figure-value').textContent()).toBe('— no symptom tagged');
    expect(await figure('Time to personal stakes').getByTestId('figure-missing').textContent()).toBe('no personal stakes tagged');
    expect(await figure('Doors followed through').getByTestId('figure-missing').textContent()).toBe('no door-opener or missed follow-up marked');
    expect(await figureValue('First pitch')).toContain('0:03');
    expect(await page().getByTestId('pitch-flag').getAttribute('data-flag')).toBe('pitched-first');
    expect(await figure('Rep talk time').getByTestId('figure-missing').textContent()).toBe('no speaker is marked rep');
    expect(await page().getByTestId('conversation-notes').textContent()).toContain('No speaker is marked as the rep');
    expect(await component('depth').getByTestId('score-component-score').textContent()).toBe('left out');
    expect(await component('rubric').textContent()).toContain('no manager ratings');
    expect(await card().getByTestId('scorecard-card-chains').textContent()).toBe('0');
    expect(await card().getByTestId('scorecard-card-deepest').textContent()).toBe('0 (no pain tagged)');
    expect(await card().getByTestId('scorecard-card-missed').textContent()).toBe('0');
    expect(await card().getByTestId('scorecard-card-pitch').textContent()).toBe('Yes: pitched first');
    expect(await page().getByTestId('overall-value').textContent()).toBe(String((await scorecardInMain()).overall.value));
  });

  it('“Set who is the rep” leads to the Speakers panel; roles set there update the conversation figures', async () => {
    await page().getByTestId('set-roles').click();
    expect(await page().evaluate(() => document.activeElement?.closest('[data-testid="speakers-panel"]') !== null)).toBe(true);
    const speakerRow = (name: string) => page().getByTestId('speakers-panel').getByTestId('speaker-row').filter({ hasText: name });
    await speakerRow('Dana Rep').getByTestId('speaker-role').selectOption('rep');
    await speakerRow('Sam Prospect').getByTestId('speaker-role').selectOption('prospect');
    await expect.poll(() => page().getByTestId('conversation-notes').count()).toBe(0);
    await page().getByTestId('talk-ratio-bar').waitFor();
    expect(await figureValue('Open questions')).toContain('2');
    expect(await figureValue('Closed questions')).toContain('2');
    expect(await figure('Rep talk time').getByTestId('figure-missing').count()).toBe(0);
  });

  it('tagging 1/2/3 and a missed follow-up in the Transcript tab changes the card and the scorecard live', async () => {
    await page().getByTestId('tab-transcript').click();
    await page().getByTestId('transcript-panel').waitFor();
    await selectTurn('t2');
    await page().keyboard.press('1');
    await expect.poll(() => card().getByTestId('scorecard-card-chains').textContent()).toBe('1');
    await selectTurn('t4');
    await page().keyboard.press('2');
    await selectTurn('t6');
    await page().keyboard.press('3');
    await expect.poll(() => card().getByTestId('scorecard-card-deepest').textContent()).toBe('3 · Personal stakes');

    await selectTurn('t2');
    await page().keyboard.press('f');
    await page().getByTestId('follow-up-dialog').waitFor();
    await page().locator('[data-testid="follow-up-reason"][value="pivoted-to-pitch"]').check();
    await page().getByTestId('follow-up-asked').fill('What does redoing the setup cost you each month?');
    await page().getByTestId('follow-up-save').click();
    await expect.poll(() => card().getByTestId('scorecard-card-missed').textContent()).toBe('1 of 1 door');
    await expect.poll(() => doc().annotations.followUps.length).toBe(1);
    const expected = await scorecardInMain();
    expect(expected.overall.value).not.toBeNull();
    expect(await card().getByTestId('scorecard-card-score').textContent()).toBe(String(expected.overall.value));
    expect(await card().getByTestId('scorecard-card-formula').textContent()).toBe(expected.overall.formula);
    expect(await card().getByTestId('scorecard-card-pitch').textContent()).toBe('Yes: pitched first');
    await card().screenshot({ path: join(RESULTS, 'scorecard-card.png') });

    await card().getByTestId('open-scorecard').click();
    await view().waitFor();
    expect(await figureValue('Pain chains')).toContain('1');
    expect(await figureValue('Deepest level reached')).toContain('3 of 3 (Personal stakes)');
    expect(await figureValue('Symptoms drilled deeper')).toContain('100% (1 of 1)');
    expect(await figureValue('Time to personal stakes')).toContain('0:08');
    expect(await figureValue('Missed follow-ups')).toContain('1');
    expect(await figureValue('Doors followed through')).toContain('0% (0 of 1)');
    expect(await figureValue('Missed follow-ups per 10 min')).toMatch(/ per 10 min/);
    expect(await page().getByTestId('overall-value').textContent()).toBe(String(expected.overall.value));
    expect(await page().getByTestId('overall-formula').textContent()).toBe(expected.overall.formula);
    expect(await component('depth').getByTestId('score-component-score').textContent()).toBe('100');
    expect(await component('follow-through').getByTestId('score-component-score').textContent()).toBe('0');
    expect(await component('rubric').getByTestId('score-component-score').textContent()).toBe('left out');
  });

  it('an evidence moment plays the call from there in the same player', async () => {
    await figure('Time to personal stakes').getByTestId('figure-value').click();
    const moment = figure('Time to personal stakes').getByTestId('evidence-item');
    expect(await moment.count()).toBe(1);
    expect(await moment.textContent()).toMatch(/^0:08–0:10First personal pain \(Onboarding takes us weeks/); // the chain's topic
    await moment.click();
    await expect.poll(playhead).toBeGreaterThanOrEqual(7.99);
    expect(await playhead()).toBeLessThan(9.9);
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => !a.paused || a.ended)).toBe(true);
    await pause();

    await figure('Missed follow-ups').getByTestId('figure-value').click();
    await figure('Missed follow-ups').getByTestId('evidence-item').click();
    await expect.poll(playhead).toBeGreaterThanOrEqual(1.49);
    expect(await playhead()).toBeLessThan(3.2);
    await pause();
  });

  it('edits the rubric’s criteria: empty titles are refused, added ones show, reset brings our method back', async () => {
    await page().getByTestId('edit-criteria').click();
    const dialog = page().getByTestId('criteria-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('criterion-row').count()).toBe(7);
    await dialog.getByTestId('criterion-add').click();
    await dialog.getByTestId('criteria-save').click();
    expect(await dialog.getByTestId('criteria-error').textContent()).toBe('Give every criterion a title (number 8).');
    expect(await dialog.getByTestId('criterion-title-error').count()).toBe(1);
    await page().screenshot({ path: join(RESULTS, 'scorecard-criteria.png') });
    await dialog.getByTestId('criterion-title').nth(7).fill('Set an agenda');
    await dialog.getByTestId('criterion-up').nth(7).click();
    await dialog.getByTestId('criteria-save').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => libraryOnDisk().rubricCriteria?.[6]?.title).toBe('Set an agenda');
    await expect.poll(() => page().getByTestId('rubric-criterion').count()).toBe(8);
    expect(await page().getByTestId('rubric-criterion').nth(6).textContent()).toContain('Set an agenda');

    await page().getByTestId('edit-criteria').click();
    await dialog.getByTestId('criteria-reset').click();
    expect(await dialog.getByTestId('criterion-row').count()).toBe(7);
    await dialog.getByTestId('criteria-save').click();
    await expect.poll(() => page().getByTestId('rubric-criterion').count()).toBe(7);
  });

  it('fills the rubric; the draft survives a tab switch; saving asks the name once and stores the review', async () => {
    await rate('goals-first', '4');
    await rate('business-impact', '2');
    await rate('personal-impact', '5');
    await criterion('business-impact').getByTestId('rubric-note').fill('Stopped at the symptom, then pitched.');
    await page().getByTestId('rubric-unsaved').waitFor();

    await page().getByTestId('tab-transcript').click();
    await page().getByTestId('transcript-panel').waitFor();
    expect(await page().getByTestId('tab-unsaved').textContent()).toBe('unsaved rubric');
    await page().getByTestId('tab-scorecard').click();
    expect(await checkedRating('goals-first')).toBe('4');
    expect(await criterion('business-impact').getByTestId('rubric-note').inputValue()).toBe('Stopped at the symptom, then pitched.');

    await page().getByTestId('rubric-save').click();
    expect(await page().getByTestId('rubric-error').textContent()).toBe('Add your name first: reviews are kept per reviewer.');
    expect(await checkedRating('goals-first')).toBe('4'); // nothing typed is lost
    await page().getByTestId('rubric-name').fill('Morgan Manager');
    await page().getByTestId('rubric-save').click();
    await expect.poll(() => page().getByTestId('rubric-result').textContent()).toBe('Saved as Morgan Manager.');
    expect(await page().getByTestId('tab-unsaved').count()).toBe(0);
    await expect.poll(() => reviewsOnDisk().length).toBe(1);
    expect(reviewsOnDisk()[0]).toMatchObject({ id: 'review:morgan manager', reviewer: 'Morgan Manager' });
    expect(reviewsOnDisk()[0]!.answers.slice(0, 3)).toEqual([
      { criterionId: 'goals-first', rating: 4, note: '' },
      { criterionId: 'business-impact', rating: 2, note: 'Stopped at the symptom, then pitched.' },
      { criterionId: 'personal-impact', rating: 5, note: '' },
    ]);
    expect(libraryOnDisk().myName).toBe('Morgan Manager');
    expect(await page().getByTestId('rubric-reviewer').textContent()).toContain('Morgan Manager');
    expect(await criterion('goals-first').getByTestId('rubric-mean').textContent()).toBe('Mean: 4 of 5 (1 rating)');
    await expect.poll(() => component('rubric').getByTestId('score-component-score').textContent()).not.toBe('left out');
    expect(await page().getByTestId('overall-value').textContent()).toBe(String((await scorecardInMain()).overall.value));
  });

  it('a second reviewer rates too: the first one’s answers show read-only and the means combine', async () => {
    await h.backend.handlers['library:setMyName']({ name: 'Ana Coach' });
    await page().reload();
    await view().waitFor();
    expect(await page().getByTestId('rubric-reviewer').textContent()).toContain('Ana Coach');
    expect(await checkedRating('goals-first')).toBe('n/a');
    expect(await criterion('business-impact').getByTestId('rubric-other').textContent()).toBe('Morgan Manager 2 of 5 — Stopped at the symptom, then pitched.');
    await rate('goals-first', '2');
    await rate('business-impact', '3');
    await criterion('goals-first').getByTestId('rubric-note').fill('Asked, but only once.');
    await page().getByTestId('rubric-save').click();
    await expect.poll(() => page().getByTestId('rubric-result').textContent()).toBe('Saved as Ana Coach.');
    await expect.poll(() => reviewsOnDisk().length).toBe(2);
    expect(await criterion('goals-first').getByTestId('rubric-mean').textContent()).toBe('Mean: 3 of 5 (2 ratings)');
    expect(await criterion('business-impact').getByTestId('rubric-mean').textContent()).toBe('Mean: 2.5 of 5 (2 ratings)');
    expect(await page().getByTestId('rubric-summary').textContent()).toContain('from 2 reviewers: Morgan Manager, Ana Coach');
  });

  it('after a reload everything is still there', async () => {
    const expected = await scorecardInMain();
    await page().reload();
    await view().waitFor();
    expect(await card().getByTestId('scorecard-card-chains').textContent()).toBe('1');
    expect(await card().getByTestId('scorecard-card-deepest').textContent()).toBe('3 · Personal stakes');
    expect(await card().getByTestId('scorecard-card-missed').textContent()).toBe('1 of 1 door');
    expect(await page().getByTestId('overall-value').textContent()).toBe(String(expected.overall.value));
    expect(await checkedRating('goals-first')).toBe('2');
    expect(await criterion('goals-first').getByTestId('rubric-note').inputValue()).toBe('Asked, but only once.');
    expect(await criterion('goals-first').getByTestId('rubric-other').textContent()).toBe('Morgan Manager 4 of 5');
    expect(await criterion('goals-first').getByTestId('rubric-mean').textContent()).toBe('Mean: 3 of 5 (2 ratings)');
    await page().screenshot({ path: join(RESULTS, 'scorecard.png'), fullPage: true });
  });

  it('exports the scorecard as CSV and PDF and says where they went', async () => {
    const csv = join(files.path, 'scorecard.csv');
    h.dialogs.savePaths.push(csv);
    await page().getByTestId('scorecard-export-csv').click();
    await expect.poll(() => page().getByTestId('scorecard-export-result').textContent()).toBe(`Saved to ${csv}`);
    expect(readFileSync(csv, 'utf8')).toContain('Pain chains');

    const pdf = join(files.path, 'scorecard.pdf');
    h.dialogs.savePaths.push(pdf);
    await page().getByTestId('scorecard-export-pdf').click();
    await expect.poll(() => page().getByTestId('scorecard-export-result').textContent(), { timeout: 30_000 }).toBe(`Saved to ${pdf}`);
    expect(existsSync(pdf)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain('jfk');
    expect(text).toContain(String((await scorecardInMain()).overall.value));

    h.dialogs.savePaths.push(null); // cancelled: nothing said to be saved
    await page().getByTestId('scorecard-export-md').click();
    await expect.poll(() => page().getByTestId('scorecard-export-result').count()).toBe(0);
    expect(await page().getByTestId('scorecard-export-error').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});
