import { PAIN_LEVEL_NAMES, type PainLevel } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import { clock, round, type Evidence } from '../scorecard/evidence';
import type { ScoreComponent } from '../scorecard/overall';
import type { RubricCriterion } from '../scorecard/rubric';
import type { Scorecard } from '../scorecard/scorecard';

/**
 * One call's scorecard as a report: every figure with its value, a display text, its unit and evidence,
 * in the order a coach reads them. Markdown, HTML and CSV are written from this one model, so the three
 * exports always say the same thing.
 */
export type ExportCall = {
  title: string;
  recordedAt: string;
  durationSec: number;
  speakers: readonly Speaker[];
  /** False when the call has no transcript yet: the conversation figures then say so instead of showing 0. */
  hasTranscript?: boolean;
};

export type ScorecardExportInput = {
  call: ExportCall;
  scorecard: Scorecard;
  criteria: readonly RubricCriterion[];
  /** IANA time zone the recording date is written in; UTC when not given. */
  timeZone?: string;
};

/** How a value is to be read; written as-is in the CSV's unit column. */
export type FigureUnit = 'count' | 'share' | 'seconds' | 'seconds from start' | 'level (0-3)' | 'per 10 min' | 'boolean' | 'rating (1-5)' | 'score (0-100)';

export type ReportFigure = {
  label: string;
  value: number | boolean | null;
  unit: FigureUnit;
  /** For people: "50% (1 of 2)", "1:11", "Yes"; "not available" when the value is null. */
  display: string;
  /** Why the value is missing (null), in words. */
  missing: string | null;
  evidence: Evidence[];
};

export type ReportSection = { id: 'depth' | 'follow-through' | 'pitch' | 'conversation'; title: string; notes: string[]; figures: ReportFigure[] };

export type ReportCriterion = {
  title: string;
  description: string;
  mean: number | null;
  count: number;
  notes: Array<{ reviewer: string; note: string }>;
};

export type ScorecardReport = {
  title: string;
  recordedAt: string;
  duration: string;
  people: Array<{ role: string; names: string[] }>;
  overall: { value: number | null; formula: string; components: ScoreComponent[] };
  sections: ReportSection[];
  rubric: { mean: number | null; reviewers: string[]; criteria: ReportCriterion[] };
};

export const NOT_AVAILABLE = 'not available';
export const NO_TRANSCRIPT_NOTE =
  'This call has no transcript yet: talk time, questions, patience and interruptions are read from the transcript. Transcribe the call or import its transcript to see them.';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const seconds = (x: number) => `${round(x, 1).toFixed(1)} s`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "0:31–0:40", or "1:11" for a point (or a span that rounds to one second). */
export function spanText(e: { start: number; end: number }): string {
  const [a, b] = [clock(e.start), clock(e.end)];
  return a === b ? a : `${a}–${b}`;
}

/** How many evidence moments a printed figure lists before "and N more" (the CSV lists them all). */
export const EVIDENCE_SHOWN = 6;

/** The evidence a reader sees: the first few moments as "0:31–0:40" plus label, and how many are left. */
export function shownEvidence(evidence: readonly Evidence[]): { items: Array<{ time: string; label: string }>; more: number } {
  return {
    items: evidence.slice(0, EVIDENCE_SHOWN).map((e) => ({ time: spanText(e), label: e.label })),
    more: Math.max(0, evidence.length - EVIDENCE_SHOWN),
  };
}

/** "Tuesday 24 November 2026, 10:00 UTC" in the given zone; the raw text if it is not a date. */
export function dateText(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** "10:00", or "1:02:03" past the hour. */
export function durationText(sec: number): string {
  if (!(sec > 0)) return 'unknown';
  const s = Math.round(sec);
  return s >= 3600 ? `${Math.floor(s / 3600)}:${clock(s % 3600).padStart(5, '0')}` : clock(s);
}

type FigureSpec<T extends number | boolean> = {
  label: string;
  unit: FigureUnit;
  value: T | null;
  evidence: Evidence[];
  show: (value: T) => string;
  /** Why the value can be null; only read when it is. */
  missing?: string;
};

function figure<T extends number | boolean>({ label, unit, value, evidence, show, missing = 'not computed' }: FigureSpec<T>): ReportFigure {
  return value === null
    ? { label, unit, value, evidence, display: NOT_AVAILABLE, missing }
    : { label, unit, value, evidence, display: show(value), missing: null };
}

const levelText = (level: number) => (level === 0 ? '0 of 3 (no pain tagged)' : `${level} of 3 (${PAIN_LEVEL_NAMES[level as PainLevel]})`);
const drilled = (d: { drilled: number; of: number }) => (v: number) => `${pct(v)} (${d.drilled} of ${d.of})`;

function depthSection(s: Scorecard): ReportSection {
  const d = s.depth;
  return {
    id: 'depth',
    title: 'Discovery depth',
    notes: [],
    figures: [
      figure({ label: 'Pain chains', unit: 'count', value: d.chains.value, evidence: d.chains.evidence, show: String }),
      figure({ label: 'Deepest level reached', unit: 'level (0-3)', value: d.deepest.value, evidence: d.deepest.evidence, show: levelText }),
      ...d.perChain.map((c) =>
        figure({ label: `Depth of chain “${c.topic.trim() || 'untitled'}”`, unit: 'level (0-3)', value: c.value, evidence: c.evidence, show: levelText }),
      ),
      figure({ label: 'Symptoms drilled deeper', unit: 'share', ...d.symptomsDrilled, show: drilled(d.symptomsDrilled), missing: 'no symptom tagged' }),
      figure({
        label: 'Business impacts drilled deeper',
        unit: 'share',
        ...d.impactsDrilled,
        show: drilled(d.impactsDrilled),
        missing: 'no business impact tagged',
      }),
      figure({ label: 'Time to personal stakes', unit: 'seconds from start', ...d.timeToPersonalPain, show: clock, missing: 'no personal stakes tagged' }),
    ],
  };
}

function followThroughSection(s: Scorecard): ReportSection {
  const f = s.followThrough;
  const followed = f.doors.value - f.missed.value;
  return {
    id: 'follow-through',
    title: 'Follow-through',
    notes: [],
    figures: [
      figure({ label: 'Doors opened by the prospect', unit: 'count', ...f.doors, show: String }),
      figure({ label: 'Missed follow-ups', unit: 'count', ...f.missed, show: String }),
      figure({
        label: 'Doors followed through',
        unit: 'share',
        ...f.followedShare,
        show: (v: number) => `${pct(v)} (${followed} of ${f.doors.value})`,
        missing: 'no door-opener or missed follow-up marked',
      }),
      figure({ label: 'Missed follow-ups per 10 min', unit: 'per 10 min', ...f.missedPer10Min, show: String, missing: "the call's length is unknown" }),
    ],
  };
}

function pitchSection(s: Scorecard): ReportSection {
  const p = s.pitch;
  return {
    id: 'pitch',
    title: 'Pitch timing',
    notes: [],
    figures: [
      figure({ label: 'First pitch', unit: 'seconds from start', ...p.firstPitchAt, show: clock, missing: 'no pitch marked' }),
      figure({ label: 'First personal stakes', unit: 'seconds from start', ...p.firstPersonalPainAt, show: clock, missing: 'no personal stakes tagged' }),
      figure({ label: 'Pitched before the pain', unit: 'boolean', ...p.pitchedBeforePain, show: (v: boolean) => (v ? 'Yes' : 'No') }),
    ],
  };
}

function conversationSection(s: Scorecard, hasTranscript: boolean): ReportSection {
  const c = s.conversation;
  const hasRep = c.talkTime.rep.value !== null;
  const bothSides = hasRep && c.talkTime.prospect.value !== null;
  const noRep = 'no speaker is marked rep';
  const noSides = hasRep ? 'no speaker is marked prospect' : 'needs a speaker marked rep and one marked prospect';
  const patience = (p: { count: number }) => (v: number) => `${seconds(v)} (median of ${plural(p.count, 'handover')})`;
  const figures = [
    figure({ label: 'Rep talk time', unit: 'seconds', ...c.talkTime.rep, show: clock, missing: noRep }),
    figure({ label: 'Prospect talk time', unit: 'seconds', ...c.talkTime.prospect, show: clock, missing: 'no speaker is marked prospect' }),
    figure({ label: 'Talk ratio (rep share)', unit: 'share', ...c.talkTime.ratio, show: pct, missing: bothSides ? 'no speech from rep or prospect' : noSides }),
    figure({ label: 'Longest rep monologue', unit: 'seconds', ...c.longestMonologue, show: clock, missing: noRep }),
    figure({ label: 'Open questions', unit: 'count', ...c.questions.open, show: String, missing: noRep }),
    figure({ label: 'Closed questions', unit: 'count', ...c.questions.closed, show: String, missing: noRep }),
    figure({ label: 'Open-question share', unit: 'share', ...c.questions.openShare, show: pct, missing: hasRep ? 'the rep asked no questions' : noRep }),
    figure({
      label: 'Patience (median pause before the rep speaks)',
      unit: 'seconds',
      ...c.patience,
      show: patience(c.patience),
      missing: bothSides ? 'the rep never answered the prospect' : noSides,
    }),
    figure({
      label: 'Patience after door-openers',
      unit: 'seconds',
      ...c.patienceAfterDoors,
      show: patience(c.patienceAfterDoors),
      missing: bothSides ? 'no rep answer right after a door' : noSides,
    }),
    figure({ label: 'Interruptions', unit: 'count', ...c.interruptions, show: String, missing: noSides }),
  ];
  if (!hasTranscript) {
    // Without turns every figure here would be a misleading 0 or null: say why instead.
    return {
      id: 'conversation',
      title: 'Conversation',
      notes: [NO_TRANSCRIPT_NOTE],
      figures: figures.map((f) => ({ ...f, value: null, display: NOT_AVAILABLE, missing: 'no transcript yet', evidence: [] })),
    };
  }
  return { id: 'conversation', title: 'Conversation', notes: [...c.notes], figures };
}

const ROLE_TITLES: Array<[Speaker['role'], string]> = [
  ['rep', 'Rep'],
  ['prospect', 'Prospect'],
  ['other', 'Other'],
  ['unknown', 'Not assigned'],
];

export function scorecardReport({ call, scorecard, criteria, timeZone }: ScorecardExportInput): ScorecardReport {
  const described = new Map(criteria.map((c) => [c.id, c.description]));
  return {
    title: call.title,
    recordedAt: dateText(call.recordedAt, timeZone),
    duration: durationText(call.durationSec),
    people: ROLE_TITLES.map(([role, title]) => ({ role: title, names: call.speakers.filter((s) => s.role === role).map((s) => s.name) })).filter(
      (p) => p.names.length > 0,
    ),
    overall: scorecard.overall,
    sections: [depthSection(scorecard), followThroughSection(scorecard), pitchSection(scorecard), conversationSection(scorecard, call.hasTranscript ?? true)],
    rubric: {
      mean: scorecard.rubric.mean,
      reviewers: scorecard.rubric.reviewers,
      criteria: scorecard.rubric.criteria.map((c) => ({
        title: c.title,
        description: described.get(c.criterionId) ?? '',
        mean: c.mean,
        count: c.count,
        notes: c.notes,
      })),
    },
  };
}

/** "4.5 of 5 (2 ratings)" or "not rated". */
export const ratingText = (mean: number | null, count: number) => (mean === null ? 'not rated' : `${mean} of 5 (${plural(count, 'rating')})`);
export const scoreText = (value: number | null) => (value === null ? 'no score' : `${value} / 100`);
/** "Mean rating 4.5 of 5 from 2 reviewers: Dana, Lee." */
export function rubricText(rubric: { mean: number | null; reviewers: readonly string[] }): string {
  if (rubric.mean === null)
    return rubric.reviewers.length ? `No ratings yet (reviewed by ${rubric.reviewers.join(', ')}).` : 'No manager has rated this call yet.';
  return `Mean rating ${rubric.mean} of 5 from ${plural(rubric.reviewers.length, 'reviewer')}: ${rubric.reviewers.join(', ')}.`;
}
