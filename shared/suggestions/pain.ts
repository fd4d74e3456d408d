import type { PainLevel } from '../domain/annotations';
import { BUSINESS_IMPACT, BUSINESS_METRICS, NEGATED_PROBLEMS, NEGATIVE_TREND, PERSONAL_STAKES, SYMPTOMS } from './lexicon';
import { painCues } from './cues';
import { compile, findAll, type Match, type ReadTurn, type Sentence } from './text';

const STAKES = compile(PERSONAL_STAKES);
const IMPACT = compile(BUSINESS_IMPACT);
const METRICS = compile(BUSINESS_METRICS);
const TREND = compile(NEGATIVE_TREND);
const SYMPTOM = compile(SYMPTOMS);
const NEGATED = compile(NEGATED_PROBLEMS);

export type PainFinding = { level: PainLevel; evidence: Match[] };

const overlaps = (a: Match, b: Match) => a.from < b.to && b.from < a.to;

/**
 * The deepest pain a prospect's turn states: personal stakes (3) over business impact (2) over a
 * symptom (1). Evidence is the matched words of that level only, so the reason quotes what decided it.
 */
export function detectPain(read: ReadTurn): PainFinding | null {
  // Pain is stated, not asked: "why do you say paper is costing us?" doubts the rep, and a question
  // about price or setup mentions cost or time without anything being wrong.
  const keep = (s: Sentence) => !s.question;
  const negated = findAll(read, NEGATED);
  const find = (re: RegExp) => findAll(read, re, keep).filter((m) => !negated.some((n) => overlaps(m, n)));

  // The phrase lists are the precise signal; the concept cues (cues.ts) catch wording they don't list.
  const cues = painCues(read);
  const unnegated = (ms: Match[]) => ms.filter((m) => !negated.some((n) => overlaps(m, n)));
  const stakes = find(STAKES);
  if (stakes.length > 0) return { level: 3, evidence: stakes };
  const cueStakes = unnegated(cues.stakes);
  if (cueStakes.length > 0) return { level: 3, evidence: cueStakes };

  const symptoms = find(SYMPTOM);
  if (symptoms.length === 0) symptoms.push(...unnegated(cues.symptom));
  const impact = find(IMPACT);
  if (impact.length === 0) impact.push(...unnegated(cues.impact));
  // Revenue, dollars or hours are only impact when the turn also says something is going wrong.
  const badNews = symptoms.length > 0 || impact.length > 0 || find(TREND).length > 0;
  const metrics = badNews ? find(METRICS) : [];
  const level2 = [...impact, ...metrics].sort((a, b) => a.from - b.from);
  if (level2.length > 0) return { level: 2, evidence: dedupe(level2) };

  if (symptoms.length > 0) return { level: 1, evidence: symptoms };
  return null;
}

/** Overlapping matches from two lexicons ("$40k" and "40k") quote once. */
function dedupe(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) if (!out.some((o) => overlaps(o, m))) out.push(m);
  return out;
}
