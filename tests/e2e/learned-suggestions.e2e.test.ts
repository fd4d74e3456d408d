import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../helpers/textModel';
import type { Harness } from './harness';
import { harnessForFile, turnRow, writeVttFile, type Cue } from './reviewCall';

let h: Harness;
const files = harnessForFile('learned suggestions', (started) => (h = started));

/** The model retrains (~12 s of a core) a moment after the last verdict (debounced), on a machine shared with others. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 250 });
const chip = (turnId: string, kind: string) => turnRow(h, turnId).locator(`[data-testid="suggestion-chip"][data-kind="${kind}"]`);
const kinds = (turnId: string) =>
  turnRow(h, turnId)
    .getByTestId('suggestion-chip')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));

const cues = (lines: [string, string][]): Cue[] =>
  lines.map(([who, text], i) => {
    const at = (s: number) => `00:00:${s.toFixed(3).padStart(6, '0')}`;
    return [`${at(i * 1.5)} --> ${at(i * 1.5 + 1.4)}`, `<v ${who}>${text}`];
  });

/**
 * Call A: mild "could be smoother" remarks the rules read as nothing; the shipped model reads the first as
 * a pain and each as a door. Call B: one more, a pain by the shipped model's reading alone (p ≈ 0.67,
 * threshold 0.57), which the reviewer's dismissal in A pushes below.
 */
const CALL_A = cues([
  ['Dana', 'How are things going with the team these days?'],
  ['Sam', 'I guess the billing side could be smoother.'],
  ['Dana', 'And how are things on the reporting front?'],
  ['Sam', 'Honestly, I guess the reporting could be smoother too.'],
  ['Dana', 'How are things going with your support team?'],
  ['Sam', 'I guess the support side could be a bit smoother.'],
  ['Dana', 'Got it. Let me show you our dashboard.'],
]);
const CALL_B = cues([
  ['Dana', 'How are things going with the team these days?'],
  ['Sam', 'I guess the reporting side could be smoother.'],
  ['Dana', 'Great. Let me show you our dashboard.'],
]);

/** A call with its transcript, Dana the rep and Sam the prospect (set up in the backend: the review is what is tested). */
async function callWith(recording: string, lines: Cue[], name: string): Promise<string> {
  const handlers = h.backend.handlers;
  const [outcome] = await handlers['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(writeVttFile(files.path, name, lines));
  await handlers['transcripts:import']({ callId });
  for (const s of (await handlers['calls:get']({ callId })).speakers) {
    await handlers['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name === 'Dana' ? 'rep' : 'prospect' });
  }
  return callId;
}

async function open(callId: string) {
  await h.page.goto(`${h.url}#/calls/${callId}`);
  await h.page.getByTestId('turn').first().waitFor();
}

describe.runIf(TEXT_MODEL_PRESENT)('learned suggestions learn from the reviewer (real renderer, real backend, the fixtures’ text model)', () => {
  let a = '';
  let b = '';

  it('without the text model, Review shows the rules’ suggestions only', async () => {
    a = await callWith('jfk.wav', CALL_A, 'a.vtt');
    b = await callWith('jfk.mp3', CALL_B, 'b.vtt');
    await open(b);
    await poll(() => kinds('t3')).toEqual(['pitch']);
    expect(await kinds('t2')).toEqual([]);
  });

  it('with the text model, the second call’s remark is suggested as a door and a pain', async () => {
    h.dialogs.folders.push(dirname(TEXT_MODEL.model));
    await h.backend.handlers['meaning:chooseFolder']({});
    await h.backend.meaningSettled();
    await poll(() => kinds('t2')).toEqual(['door-opener', 'pain']);
    expect(await chip('t2', 'pain').getAttribute('title')).toMatch(/^Reads like /);
  });

  it('accepting and dismissing in the first call changes the second call’s suggestions', async () => {
    await open(a);
    await poll(() => kinds('t2')).toEqual(['door-opener', 'pain']);
    await chip('t2', 'pain').getByTestId('suggestion-dismiss').click();
    await poll(() => kinds('t2')).toEqual(['door-opener']);
    await chip('t4', 'door-opener').getByTestId('suggestion-accept').click();
    await poll(() => kinds('t4')).toEqual([]);
    await poll(async () => (await h.backend.handlers['suggestions:learning']({})).examples).toBe(2);
    await h.backend.learningSettled();

    await open(b);
    await poll(() => kinds('t2')).toEqual(['door-opener']);
  }, 180_000);

  it('Settings counts the examples; Reset brings the shipped model back', async () => {
    await h.page.goto(`${h.url}#/settings`);
    await poll(() => h.page.getByTestId('learned-count').textContent()).toBe('2');
    await h.page.getByTestId('learned-reset').click();
    await poll(() => h.page.getByTestId('learned-count').textContent()).toBe('0');
    await open(b);
    await poll(() => kinds('t2')).toEqual(['door-opener', 'pain']);
  }, 180_000);

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
