import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tagCommand } from '../../shared/domain/chains';
import type { AnnotationCommand, PainLevel } from '../../shared/domain/annotations';
import { audio } from '../helpers/fixtures';
import { RESULTS, type Harness } from './harness';
import { harnessForFile } from './reviewCall';

let h: Harness;
/** The older call (A: shallow, a missed follow-up, the rep talks most) and the newer one (B: all three levels). */
let older = '';
let newer = '';
const REP = 'Dana Reyes';

const files = harnessForFile('reps', (started) => (h = started));
beforeAll(async () => {
  // CSP violations are also console errors (h.errors); this names them should one ever slip through.
  await h.page.evaluate(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
});

const cspViolations = () => h.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const handlers = () => h.backend.handlers;

function writeVtt(name: string, cues: Array<[string, string]>): string {
  const path = join(files.path, name);
  writeFileSync(path, ['WEBVTT', '', ...cues.flatMap(([time, text]) => [time, text, ''])].join('\n'));
  return path;
}

/** Rep speaks 9 of 11 s (82%). */
const pitchyCall = () =>
  writeVtt('pitchy.vtt', [
    ['00:00:00.000 --> 00:00:06.000', `<v ${REP}>Let me walk you through our platform and all of its features today.`],
    ['00:00:06.000 --> 00:00:08.000', '<v Sam Prospect>Onboarding is slow for us.'],
    ['00:00:08.000 --> 00:00:11.000', `<v ${REP}>Great, our onboarding module fixes that, want a demo?`],
  ]);

/** Rep speaks 3.5 of 11 s (32%). */
const discoveryCall = () =>
  writeVtt('discovery.vtt', [
    ['00:00:00.000 --> 00:00:02.000', `<v ${REP}>How is onboarding going?`],
    ['00:00:02.000 --> 00:00:05.000', '<v Sam Prospect>Slow, the team keeps redoing the setup.'],
    ['00:00:05.000 --> 00:00:06.500', `<v ${REP}>What does that cost you?`],
    ['00:00:06.500 --> 00:00:11.000', '<v Sam Prospect>Two renewals, and my bonus rides on renewals.'],
  ]);

const at = '2026-03-01T09:00:00.000Z';

/** Tags a pain the way the Review view does: through tagCommand, applied as one annotation command. */
async function tag(callId: string, id: string, level: PainLevel, start: number, end: number, parentId: string | null) {
  const current = await handlers()['annotations:get']({ callId });
  const command = tagCommand(current, { id, level, span: { start, end }, author: 'Morgan', createdAt: at }, parentId, 'Onboarding');
  await handlers()['annotations:apply']({ callId, command });
}

const apply = (callId: string, command: AnnotationCommand) => handlers()['annotations:apply']({ callId, command });

/** One call through the backend: import, transcript, title, date and roles (the rep is Dana on both). */
async function buildCall(recording: string, vtt: string, title: string, recordedAt: string): Promise<string> {
  const [outcome] = await handlers()['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`${recording} was not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(vtt);
  expect(await handlers()['transcripts:import']({ callId })).toEqual({ imported: true });
  await handlers()['calls:rename']({ callId, title });
  await handlers()['calls:setRecordedAt']({ callId, recordedAt });
  const { speakers } = await handlers()['calls:get']({ callId });
  for (const s of speakers) await handlers()['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name === REP ? 'rep' : 'prospect' });
  return callId;
}

const chart = (id: string) => h.page.locator(`[data-testid="trend-chart"][data-chart="${id}"]`);
const tableRow = (callId: string) => h.page.locator(`[data-testid="rep-call-row"][data-call-id="${callId}"]`);
const compareRow = (figure: string) => h.page.locator(`[data-testid="compare-row"][data-figure="${figure}"]`);
const hash = () => h.page.evaluate(() => window.location.hash);

async function openRep() {
  await h.page.evaluate(() => (window.location.hash = '#/'));
  await h.page.getByTestId('reps-link').click();
  await h.page.locator(`[data-testid="rep-link"][data-rep="${REP}"]`).click();
  await expect.poll(() => chart('depth').locator('[data-testid="trend-point"]').count()).toBe(2);
}

describe('Reps & trends and comparing two calls (real renderer, real backend)', () => {
  it('a fresh library has no reps yet: the view says how a rep becomes known and leads back to the library', async () => {
    await h.page.getByTestId('reps-link').click();
    const empty = h.page.getByTestId('reps-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Speakers panel');
    expect(await empty.textContent()).toContain('Rep');
    await h.page.getByTestId('reps-empty-library').click();
    await h.page.getByTestId('library-view').waitFor();
    expect(await hash()).toBe('#/');
  });

  it('builds two calls of one rep through the backend: transcripts, dates, roles and tags', async () => {
    older = await buildCall('jfk.wav', pitchyCall(), 'Acme discovery', '2026-03-02T10:00:00.000Z');
    newer = await buildCall('jfk.mp3', discoveryCall(), 'Globex discovery', '2026-03-16T15:00:00.000Z');
    expect(older).not.toBe(newer);

    // A: a symptom only, and the door it opened was missed for a pitch.
    await tag(older, 'a-s', 1, 6, 8, null);
    await apply(older, {
      type: 'put',
      collection: 'followUps',
      item: { id: 'a-f', span: { start: 6, end: 8 }, reason: 'pivoted-to-pitch', shouldHaveAsked: 'Slow how?', author: 'Morgan', createdAt: at },
    });
    await apply(older, { type: 'put', collection: 'moments', item: { id: 'a-p', kind: 'pitch', span: { start: 0, end: 6 }, author: 'Morgan', createdAt: at } });
    // B: symptom → business impact → personal stakes in one chain, the door followed through.
    await tag(newer, 'b-s', 1, 2, 5, null);
    await tag(newer, 'b-b', 2, 6.5, 8.5, 'b-s');
    await tag(newer, 'b-p', 3, 9, 11, 'b-b');
    await apply(newer, {
      type: 'put',
      collection: 'moments',
      item: { id: 'b-d', kind: 'door-opener', span: { start: 2, end: 5 }, author: 'Morgan', createdAt: at },
    });

    expect(await handlers()['reps:list']({})).toEqual([{ name: REP, callCount: 2, lastRecordedAt: '2026-03-16T15:00:00.000Z' }]);
    const { points, unreadable } = await handlers()['reps:trend']({ name: REP });
    expect(unreadable).toEqual([]);
    expect(points.map((p) => [p.callId, p.depthReached])).toEqual([
      [older, 1],
      [newer, 3],
    ]);
  });

  it('Library → Reps & trends → the rep: four charts with a point per call, and a table with the same figures', async () => {
    await openRep();
    expect(await h.page.getByTestId('rep-trend-title').textContent()).toBe(REP);
    expect(await h.page.getByTestId('trend-chart').count()).toBe(4);
    for (const id of ['depth', 'missed', 'talk', 'overall']) {
      expect(await chart(id).locator('svg.recharts-surface').count()).toBe(1);
      expect(await chart(id).locator('[data-testid="trend-point"]').count()).toBe(2);
    }
    // The talk chart shades the ideal band (up to 45%).
    expect(await chart('talk').locator('.recharts-reference-area').count()).toBe(1);
    // Points are in date order, oldest left.
    const xs = await chart('depth')
      .locator('[data-testid="trend-point"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-call-id'), Number(e.getAttribute('cx'))]));
    expect(xs.map(([id]) => id)).toEqual([older, newer]);
    expect(Number(xs[0]![1])).toBeLessThan(Number(xs[1]![1]));

    const { points } = await handlers()['reps:trend']({ name: REP });
    expect(await h.page.getByTestId('rep-call-row').count()).toBe(2);
    for (const p of points) {
      const row = tableRow(p.callId);
      expect(await row.getByTestId('rep-call-title').textContent()).toBe(p.title);
      expect(await row.getByTestId('rep-call-depth').textContent()).toBe(`${p.depthReached} of 3`);
      expect(await row.getByTestId('rep-call-missed').textContent()).toBe(String(Math.round(p.missedPer10Min! * 10) / 10));
      expect(await row.getByTestId('rep-call-talk').textContent()).toBe(`${Math.round(p.talkRatio! * 100)}%`);
      expect(await row.getByTestId('rep-call-overall').textContent()).toBe(`${p.overallScore} / 100`);
    }
    expect(await tableRow(older).getByTestId('rep-call-talk').textContent()).toBe('82%');
    expect(await tableRow(newer).getByTestId('rep-call-talk').textContent()).toBe('32%');
    expect(await tableRow(newer).getByTestId('rep-call-missed').textContent()).toBe('0');

    // Hovering a point names the call.
    await chart('overall').locator(`[data-testid="trend-point"][data-call-id="${newer}"]`).hover();
    await expect.poll(() => chart('overall').getByTestId('trend-tooltip').textContent()).toContain('Globex discovery');
    await h.page.screenshot({ path: join(RESULTS, 'reps-trends.png'), fullPage: true });
  });

  it('clicking a point opens that call’s scorecard; so does clicking a table row', async () => {
    await chart('depth').locator(`[data-testid="trend-point"][data-call-id="${newer}"]`).click();
    await expect.poll(hash).toBe(`#/calls/${newer}/scorecard`);
    await h.page.getByTestId('review-view').waitFor();

    await openRep();
    await tableRow(older).getByTestId('rep-call-depth').click();
    await expect.poll(hash).toBe(`#/calls/${older}/scorecard`);
    await h.page.getByTestId('review-view').waitFor();
  });

  it('ticking two of the rep’s calls compares them side by side: figures, deltas, scores and formulas', async () => {
    await openRep();
    expect(await h.page.getByTestId('compare-picked').isDisabled()).toBe(true);
    // Ticked newest first: the older call is still A.
    await tableRow(newer).getByTestId('compare-pick').check();
    await tableRow(older).getByTestId('compare-pick').check();
    await h.page.getByTestId('compare-picked').click();
    await expect.poll(hash).toBe(`#/compare/${older}/${newer}`);

    await h.page.getByTestId('comparison-table').waitFor();
    expect(await h.page.getByTestId('compare-card-a').getByTestId('compare-call-link').textContent()).toBe('Acme discovery');
    expect(await h.page.getByTestId('compare-card-b').getByTestId('compare-call-link').textContent()).toBe('Globex discovery');
    const { points } = await handlers()['reps:trend']({ name: REP });
    for (const [side, p] of [
      ['a', points[0]!],
      ['b', points[1]!],
    ] as const) {
      const card = h.page.getByTestId(`compare-card-${side}`);
      expect(await card.getByTestId('compare-overall').textContent()).toContain(String(p.overallScore));
      expect(await card.getByTestId('compare-formula').textContent()).toContain(`${p.overallScore} = (`);
    }

    const depth = compareRow('depth');
    expect(await depth.getByTestId('compare-value-a').locator('.compare-figure').textContent()).toBe('1 of 3');
    expect(await depth.getByTestId('compare-value-b').locator('.compare-figure').textContent()).toBe('3 of 3');
    expect(await depth.getByTestId('compare-delta').textContent()).toContain('+2 levels');
    expect(await depth.getAttribute('data-verdict')).toBe('better');
    expect(await compareRow('talk-ratio').getAttribute('data-verdict')).toBe('better');
    expect(await compareRow('talk-ratio').getByTestId('compare-delta').textContent()).toContain('−50 pts');
    expect(await compareRow('pitched-early').getByTestId('compare-value-a').locator('.compare-figure').textContent()).toBe('Yes');
    expect(await compareRow('pitched-early').getAttribute('data-verdict')).toBe('better');
    expect(await compareRow('overall').getAttribute('data-verdict')).toBe('better');
    expect(await compareRow('rubric').getByTestId('compare-delta').textContent()).toContain('no comparison');

    // Evidence times open that call's review at that moment.
    const evidence = depth.getByTestId('compare-value-b').getByTestId('evidence-link').first();
    expect(await evidence.textContent()).toBe('0:09');
    expect(await evidence.getAttribute('href')).toMatch(new RegExp(`^#/calls/${newer}\\?at=9\\.\\d\\d$`));
    expect(await depth.getByTestId('compare-value-a').getByTestId('evidence-link').first().getAttribute('href')).toMatch(new RegExp(`^#/calls/${older}\\?at=`));
    expect(await h.page.getByTestId('compare-reps-link').getAttribute('href')).toBe(`#/reps/${encodeURIComponent(REP)}`);
    await h.page.screenshot({ path: join(RESULTS, 'compare.png'), fullPage: true });

    const at = Number((await evidence.getAttribute('href'))!.split('?at=')[1]);
    await evidence.click();
    await h.page.getByTestId('review-view').waitFor();
    await expect.poll(() => h.page.getByTestId('review-audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeCloseTo(at, 1);
    await h.page.goBack();
    await h.page.getByTestId('compare-view').waitFor();
  });

  it('the library can compare too: tick two calls, Compare', async () => {
    await h.page.getByTestId('compare-back').click();
    await h.page.getByTestId('library-view').waitFor();
    expect(await h.page.getByTestId('compare-picker').count()).toBe(0); // shown once a call is ticked
    const libraryRow = (id: string) => h.page.locator(`[data-testid="call-row"][data-call-id="${id}"]`);
    await libraryRow(older).getByTestId('compare-pick').check();
    expect(await h.page.getByTestId('compare-picker').textContent()).toContain('tick one more');
    await libraryRow(newer).getByTestId('compare-pick').check();
    await h.page.getByTestId('compare-picked').click();
    await expect.poll(hash).toBe(`#/compare/${older}/${newer}`);
    await h.page.getByTestId('comparison-table').waitFor();
  });

  it('exports all of the rep’s scorecards as one CSV, a row per call', async () => {
    await openRep();
    const target = join(files.path, 'dana.csv');
    h.dialogs.savePaths.push(target);
    await h.page.getByTestId('export-rep-csv').click();
    await expect.poll(() => h.page.getByTestId('export-rep-result').textContent()).toContain('dana.csv');
    expect(existsSync(target)).toBe(true);
    const lines = readFileSync(target, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('call id');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(older);
    expect(lines[2]).toContain(newer);
  });

  it('a link to a name that is no rep says so and keeps the list of reps', async () => {
    await h.page.evaluate(() => (window.location.hash = '#/reps/Nobody'));
    await expect
      .poll(() =>
        h.page
          .getByTestId('rep-unknown')
          .textContent()
          .catch(() => ''),
      )
      .toContain('“Nobody”');
    expect(await h.page.getByTestId('rep-link').count()).toBe(1);
  });

  it('logged no CSP violation and no console error', async () => {
    expect(await cspViolations()).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
