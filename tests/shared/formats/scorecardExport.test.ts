import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../shared/scorecard/scorecard';
import { DEFAULT_CRITERIA, type RubricReview } from '../../../shared/scorecard/rubric';
import { mdText, repScorecardsCsv, scorecardCsv, scorecardHtml, scorecardMarkdown, type ScorecardExportInput } from '../../../shared/formats/scorecardExport';
import { escapeHtml } from '../../../shared/formats/scorecardHtml';
import { dateText, durationText, scorecardReport, spanText } from '../../../shared/formats/scorecardReport';
import { csvRecords, parseCsv } from '../../helpers/csv';
import { annotations, followUp, moment, speakers, tag, turn } from '../scorecard/fixtures';

const TITLE = 'Acme <script>alert("x")</script> & Co';
const TOPIC = 'Forecast <misses> & "churn"';
const criteria = DEFAULT_CRITERIA.slice(0, 2);

/**
 * A 3-minute call: the prospect names a symptom and its business impact; the rep asks one open and one
 * closed question, cuts the prospect off mid-sentence at 0:50 and pitches at 0:51 (a missed follow-up).
 * Two managers reviewed it.
 */
function smallCall() {
  const turns = [
    turn('t1', 'p', 0, 15, 'Our forecasts keep slipping.'),
    turn('t2', 'r', 16, 24, 'How does that affect the team?'),
    turn('t3', 'p', 25, 50, 'We lose a deal or two every quarter and'),
    turn('t4', 'r', 50.1, 80, 'Let me show you our dashboard. Does Tuesday work?'),
  ];
  const a = annotations({
    chains: [{ id: 'c1', topic: TOPIC }],
    tags: [tag('s1', 1, 0, 'c1', null, 15), tag('b1', 2, 25, 'c1', 's1', 50)],
    moments: [moment('m1', 'pitch', 51, 60)],
    followUps: [followUp('f1', 50, 55, 'What does a lost deal cost you?')],
  });
  const reviews: RubricReview[] = [
    { reviewer: 'Dana', updatedAt: '2026-11-24T10:00:00.000Z', answers: [{ criterionId: 'goals-first', rating: 4, note: 'Strong opener' }] },
    {
      reviewer: 'Lee',
      updatedAt: '2026-11-24T11:00:00.000Z',
      answers: [
        { criterionId: 'goals-first', rating: 2, note: 'Rushed <the> pitch & *skipped* impact' },
        { criterionId: 'business-impact', rating: 3, note: '' },
      ],
    },
  ];
  const scorecard = computeScorecard({ turns, speakers: speakers(), annotations: a, duration: 180, reviews, criteria });
  const input: ScorecardExportInput = {
    call: { title: TITLE, recordedAt: '2026-11-24T09:30:00.000Z', durationSec: 180, speakers: speakers() },
    scorecard,
    criteria,
  };
  return input;
}

const MARKDOWN = String.raw`# Acme \<script\>alert("x")\</script\> & Co

- Recorded: Tuesday 24 November 2026, 09:30 UTC
- Duration: 3:00
- Rep: Rita Rep
- Prospect: Pat Prospect

## Overall score: 43 / 100

43 = (30 × 67 discovery depth + 25 × 0 follow-through + 15 × 0 pitch timing + 15 × 89 talk ratio + 15 × 50 open questions + 25 × 50 manager rubric) ÷ 125. Discovery depth 67: 1 pain chain, mean depth 2 of 3, ÷ 3 × 100. Follow-through 0: 0 of 1 door followed through. Pitch timing 0: first pitch at 0:51, first personal pain none: 0 if a pitch came first, else 100. Talk ratio 89: rep spoke 49%: 100 up to 45%, falling to 0 at 80%. Open questions 50: 1 of 2 rep questions open. Manager rubric 50: mean rating 3 of 5, (mean − 1) ÷ 4 × 100.

| Component | Weight | Score | How it is scored |
| --- | ---: | ---: | --- |
| Discovery depth | 30 | 67 | 1 pain chain, mean depth 2 of 3, ÷ 3 × 100 |
| Follow-through | 25 | 0 | 0 of 1 door followed through |
| Pitch timing | 15 | 0 | first pitch at 0:51, first personal pain none: 0 if a pitch came first, else 100 |
| Talk ratio | 15 | 89 | rep spoke 49%: 100 up to 45%, falling to 0 at 80% |
| Open questions | 15 | 50 | 1 of 2 rep questions open |
| Manager rubric | 25 | 50 | mean rating 3 of 5, (mean − 1) ÷ 4 × 100 |

## Discovery depth

- **Pain chains:** 1. Evidence: 0:00–0:15 Forecast \<misses\> & "churn": Symptom; 0:25–0:50 Forecast \<misses\> & "churn": Business impact
- **Deepest level reached:** 2 of 3 (Business impact). Evidence: 0:25–0:50 Forecast \<misses\> & "churn": Business impact
- **Depth of chain “Forecast \<misses\> & "churn"”:** 2 of 3 (Business impact). Evidence: 0:00–0:15 Forecast \<misses\> & "churn": Symptom; 0:25–0:50 Forecast \<misses\> & "churn": Business impact
- **Symptoms drilled deeper:** 100% (1 of 1). Evidence: 0:00–0:15 Symptom, drilled deeper
- **Business impacts drilled deeper:** 0% (0 of 1). Evidence: 0:25–0:50 Business impact, not drilled
- **Time to personal stakes:** not available (no personal stakes tagged)

## Follow-through

- **Doors opened by the prospect:** 1. Evidence: 0:50–0:55 Missed follow-up (pivoted to the pitch): "What does a lost deal cost you?"
- **Missed follow-ups:** 1. Evidence: 0:50–0:55 Missed follow-up (pivoted to the pitch): "What does a lost deal cost you?"
- **Doors followed through:** 0% (0 of 1). Evidence: 0:50–0:55 Missed follow-up (pivoted to the pitch): "What does a lost deal cost you?"
- **Missed follow-ups per 10 min:** 3.33. Evidence: 0:50–0:55 Missed follow-up (pivoted to the pitch): "What does a lost deal cost you?"

## Pitch timing

- **First pitch:** 0:51. Evidence: 0:51–1:00 First pitch
- **First personal stakes:** not available (no personal stakes tagged)
- **Pitched before the pain:** Yes. Evidence: 0:51–1:00 First pitch

## Conversation

- **Rep talk time:** 0:38. Evidence: 0:16–0:24 Rep speaking; 0:50–1:20 Rep speaking
- **Prospect talk time:** 0:40. Evidence: 0:00–0:15 Prospect speaking; 0:25–0:50 Prospect speaking
- **Talk ratio (rep share):** 49%. Evidence: 0:16–0:24 Rep speaking; 0:50–1:20 Rep speaking
- **Longest rep monologue:** 0:30. Evidence: 0:50–1:20 Longest rep monologue (0:30)
- **Open questions:** 1. Evidence: 0:16–0:24 How does that affect the team?
- **Closed questions:** 1. Evidence: 1:10–1:20 Does Tuesday work?
- **Open-question share:** 50%. Evidence: 0:16–0:24 How does that affect the team?; 1:10–1:20 Does Tuesday work?
- **Patience (median pause before the rep speaks):** 0.6 s (median of 2 handovers). Evidence: 0:15–0:16 Rep paused 1 s; 0:50 Rep paused 0.1 s
- **Patience after door-openers:** 0.1 s (median of 1 handover). Evidence: 0:50 Rep paused 0.1 s
- **Interruptions:** 1. Evidence: 0:45–1:20 Rep cut the prospect off mid-sentence

## Manager rubric

Mean rating 3 of 5 from 2 reviewers: Dana, Lee.

- **Asked about goals first:** 3 of 5 (2 ratings)
  - Dana: Strong opener
  - Lee: Rushed \<the\> pitch & \*skipped\* impact
- **Explored business impact:** 3 of 5 (1 rating)
`;

const CSV = `section,figure,value,unit,evidence
Overall,Overall score,43,score (0-100),
Overall,Discovery depth score (weight 30),67,score (0-100),0:00–0:15; 0:25–0:50
Overall,Follow-through score (weight 25),0,score (0-100),0:50–0:55
Overall,Pitch timing score (weight 15),0,score (0-100),0:51–1:00
Overall,Talk ratio score (weight 15),89,score (0-100),0:16–0:24; 0:50–1:20
Overall,Open questions score (weight 15),50,score (0-100),0:16–0:24; 1:10–1:20
Overall,Manager rubric score (weight 25),50,score (0-100),
Discovery depth,Pain chains,1,count,0:00–0:15; 0:25–0:50
Discovery depth,Deepest level reached,2,level (0-3),0:25–0:50
Discovery depth,"Depth of chain “Forecast <misses> & ""churn""”",2,level (0-3),0:00–0:15; 0:25–0:50
Discovery depth,Symptoms drilled deeper,1,share,0:00–0:15
Discovery depth,Business impacts drilled deeper,0,share,0:25–0:50
Discovery depth,Time to personal stakes,,seconds from start,
Follow-through,Doors opened by the prospect,1,count,0:50–0:55
Follow-through,Missed follow-ups,1,count,0:50–0:55
Follow-through,Doors followed through,0,share,0:50–0:55
Follow-through,Missed follow-ups per 10 min,3.33,per 10 min,0:50–0:55
Pitch timing,First pitch,51,seconds from start,0:51–1:00
Pitch timing,First personal stakes,,seconds from start,
Pitch timing,Pitched before the pain,true,boolean,0:51–1:00
Conversation,Rep talk time,37.9,seconds,0:16–0:24; 0:50–1:20
Conversation,Prospect talk time,40,seconds,0:00–0:15; 0:25–0:50
Conversation,Talk ratio (rep share),0.487,share,0:16–0:24; 0:50–1:20
Conversation,Longest rep monologue,29.9,seconds,0:50–1:20
Conversation,Open questions,1,count,0:16–0:24
Conversation,Closed questions,1,count,1:10–1:20
Conversation,Open-question share,0.5,share,0:16–0:24; 1:10–1:20
Conversation,Patience (median pause before the rep speaks),0.55,seconds,0:15–0:16; 0:50
Conversation,Patience after door-openers,0.1,seconds,0:50
Conversation,Interruptions,1,count,0:45–1:20
Manager rubric,Rubric mean,3,rating (1-5),
Manager rubric,Reviewers,2,count,
Manager rubric,Asked about goals first,3,rating (1-5),
Manager rubric,Explored business impact,3,rating (1-5),
`;

describe('scorecard export: Markdown', () => {
  it('writes the title, date, duration, people, the overall score with its formula, every figure with evidence times, and the rubric', () => {
    expect(scorecardMarkdown(smallCall())).toBe(MARKDOWN);
  });

  it('a call without a transcript still exports: annotation figures as usual, conversation figures say why they are missing', () => {
    const input = smallCall();
    const md = scorecardMarkdown({ ...input, call: { ...input.call, hasTranscript: false } });
    const conversation = md.slice(md.indexOf('## Conversation'), md.indexOf('## Manager rubric'));
    expect(conversation).toBe(
      [
        '## Conversation',
        '',
        '> This call has no transcript yet: talk time, questions, patience and interruptions are read from the transcript. Transcribe the call or import its transcript to see them.',
        '',
        ...[
          'Rep talk time',
          'Prospect talk time',
          'Talk ratio (rep share)',
          'Longest rep monologue',
          'Open questions',
          'Closed questions',
          'Open-question share',
          'Patience (median pause before the rep speaks)',
          'Patience after door-openers',
          'Interruptions',
        ].map((f) => `- **${f}:** not available (no transcript yet)`),
        '',
        '',
      ].join('\n'),
    );
    expect(md).toContain('- **Pain chains:** 1. Evidence: 0:00–0:15');
  });

  it('an empty call: no score, every missing figure with its reason, nobody rated it', () => {
    const scorecard = computeScorecard({ turns: [], speakers: [], annotations: annotations({}), duration: 0 });
    const md = scorecardMarkdown({
      call: { title: 'Voicemail', recordedAt: '2026-01-05T08:00:00.000Z', durationSec: 0, speakers: [] },
      scorecard,
      criteria: [],
    });
    expect(md).toContain('## Overall score: no score\n\nNo score: nothing could be scored yet.');
    expect(md).toContain('- Duration: unknown\n');
    expect(md).toContain('- **Deepest level reached:** 0 of 3 (no pain tagged)\n');
    expect(md).toContain("- **Missed follow-ups per 10 min:** not available (the call's length is unknown)\n");
    expect(md).toContain('- **Talk ratio (rep share):** not available (needs a speaker marked rep and one marked prospect)\n');
    expect(md).toContain('> No speaker is marked as the rep: rep figures are not computed.\n');
    expect(md).toContain('## Manager rubric\n\nNo manager has rated this call yet.\n\n- **Asked about goals first:** not rated\n');
    expect(md.endsWith('- **Secured a next step with the people who decide:** not rated\n')).toBe(true);
  });

  it('escapes user text so it cannot become markup, and folds line breaks', () => {
    expect(mdText('a*b_c [x](y) <i> | `q` ~s~ \\ &amp; & ok\nnext')).toBe('a\\*b\\_c \\[x\\](y) \\<i\\> \\| \\`q\\` \\~s\\~ \\\\ \\&amp; & ok next');
  });

  it('lists at most six evidence moments per figure, then says how many more', () => {
    const turns = Array.from({ length: 8 }, (_, i) => turn(`t${i}`, i % 2 ? 'r' : 'p', i * 10, i * 10 + 9, i % 2 ? 'Right.' : 'Yes.'));
    const scorecard = computeScorecard({ turns, speakers: speakers(), annotations: annotations({}), duration: 80 });
    const md = scorecardMarkdown({
      call: { title: 'Busy', recordedAt: '2026-01-05T08:00:00.000Z', durationSec: 80, speakers: speakers() },
      scorecard,
      criteria: [],
    });
    expect(md).toContain(
      '- **Rep talk time:** 0:36. Evidence: 0:10–0:19 Rep speaking; 0:30–0:39 Rep speaking; 0:50–0:59 Rep speaking; 1:10–1:19 Rep speaking\n',
    );
    expect(md).toMatch(
      /- \*\*Patience \(median pause before the rep speaks\):\*\* 1\.0 s \(median of 4 handovers\)\. Evidence: (0:\d9–[01]:\d0 Rep paused 1 s; ){3}1:09–1:10 Rep paused 1 s\n/,
    );
    const many = computeScorecard({
      turns: [],
      speakers: speakers(),
      annotations: annotations({ followUps: Array.from({ length: 9 }, (_, i) => followUp(`f${i}`, i * 20, i * 20 + 5, '')) }),
      duration: 200,
    });
    const md2 = scorecardMarkdown({
      call: { title: 'Misses', recordedAt: '2026-01-05T08:00:00.000Z', durationSec: 200, speakers: speakers() },
      scorecard: many,
      criteria: [],
    });
    expect(md2).toContain('- **Missed follow-ups:** 9. Evidence: 0:00–0:05 Missed follow-up (pivoted to the pitch); 0:20–0:25');
    expect(md2).toContain('; 1:40–1:45 Missed follow-up (pivoted to the pitch); and 3 more\n');
  });
});

describe('scorecard export: CSV', () => {
  it('one row per figure with machine-readable values (numbers, true/false, empty for missing) and evidence times', () => {
    expect(scorecardCsv(smallCall())).toBe(CSV);
  });

  it('parses back: every figure of the Markdown is a row, shares as fractions', () => {
    const rows = csvRecords(scorecardCsv(smallCall()));
    expect(rows).toHaveLength(34);
    expect(rows.find((r) => r.figure === 'Talk ratio (rep share)')).toEqual({
      section: 'Conversation',
      figure: 'Talk ratio (rep share)',
      value: '0.487',
      unit: 'share',
      evidence: '0:16–0:24; 0:50–1:20',
    });
    expect(rows.find((r) => r.figure === `Depth of chain “${TOPIC}”`)?.value).toBe('2');
  });

  it('a cell a spreadsheet would run as a formula is written as text', () => {
    const input = smallCall();
    const scorecard = {
      ...input.scorecard,
      depth: { ...input.scorecard.depth, perChain: [{ ...input.scorecard.depth.perChain[0]!, topic: '=HYPERLINK("http://x")' }] },
    };
    const row = parseCsv(scorecardCsv({ ...input, scorecard })).find((r) => r[1]!.startsWith('Depth of chain'));
    expect(row?.[1]).toBe('Depth of chain “=HYPERLINK("http://x")”'); // not at the start of the cell: harmless
    const rep = parseCsv(repScorecardsCsv([{ callId: 'c', title: '=1+1', recordedAt: '2026-01-05T08:00:00.000Z', scorecard }]));
    expect(rep[1]![1]).toBe("'=1+1");
  });
});

describe('scorecard export: HTML', () => {
  const html = scorecardHtml(smallCall());

  it('is one standalone printable document: its own styles, A4 print CSS, no script, link, form or external file', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('print-color-adjust: exact');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<a\s|<button|<input|<form|<link|<img|\son\w+=|src=|href=/i);
  });

  it('escapes every piece of user text: title, chain topics, notes, evidence labels', () => {
    expect(html).toContain('<title>Scorecard: Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</title>');
    expect(html).toContain('<h1>Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</h1>');
    expect(html).toContain('<th scope="row">Depth of chain “Forecast &lt;misses&gt; &amp; &quot;churn&quot;”</th>');
    expect(html).toContain('<li><strong>Lee:</strong> Rushed &lt;the&gt; pitch &amp; *skipped* impact</li>');
    expect(html).toContain('<li><span class="time">0:50–0:55</span>Missed follow-up (pivoted to the pitch): &quot;What does a lost deal cost you?&quot;</li>');
    expect(html).not.toContain(TITLE);
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('says what the Markdown says: score, formula, components, every figure and rubric line', () => {
    const input = smallCall();
    const report = scorecardReport(input);
    expect(html).toContain('<div class="score"><span class="value">43</span><span class="of">out of 100</span></div>');
    expect(html).toContain(`<p class="formula">${escapeHtml(input.scorecard.overall.formula)}</p>`);
    expect(html).toContain(
      '<tr><th scope="row">Talk ratio</th><td class="num">15</td><td class="num">89</td><td>rep spoke 49%: 100 up to 45%, falling to 0 at 80%</td></tr>',
    );
    expect(html).toContain(
      '<dl class="meta"><div><dt>Recorded</dt><dd>Tuesday 24 November 2026, 09:30 UTC</dd></div><div><dt>Duration</dt><dd>3:00</dd></div><div><dt>Rep</dt><dd>Rita Rep</dd></div><div><dt>Prospect</dt><dd>Pat Prospect</dd></div></dl>',
    );
    for (const s of report.sections) {
      expect(html).toContain(`<h2>${s.title}</h2>`);
      for (const f of s.figures)
        expect(html).toContain(
          `<tr><th scope="row">${escapeHtml(f.label)}</th><td class="value">${f.missing ? `<span class="missing">not available<span class="reason">${f.missing}</span></span>` : escapeHtml(f.display)}</td>`,
        );
    }
    expect(html).toContain('<td class="value">3 of 5 (2 ratings)</td>');
    expect(html).toContain(
      '<span class="criterion-description">Opened by asking what the prospect is trying to achieve before talking about problems or the product.</span>',
    );
    expect(html).toContain('<p class="rubric-mean">Mean rating 3 of 5 from 2 reviewers: Dana, Lee.</p>');
  });

  it('a call without a transcript shows why the conversation figures are missing', () => {
    const input = smallCall();
    const noTranscript = scorecardHtml({ ...input, call: { ...input.call, hasTranscript: false } });
    expect(noTranscript).toContain(
      '<p class="note">This call has no transcript yet: talk time, questions, patience and interruptions are read from the transcript.',
    );
    expect(noTranscript).toContain(
      '<tr><th scope="row">Interruptions</th><td class="value"><span class="missing">not available<span class="reason">no transcript yet</span></span></td><td><span class="none">—</span></td></tr>',
    );
  });
});

describe('rep CSV', () => {
  it('one row per call with the main figures; a call without transcript leaves its conversation columns empty', () => {
    const first = smallCall().scorecard;
    const second = computeScorecard({
      turns: [],
      speakers: speakers(),
      annotations: annotations({
        tags: [tag('s', 1, 10, 'c', null), tag('b', 2, 20, 'c', 's'), tag('p', 3, 30, 'c', 'b')],
        chains: [{ id: 'c', topic: 'Hiring' }],
      }),
      duration: 1200,
    });
    const csv = repScorecardsCsv([
      { callId: 'call-0001', title: 'Acme, first call', recordedAt: '2026-11-24T09:30:00.000Z', scorecard: first },
      { callId: 'call-0002', title: 'Globex', recordedAt: '2026-12-01T14:00:00.000Z', scorecard: second, hasTranscript: false },
    ]);
    expect(csv).toBe(
      [
        'call id,title,recorded at,duration (s),depth reached (0-3),pain chains,symptoms drilled (share),missed follow-ups,missed follow-ups per 10 min,pitched before pain,talk ratio (rep share),longest monologue (s),open-question share,patience (median s),interruptions,rubric mean (1-5),overall score (0-100)',
        'call-0001,"Acme, first call",2026-11-24T09:30:00.000Z,180,2,1,1,1,3.33,true,0.487,29.9,0.5,0.55,1,3,43',
        'call-0002,Globex,2026-12-01T14:00:00.000Z,1200,3,1,1,0,0,false,,,,,,,100',
        '',
      ].join('\n'),
    );
  });

  it('no calls: just the header', () => {
    expect(parseCsv(repScorecardsCsv([]))).toHaveLength(1);
  });
});

describe('report helpers', () => {
  it('dates in the given time zone, durations past the hour, evidence spans and points', () => {
    expect(dateText('2026-11-24T09:30:00.000Z', 'Europe/Berlin')).toBe('Tuesday 24 November 2026, 10:30 CET');
    expect(dateText('not a date')).toBe('not a date');
    expect([durationText(59.6), durationText(3723), durationText(0)]).toEqual(['1:00', '1:02:03', 'unknown']);
    expect([spanText({ start: 50, end: 50.1 }), spanText({ start: 61, end: 125 })]).toEqual(['0:50', '1:01–2:05']);
  });
});
