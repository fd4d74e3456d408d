import { describe, expect, it } from 'vitest';
import { detectDoorOpener } from '../../../shared/suggestions/doorOpener';
import { detectPain } from '../../../shared/suggestions/pain';
import { read } from './build';

const door = (text: string) => {
  const r = read(text);
  return detectDoorOpener(r, detectPain(r));
};
const cue = (text: string) => door(text)?.cue ?? null;

describe('door-openers', () => {
  it.each(['Tell me more.', 'Hm. What do you mean by that?', 'How so?', 'Why do you say that?', 'Eight percent? Tell me more.'])('invitation: %s', (text) => {
    expect(cue(text)).toBe('invitation');
  });

  it.each([
    'Seventy percent? Where does that number come from?',
    "Six hours a week. What's that based on?",
    'Ten percent. According to what?',
    'Says who?',
    'How did you come up with that figure?',
    "Where'd that figure come from?",
  ])('asking what a claim rests on is an invitation: %s', (text) => {
    expect(cue(text)).toBe('invitation');
  });

  it('questions about their own problem', () => {
    expect(cue('Wrong PO numbers, mostly. Is that normal for a company our size?')).toBe('problem-question');
    expect(cue('How do other teams deal with legal review?')).toBe('problem-question');
    expect(cue('I was wondering if someone could look at our app and optimize its performance.')).toBe('problem-question');
  });

  it('hedged claims', () => {
    expect(cue("It's... complicated.")).toBe('hedge');
    expect(cue("Yeah, it's fine, mostly.")).toBe('hedge');
    expect(cue("We tried a wiki. It didn't really work out.")).toBe('hedge');
  });

  it('pain short of personal stakes, with the evidence quoted', () => {
    expect(cue('Tickets get lost in the shared inbox.')).toBe('symptom');
    expect(cue('We lost three deals to faster competitors.')).toBe('impact');
    expect(door('Tickets get lost in the shared inbox.')?.evidence[0]?.text).toBe('get lost');
  });

  it('personal stakes are the bottom of the chain, not a door', () => {
    expect(cue("If we miss the number it's on me.")).toBeNull();
  });

  it.each([
    "What's the price per seat on the annual plan?",
    'And what do you mean by the onboarding fee on the quote?',
    'Tell me more about the pricing tiers.',
    'Does it integrate with Salesforce?',
    'Can we move the call to Thursday?',
    'What time should we show up?',
    'Tools such as Slack and Teams.',
    'Sounds good, thanks.',
    'Is the price based on seats or on usage?',
    'Where does the data come from, our ERP?',
    'What is this based on, the number of users?',
  ])('logistics and small talk are not doors: %s', (text) => {
    expect(door(text)).toBeNull();
  });
});
