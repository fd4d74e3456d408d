import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/services/backend';
import { DEMO_CALL_ID, resetDemo } from '../../../../electron/services/library/demo';
import { openLibrary } from '../../../../electron/services/library/library';
import { callSpec, transcriptSpec } from '../../../../electron/services/library/schema';
import { decodeForTranscription } from '../../../../electron/services/transcription/decode';
import { chainTags } from '../../../../shared/domain/chains';
import { DEFAULT_CRITERIA } from '../../../../shared/scorecard/rubric';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { tempDir } from '../../../helpers/fixtures';
import { callWithVtt } from '../../../helpers/vttLibrary';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const DEMO_DIR = resolve(__dirname, '../../../../resources/demo');
const dir = tempDir('demo');
afterAll(() => dir.cleanup());

describe('the shipped demo call (resources/demo)', () => {
  const doc = callSpec.schema.parse(JSON.parse(readFileSync(join(DEMO_DIR, 'call.json'), 'utf8')));
  const { transcript } = transcriptSpec.schema.parse(JSON.parse(readFileSync(join(DEMO_DIR, 'transcript.json'), 'utf8')));
  const { call, annotations } = doc;

  it('is a 3–5 minute call in the library’s own formats, with its marks and a filled rubric', () => {
    expect(call.demo).toBe(true);
    expect(call.durationSec).toBeGreaterThan(180);
    expect(call.durationSec).toBeLessThan(300);
    expect(call.speakers.map((s) => s.role)).toEqual(['rep', 'prospect']);
    expect(new Set(transcript.turns.map((t) => t.speakerId))).toEqual(new Set(call.speakers.map((s) => s.id)));
    expect(transcript.turns.at(-1)!.end).toBeLessThanOrEqual(call.durationSec);

    const [chain] = annotations.chains;
    const levels = chainTags(annotations, chain!.id);
    expect(levels.map((t) => t.level)).toEqual([1, 2, 3]);
    expect(levels.map((t) => t.parentId)).toEqual([null, levels[0]!.id, levels[1]!.id]);
    const said = (span: { start: number; end: number }) =>
      transcript.turns
        .filter((t) => t.start < span.end && t.end > span.start)
        .map((t) => t.text)
        .join(' ');
    expect(said(levels[0]!.span)).toMatch(/waste a lot of time in meetings/);
    expect(said(levels[1]!.span)).toMatch(/less time to sell/);
    expect(said(levels[2]!.span)).toMatch(/it is my number/);

    expect(annotations.followUps).toHaveLength(1);
    expect(annotations.followUps[0]).toMatchObject({ reason: 'pivoted-to-pitch', shouldHaveAsked: expect.stringMatching(/^Tell me more/) });
    expect(said(annotations.followUps[0]!.span)).toMatch(/show you our forecasting dashboard/);
    expect(annotations.comments).toHaveLength(2);
    expect(annotations.reviews).toHaveLength(1);
    expect(annotations.reviews[0]!.answers.map((a) => a.criterionId)).toEqual(DEFAULT_CRITERIA.map((c) => c.id));
  });

  it('its audio decodes to the stated duration, in stereo: the rep on the left, the prospect on the right', async () => {
    const [track] = call.tracks;
    const file = join(DEMO_DIR, track!.file);
    expect(statSync(file).size).toBe(track!.sizeBytes);
    expect(statSync(file).size).toBeLessThan(3_000_000);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(track!.sha256);

    const decoded = await decodeForTranscription(file, join(dir.path, 'demo.wav'));
    expect(decoded.channels).toBe(2);
    expect(Math.abs(decoded.durationSec - call.durationSec)).toBeLessThan(0.1);
    const { energy, bucketsPerSecond } = decoded.envelope;
    const louder = (speakerId: string) => {
      let left = 0;
      let right = 0;
      for (const turn of transcript.turns.filter((t) => t.speakerId === speakerId)) {
        for (let b = Math.floor(turn.start * bucketsPerSecond); b < Math.floor(turn.end * bucketsPerSecond); b++) {
          left += energy[0]![b]!;
          right += energy[1]![b]!;
        }
      }
      return left > right * 100 ? 'left' : right > left * 100 ? 'right' : 'both';
    };
    expect(louder(call.speakers[0]!.id)).toBe('left');
    expect(louder(call.speakers[1]!.id)).toBe('right');
  });
});

describe('a new library gets the demo call', () => {
  const userDataDir = join(dir.path, 'user data');
  const open = () => createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY, demoDir: DEMO_DIR });
  const demoCalls = async (backend: Awaited<ReturnType<typeof open>>) => (await backend.handlers['calls:list']({})).filter((c) => c.demo);

  it('once: with its transcript and marks, and a deleted demo stays deleted until it is reset', async () => {
    let backend = await open();
    expect((await demoCalls(backend)).map((c) => c.id)).toEqual([DEMO_CALL_ID]);
    expect((await backend.handlers['calls:transcript']({ callId: DEMO_CALL_ID }))?.turns.length).toBeGreaterThan(20);
    expect((await backend.handlers['annotations:get']({ callId: DEMO_CALL_ID })).tags).toHaveLength(3);
    await backend.close();

    backend = await open(); // a restart does not add it again
    expect(await demoCalls(backend)).toHaveLength(1);
    await backend.handlers['calls:delete']({ callId: DEMO_CALL_ID });
    const folder = backend.libraryFolder();
    await backend.close();

    backend = await open(); // nor bring it back once deleted
    expect(await demoCalls(backend)).toHaveLength(0);
    await backend.close();

    const library = await openLibrary(folder);
    await resetDemo(library, DEMO_DIR);
    expect(library.list().filter((c) => c.demo)).toHaveLength(1);
    await library.retire();
  });

  it('a library that already has calls (a team’s shared folder) is not given the demo; Reset still adds it on request', async () => {
    const dialogs = new ScriptedDialogs();
    const teamDataDir = join(dir.path, 'team');
    let backend = await createBackend({ userDataDir: teamDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    await callWithVtt({ backend, dialogs, changes: [], userDataDir: teamDataDir }, dir.path);
    await backend.close();

    backend = await createBackend({ userDataDir: teamDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY, demoDir: DEMO_DIR });
    expect(await demoCalls(backend)).toHaveLength(0);
    expect(await backend.handlers['calls:list']({})).toHaveLength(1);
    await backend.handlers['library:resetDemo']({});
    expect(await demoCalls(backend)).toHaveLength(1);
    await backend.close();
  });

  it('Reset puts the shipped demo back over an edited one (Help → Reset the Demo Call…)', async () => {
    const backend = await open();
    const shipped = await backend.handlers['annotations:get']({ callId: DEMO_CALL_ID });
    await backend.handlers['annotations:apply']({ callId: DEMO_CALL_ID, command: { type: 'remove', collection: 'followUps', id: shipped.followUps[0]!.id } });
    await backend.handlers['calls:rename']({ callId: DEMO_CALL_ID, title: 'Edited' });
    expect((await backend.handlers['annotations:get']({ callId: DEMO_CALL_ID })).followUps).toHaveLength(0);

    expect(await backend.handlers['library:resetDemo']({})).toMatchObject({ id: DEMO_CALL_ID, demo: true });
    expect(await backend.handlers['annotations:get']({ callId: DEMO_CALL_ID })).toEqual(shipped);
    expect((await backend.handlers['calls:get']({ callId: DEMO_CALL_ID })).title).not.toBe('Edited');
    expect(await demoCalls(backend)).toHaveLength(1);
    await backend.close();
  });

  it('never counts in a real rep’s trend, even one of the same name', async () => {
    const dialogs = new ScriptedDialogs();
    const userDataDir = join(dir.path, 'trend');
    const backend = await createBackend({ userDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY, demoDir: DEMO_DIR });
    const demoRep = (await backend.handlers['calls:get']({ callId: DEMO_CALL_ID })).speakers.find((s) => s.role === 'rep')!;
    expect(await backend.handlers['reps:list']({})).toEqual([expect.objectContaining({ name: demoRep.name, callCount: 1, demo: true })]);
    expect((await backend.handlers['reps:trend']({ name: demoRep.name })).points.map((p) => p.callId)).toEqual([DEMO_CALL_ID]);

    const real = await callWithVtt({ backend, dialogs, changes: [], userDataDir }, dir.path);
    const dana = real.detail.speakers.find((s) => s.name === 'Dana')!;
    await backend.handlers['calls:updateSpeaker']({ callId: real.callId, speakerId: dana.id, name: demoRep.name, role: 'rep' });
    expect(await backend.handlers['reps:list']({})).toEqual([{ name: demoRep.name, callCount: 1, lastRecordedAt: expect.any(String) }]);
    expect((await backend.handlers['reps:trend']({ name: demoRep.name })).points.map((p) => p.callId)).toEqual([real.callId]);
    await backend.close();
  });
});
