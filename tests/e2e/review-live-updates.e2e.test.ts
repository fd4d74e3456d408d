import { describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import type { Harness } from './harness';
import { harnessForFile, openCallWithTranscript, selectTurn, transcriptOnDisk, turnRow, writeVttFile } from './reviewCall';

/**
 * Library changes while a call is open (issue 10): a change to another call must not reload this
 * call's transcript, and an edit whose round trip a change overlaps shows as saved, as main saved it.
 */
let h: Harness;
let callId = '';
let otherId = '';
const files = harnessForFile('review live updates', (started) => {
  h = started;
  h.page.setDefaultTimeout(10_000);
});

const count = (method: string) => h.invoked.filter((m) => m === method).length;
const textOf = (id: string) => turnRow(h, id).getByTestId('turn-text').textContent();
const editor = () => h.page.getByTestId('turn-editor-text');
const saveState = () => h.page.getByTestId('save-state').textContent();

/** Renames the other call through the backend, as another window would; waits until the page has seen the change. */
async function renameOther(title: string) {
  const seen = count('library:info'); // the app refetches its library info on every change
  await h.backend.handlers['calls:rename']({ callId: otherId, title });
  await expect.poll(() => count('library:info')).toBeGreaterThan(seen);
  await h.page.waitForTimeout(300); // and whatever else it reloads, time to land
}

describe('Library changes while a call is open (real renderer, real backend)', () => {
  it('a change to another call does not fetch this call again', async () => {
    callId = await openCallWithTranscript(
      h,
      writeVttFile(files.path, 'call.vtt', [
        ['00:00:00.000 --> 00:00:05.000', '<v Dana Rep>How is onboarding going these days?'],
        ['00:00:05.000 --> 00:00:11.000', '<v Sam Prospect>Clients weighted too long.'],
      ]),
    );
    const [imported] = await h.backend.handlers['calls:import']({ paths: [audio('jfk.mp3')] });
    if (imported?.kind !== 'imported') throw new Error('the second call was not imported');
    otherId = imported.call.id;
    await h.page.waitForTimeout(300);

    const before = { transcript: count('calls:transcript'), call: count('calls:get') };
    await renameOther('Another call');
    await renameOther('Another call, renamed again');
    const after = { transcript: count('calls:transcript'), call: count('calls:get') };
    console.log(`transcript fetches for two renames of another call: ${after.transcript - before.transcript}; call fetches: ${after.call - before.call}`);
    expect(after.transcript - before.transcript).toBe(0);
    expect(after.call - before.call).toBe(0);
  });

  it('a change to this call refetches only its call document, not its transcript', async () => {
    const before = { transcript: count('calls:transcript'), call: count('calls:get') };
    const seen = count('library:info');
    await h.backend.handlers['calls:rename']({ callId, title: 'Onboarding call' });
    await expect.poll(() => h.page.getByTestId('review-title').textContent()).toBe('Onboarding call');
    await expect.poll(() => count('library:info')).toBeGreaterThan(seen);
    await h.page.waitForTimeout(300);
    expect(count('calls:get') - before.call).toBe(1);
    expect(count('calls:transcript') - before.transcript).toBe(0);
  });

  it('an edit whose round trip a library change overlaps shows as saved', async () => {
    const fetches = count('calls:transcript');
    // The change lands after main saved the edit and before the page has its answer.
    h.setAround(async (method, input, run) => {
      const answer = await run();
      if (method === 'transcript:edit') await renameOther('Renamed during an edit');
      return answer;
    });
    try {
      await selectTurn(h, 't2');
      await h.page.keyboard.press('e');
      await editor().fill('Clients waited too long.');
      await h.page.keyboard.press('Enter');
      await expect.poll(saveState).toBe('Saved');
    } finally {
      h.setAround(null);
    }
    expect(await textOf('t2')).toBe('Clients waited too long.');
    expect(transcriptOnDisk(h, callId).turns.map((t) => t.text)).toEqual(['How is onboarding going these days?', 'Clients waited too long.']);
    expect(count('calls:transcript')).toBe(fetches);

    // The history still holds the edit.
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => textOf('t2')).toBe('Clients weighted too long.');
    await expect.poll(saveState).toBe('Saved');
    expect(transcriptOnDisk(h, callId).turns[1]!.text).toBe('Clients weighted too long.');
  });

  it('an edit whose round trip a reload of this transcript overlaps shows as saved, as main saved it', async () => {
    const fetches = count('calls:transcript');
    // Main says this call's transcript changed after saving the edit: the page reloads it (with the
    // edit in it) before the edit's answer arrives.
    h.setAround(async (method, input, run) => {
      const answer = await run();
      if (method === 'transcript:edit') {
        await h.page.evaluate((id) => {
          const w = window as unknown as { __callReviewEvent(event: string, payload: unknown): void };
          w.__callReviewEvent('library:changed', { reason: 'test', calls: [id], parts: ['transcript'] });
        }, callId);
        await expect.poll(() => count('calls:transcript')).toBe(fetches + 1);
        await h.page.waitForTimeout(300);
      }
      return answer;
    });
    try {
      await selectTurn(h, 't1');
      await h.page.keyboard.press('e');
      await editor().fill('How is onboarding going for you these days?');
      await h.page.keyboard.press('Enter');
      await expect.poll(saveState).toBe('Saved');
    } finally {
      h.setAround(null);
    }
    expect(await textOf('t1')).toBe('How is onboarding going for you these days?');
    expect(await h.page.getByTestId('turn').count()).toBe(2);
    expect(transcriptOnDisk(h, callId).turns[0]!.text).toBe('How is onboarding going for you these days?');
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => textOf('t1')).toBe('How is onboarding going these days?');
    await expect.poll(saveState).toBe('Saved');
  });

  it('importing a transcript over this call shows the new one', async () => {
    const fetches = count('calls:transcript');
    h.dialogs.transcripts.push(writeVttFile(files.path, 'again.vtt', [['00:00:00.000 --> 00:00:11.000', '<v Dana Rep>One turn now.']]));
    await h.backend.handlers['transcripts:import']({ callId });
    await expect.poll(() => textOf('t1')).toBe('One turn now.');
    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(1);
    expect(count('calls:transcript')).toBeGreaterThan(fetches);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
