import { describe, expect, it } from 'vitest';
import { detectPain } from '../../../shared/suggestions/pain';
import { read } from './build';

const level = (text: string) => detectPain(read(text))?.level ?? null;

describe('pain levels', () => {
  it('finds symptoms', () => {
    expect(level('Reps waste time on meetings.')).toBe(1);
    expect(level('Tickets get lost and customers wait for days.')).toBe(1);
    expect(level("It's all spreadsheets and nobody trusts the numbers.")).toBe(1);
  });

  it('finds business impact: money, time, revenue, churn, headcount', () => {
    expect(level("That's less time to sell.")).toBe(2);
    expect(level('We lost three deals to competitors last quarter.')).toBe(2);
    expect(level('Churn doubled since the price change.')).toBe(2);
    expect(level("We can't hire fast enough for peak season.")).toBe(2);
  });

  it('counts neutral measures only with bad news in the same turn', () => {
    expect(level('Our revenue grew forty percent and headcount is 200.')).toBeNull();
    expect(level('Revenue is down and we are losing money on every order.')).toBe(2);
    expect(level('Each picker spends two hours a day just walking, the layout is a mess.')).toBe(2);
  });

  it('finds personal stakes and prefers the deepest level', () => {
    expect(level("We'll miss the revenue number.")).toBe(3);
    expect(level("I'm worried about my quota.")).toBe(3);
    expect(level('Our pipeline is thin, and if it stays this way my job is at risk.')).toBe(3);
    expect(detectPain(read('Tickets get lost. It lands on me.'))?.evidence.map((m) => m.text)).toEqual(['lands on me']);
  });

  it('does not read literal or negated words as pain', () => {
    expect(level('I need to call my boss at my job first.')).toBeNull();
    expect(level('No problem at all, that works.')).toBeNull();
    expect(level("That's not an issue for us.")).toBeNull();
    expect(level("Monday's fine.")).toBeNull();
  });

  it('does not read questions as stated pain', () => {
    expect(level('Why do you say paper is costing us?')).toBeNull();
    expect(level('What does the onboarding cost per seat?')).toBeNull();
  });
});
