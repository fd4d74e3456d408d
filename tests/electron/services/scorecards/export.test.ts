import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/contract';
import { createDispatch } from '../../../../shared/dispatch';
import { reviewId, type AnnotationCommand } from '../../../../shared/domain/annotations';
import { NO_TRANSCRIPT_NOTE } from '../../../../shared/formats/scorecardReport';
import { saveError } from '../../../../electron/services/atomicWrite';
import { createBackend } from '../../../../electron/services/backend';
import { csvRecords } from '../../../helpers/csv';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { mountTmpfs } from '../../../helpers/mounts';
import { chromiumPrintPdf, pdfPageSizes, pdfText } from '../../../helpers/pdf';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('scorecard export');
afterAll(() => dir.cleanup());
let users = 0;

const TITLE = 'Acme <script> & Co discovery';
const at = '2026-11-24T10:00:00.000Z';
const vtt = (rep: string) => `WEBVTT

00:00:00.300 --> 00:00:04.000
<v Sam Prospect>Our forecasts keep slipping and my job is on the line.</v>

00:00:04.200 --> 00:00:07.900
<v ${rep}>What does a slipped forecast cost you?</v>

00:00:08.000 --> 00:00:10.800
<v Sam Prospect>About two deals a quarter.</v>
`;

async function setup(options: { pdf?: boolean } = {}) {
  const dialogs = new ScriptedDialogs();
  const backend = await createBackend({
    userDataDir: join(dir.path, `user-${++users}`),
    dialogs,
    emit: () => {},
    whisperBinary: WHISPER_BINARY,
    printPdf: options.pdf === false ? undefined : chromiumPrintPdf,
  });
  const h = backend.handlers;
  await h['library:setMyName']({ name: 'Dana Rep' }); // speakers called that are the rep
  const out = join(dir.path, `exports-${users}`);
  mkdirSync(out);
  return { h, dialogs, out, dispatch: createDispatch(h, () => {}) };
}

async function importCall(h: Handlers, file: string): Promise<string> {
  const [outcome] = await h['calls:import']({ paths: [audio(file)] });
  if (outcome?.kind !== 'imported') throw new Error(`import of ${file} failed`);
  return outcome.call.id;
}

async function withTranscript(h: Handlers, dialogs: ScriptedDialogs, callId: string, rep = 'Dana Rep'): Promise<void> {
  const file = join(dir.path, `transcript-${callId}.vtt`);
  writeFileSync(file, vtt(rep));
  dialogs.transcripts.push(file);
  expect(await h['transcripts:import']({ callId })).toEqual({ imported: true });
}

/** A symptom drilled to its business impact, a door followed, a door missed, and one manager's review. */
const MARKS: AnnotationCommand = {
  type: 'batch',
  commands: [
    { type: 'put', collection: 'chains', item: { id: 'c1', topic: 'Forecast <slips> & churn' } },
    {
      type: 'put',
      collection: 'tags',
      item: { id: 's1', level: 1, span: { start: 0.3, end: 4 }, chainId: 'c1', parentId: null, author: 'Lee', createdAt: at },
    },
    {
      type: 'put',
      collection: 'tags',
      item: { id: 'b1', level: 2, span: { start: 8, end: 10.8 }, chainId: 'c1', parentId: 's1', author: 'Lee', createdAt: at },
    },
    { type: 'put', collection: 'moments', item: { id: 'd1', kind: 'door-opener', span: { start: 0.3, end: 4 }, author: 'Lee', createdAt: at } },
    {
      type: 'put',
      collection: 'followUps',
      item: {
        id: 'f1',
        span: { start: 8, end: 10.8 },
        reason: 'accepted-at-face-value',
        shouldHaveAsked: 'Which deals, and what did they cost?',
        author: 'Lee',
        createdAt: at,
      },
    },
    {
      type: 'put',
      collection: 'reviews',
      item: {
        id: reviewId('Lee'),
        reviewer: 'Lee',
        updatedAt: at,
        answers: [{ criterionId: 'goals-first', rating: 4, note: 'Asked about the goal <first> & well' }],
      },
    },
  ],
};

async function reviewedCall(h: Handlers, dialogs: ScriptedDialogs, file = 'jfk.wav'): Promise<string> {
  const callId = await importCall(h, file);
  await withTranscript(h, dialogs, callId);
  await h['calls:rename']({ callId, title: TITLE });
  await h['annotations:apply']({ callId, command: MARKS });
  return callId;
}

describe("exporting a call's scorecard", () => {
  it('saves Markdown, CSV, HTML and PDF where the user chose, with the same figures in each', async () => {
    const { h, dialogs, out } = await setup();
    const callId = await reviewedCall(h, dialogs);

    for (const format of ['csv', 'md', 'html', 'pdf'] as const) dialogs.savePaths.push(join(out, `scorecard.${format}`));
    for (const format of ['csv', 'md', 'html', 'pdf'] as const) {
      expect(await h['scorecards:export']({ callId, format })).toEqual({ saved: true, path: join(out, `scorecard.${format}`) });
    }
    expect(readdirSync(out).sort()).toEqual(['scorecard.csv', 'scorecard.html', 'scorecard.md', 'scorecard.pdf']); // no temporary files left
    expect(dialogs.saveRequests).toEqual([
      { defaultName: `${TITLE} – scorecard.csv`, extension: 'csv', title: 'Export the scorecard', filterName: 'CSV spreadsheet' },
      { defaultName: `${TITLE} – scorecard.md`, extension: 'md', title: 'Export the scorecard', filterName: 'Markdown' },
      { defaultName: `${TITLE} – scorecard.html`, extension: 'html', title: 'Export the scorecard', filterName: 'Web page (HTML)' },
      { defaultName: `${TITLE} – scorecard.pdf`, extension: 'pdf', title: 'Export the scorecard', filterName: 'PDF document' },
    ]);

    // CSV: parses, one row per figure, plain numbers.
    const rows = csvRecords(readFileSync(join(out, 'scorecard.csv'), 'utf8'));
    const value = (figure: string) => rows.find((r) => r.figure === figure)?.value;
    const overall = Number(value('Overall score'));
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThanOrEqual(100);
    expect([
      value('Pain chains'),
      value('Deepest level reached'),
      value('Symptoms drilled deeper'),
      value('Doors opened by the prospect'),
      value('Missed follow-ups'),
    ]).toEqual(['1', '2', '1', '2', '1']);
    expect([
      value('Doors followed through'),
      value('Open questions'),
      value('Closed questions'),
      value('Rubric mean'),
      value('Asked about goals first'),
    ]).toEqual(['0.5', '1', '0', '4', '4']);
    expect(Number(value('Rep talk time'))).toBeCloseTo(3.7, 3);
    expect(Number(value('Prospect talk time'))).toBeCloseTo(6.5, 3);
    expect(Number(value('Talk ratio (rep share)'))).toBeCloseTo(0.363, 3);
    expect(rows.find((r) => r.figure === 'Missed follow-ups')).toMatchObject({ section: 'Follow-through', unit: 'count', evidence: '0:08–0:11' });
    expect(rows.find((r) => r.figure === 'Depth of chain “Forecast <slips> & churn”')?.value).toBe('2');

    // Markdown: the same score and figures, user text escaped.
    const md = readFileSync(join(out, 'scorecard.md'), 'utf8');
    expect(md.startsWith('# Acme \\<script\\> & Co discovery\n')).toBe(true);
    expect(md).toContain(`## Overall score: ${overall} / 100\n`);
    expect(md).toContain(
      '- **Missed follow-ups:** 1. Evidence: 0:08–0:11 Missed follow-up (accepted it at face value): "Which deals, and what did they cost?"\n',
    );
    expect(md).toContain('  - Lee: Asked about the goal \\<first\\> & well\n');
    expect(md).toContain('- Rep: Dana Rep\n- Prospect: Sam Prospect\n');

    // HTML: standalone, escaped.
    const html = readFileSync(join(out, 'scorecard.html'), 'utf8');
    expect(html).toContain('<h1>Acme &lt;script&gt; &amp; Co discovery</h1>');
    expect(html).not.toContain('<script');
    expect(html).toContain(`<span class="value">${overall}</span>`);

    // PDF: a real A4 PDF whose text says the same.
    const pdf = join(out, 'scorecard.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfPageSizes(pdf)).toContainEqual({ width: 210, height: 297 }); // A4
    const text = await pdfText(pdf);
    expect(text).toContain(TITLE);
    expect(text).toContain(`Overall score: ${overall} / 100`);
    expect(text).toMatch(/Pain chains\s+1/);
    expect(text).toMatch(/Missed follow-ups\s+1/);
    expect(text).toMatch(/Talk ratio \(rep share\)\s+36%/);
    expect(text).toContain('Asked about the goal <first> & well');
  });

  it('replaces an existing file the user chose to overwrite, whole', async () => {
    const { h, dialogs, out } = await setup();
    const callId = await reviewedCall(h, dialogs);
    const target = join(out, 'old.md');
    writeFileSync(target, 'x'.repeat(100_000));
    dialogs.savePaths.push(target);
    await h['scorecards:export']({ callId, format: 'md' });
    expect(readFileSync(target, 'utf8')).toMatch(/^# Acme [\s\S]*\n$/);
    expect(readdirSync(out)).toEqual(['old.md']);
  });

  it('cancelling the dialog saves nothing', async () => {
    const { h, dialogs, out } = await setup();
    const callId = await reviewedCall(h, dialogs);
    dialogs.savePaths.push(null);
    expect(await h['scorecards:export']({ callId, format: 'pdf' })).toEqual({ saved: false, path: null });
    expect(readdirSync(out)).toEqual([]);
    expect(dialogs.saveRequests).toHaveLength(1);
  });

  it('a call without a transcript still exports: its marks are scored, the conversation figures say why they are missing', async () => {
    const { h, dialogs, out } = await setup();
    const callId = await importCall(h, 'jfk.wav');
    await h['annotations:apply']({ callId, command: MARKS });
    dialogs.savePaths.push(join(out, 'no transcript.md'), join(out, 'no transcript.csv'));
    await h['scorecards:export']({ callId, format: 'md' });
    await h['scorecards:export']({ callId, format: 'csv' });
    const md = readFileSync(join(out, 'no transcript.md'), 'utf8');
    expect(md).toContain(`> ${NO_TRANSCRIPT_NOTE}\n`);
    expect(md).toContain('- **Talk ratio (rep share):** not available (no transcript yet)\n');
    expect(md).toContain('- **Pain chains:** 1. Evidence:');
    const rows = csvRecords(readFileSync(join(out, 'no transcript.csv'), 'utf8'));
    expect(rows.find((r) => r.figure === 'Rep talk time')).toMatchObject({ value: '', evidence: '' });
    expect(rows.find((r) => r.figure === 'Missed follow-ups')?.value).toBe('1');
  });

  it('an unknown call, a format not offered, or no PDF printer: refused before any dialog opens', async () => {
    const { h, dialogs, dispatch } = await setup({ pdf: false });
    const callId = await reviewedCall(h, dialogs);
    expect(await dispatch('scorecards:export', { callId, format: 'docx' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('scorecards:export', { callId: '0f4e21c8-6811-4f72-959a-2c25b9584e57', format: 'md' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await expect(h['scorecards:export']({ callId, format: 'pdf' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/PDF is not available/),
    });
    expect(dialogs.saveRequests).toEqual([]);
  });

  it('a printer failure is reported and nothing is written', async () => {
    const dialogs = new ScriptedDialogs();
    const backend = await createBackend({
      userDataDir: join(dir.path, `user-${++users}`),
      dialogs,
      emit: () => {},
      whisperBinary: WHISPER_BINARY,
      printPdf: async () => {
        throw new Error('renderer crashed');
      },
    });
    const callId = await reviewedCall(backend.handlers, dialogs);
    const out = join(dir.path, `exports-${users}`);
    mkdirSync(out);
    dialogs.savePaths.push(join(out, 'broken.pdf'));
    await expect(backend.handlers['scorecards:export']({ callId, format: 'pdf' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: "Couldn't make the PDF: renderer crashed",
    });
    expect(readdirSync(out)).toEqual([]);
  });

  it('a read-only folder: READ_ONLY naming the folder, nothing written', async () => {
    const { h, dialogs } = await setup();
    const callId = await reviewedCall(h, dialogs);
    const disk = mountTmpfs(1024);
    if (!disk) return;
    try {
      disk.makeReadOnly();
      dialogs.savePaths.push(join(disk.path, 'scorecard.html'));
      await expect(h['scorecards:export']({ callId, format: 'html' })).rejects.toMatchObject({
        code: 'READ_ONLY',
        message: `Couldn't save “scorecard.html”: the folder is on a read-only disk (${disk.path}). Choose another folder.`,
      });
      expect(readdirSync(disk.path)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it('a full disk: DISK_FULL, and the half-written temporary file is removed', async () => {
    const { h, dialogs } = await setup();
    const callId = await reviewedCall(h, dialogs);
    const disk = mountTmpfs(16); // the PDF is several times larger
    if (!disk) return;
    try {
      dialogs.savePaths.push(join(disk.path, 'scorecard.pdf'));
      await expect(h['scorecards:export']({ callId, format: 'pdf' })).rejects.toMatchObject({
        code: 'DISK_FULL',
        message: expect.stringMatching(/^Couldn't save “scorecard\.pdf”: the disk is full/),
      });
      expect(readdirSync(disk.path)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it('names the cause of each file-system failure in words about the chosen folder', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(saveError(err('EACCES'), '/home/me/Reports/a.pdf')).toMatchObject({
      code: 'READ_ONLY',
      message: "Couldn't save “a.pdf”: you don't have permission to write in this folder (/home/me/Reports). Choose another folder.",
    });
    expect(saveError(err('EPERM'), '/r/a.pdf').code).toBe('READ_ONLY');
    expect(saveError(err('EDQUOT'), '/r/a.pdf').code).toBe('DISK_FULL');
    expect(saveError(err('ENOENT'), '/gone/a.pdf')).toMatchObject({
      code: 'FILE_MISSING',
      message: "Couldn't save “a.pdf”: the folder no longer exists (/gone).",
    });
    expect(saveError(err('EISDIR'), '/r/a.pdf').code).toBe('INVALID_INPUT');
    expect(saveError(err('EIO'), '/r/a.pdf').code).toBe('INTERNAL');
  });
});

describe("exporting a rep's scorecards", () => {
  it('one CSV row per call of the rep (name trimmed, any case), oldest first; other reps’ calls left out', async () => {
    const { h, dialogs, out } = await setup();
    const later = await reviewedCall(h, dialogs, 'jfk.wav');
    const earlier = await importCall(h, 'sales-followup-azure.wav');
    await withTranscript(h, dialogs, earlier);
    await h['calls:rename']({ callId: earlier, title: 'Globex, first call' });
    await h['calls:setRecordedAt']({ callId: later, recordedAt: '2026-11-20T15:00:00.000Z' });
    await h['calls:setRecordedAt']({ callId: earlier, recordedAt: '2026-11-10T09:00:00.000Z' });
    const other = await importCall(h, 'jfk.mp3');
    await withTranscript(h, dialogs, other, 'Alex Other');
    const alex = (await h['calls:get']({ callId: other })).speakers.find((s) => s.name === 'Alex Other')!;
    await h['calls:setRep']({ callId: other, speakerId: alex.id, rememberAs: null });

    dialogs.savePaths.push(join(out, 'dana.csv'));
    expect(await h['reps:exportCsv']({ repName: '  dana REP ' })).toEqual({ saved: true, path: join(out, 'dana.csv') });
    expect(dialogs.saveRequests.at(-1)).toEqual({
      defaultName: 'dana REP – scorecards.csv',
      extension: 'csv',
      title: 'Export dana REP’s scorecards',
      filterName: 'CSV spreadsheet',
    });

    const rows = csvRecords(readFileSync(join(out, 'dana.csv'), 'utf8'));
    expect(rows.map((r) => [r['call id'], r.title, r['recorded at']])).toEqual([
      [earlier, 'Globex, first call', '2026-11-10T09:00:00.000Z'],
      [later, TITLE, '2026-11-20T15:00:00.000Z'],
    ]);
    const [first, second] = rows as [Record<string, string>, Record<string, string>];
    // The earlier call has a transcript and no marks; the later one is the reviewed call.
    expect([first['depth reached (0-3)'], first['pain chains'], first['missed follow-ups'], first['rubric mean (1-5)'], first['pitched before pain']]).toEqual([
      '0',
      '0',
      '0',
      '',
      'false',
    ]);
    expect(Number(first['talk ratio (rep share)'])).toBeCloseTo(0.363, 3);
    expect([
      second['depth reached (0-3)'],
      second['pain chains'],
      second['symptoms drilled (share)'],
      second['missed follow-ups'],
      second['open-question share'],
      second['interruptions'],
      second['rubric mean (1-5)'],
    ]).toEqual(['2', '1', '1', '1', '1', '0', '4']);
    expect(Number(second['missed follow-ups per 10 min'])).toBeGreaterThan(50); // one miss in an 11-second call
    expect(Number(second['longest monologue (s)'])).toBeCloseTo(3.7, 3);
    expect(Number(second['overall score (0-100)'])).toBeGreaterThan(0);
    expect(Number(second['duration (s)'])).toBeCloseTo(11, 0);
  });

  it('a name no call has as its rep is refused before the dialog; cancelling saves nothing', async () => {
    const { h, dialogs, out } = await setup();
    await reviewedCall(h, dialogs);
    await expect(h['reps:exportCsv']({ repName: 'Sam Prospect' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No call in this library has a rep named “Sam Prospect”.',
    });
    expect(dialogs.saveRequests).toEqual([]);
    dialogs.savePaths.push(null);
    expect(await h['reps:exportCsv']({ repName: 'Dana Rep' })).toEqual({ saved: false, path: null });
    expect(existsSync(out) && readdirSync(out)).toEqual([]);
  });
});
