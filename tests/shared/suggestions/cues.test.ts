import { describe, expect, it } from 'vitest';
import { detectDoorOpener } from '../../../shared/suggestions/doorOpener';
import { detectPain } from '../../../shared/suggestions/pain';
import { detectPitch } from '../../../shared/suggestions/pitch';
import { stem } from '../../../shared/suggestions/stem';
import { read } from './build';

// Wording written for these tests, not taken from the labelled set: the cues should catch ideas, not phrases.
const level = (text: string) => detectPain(read(text))?.level ?? null;
const cue = (text: string) => {
  const r = read(text);
  return detectDoorOpener(r, detectPain(r))?.cue ?? null;
};
const pitched = (text: string) => detectPitch(read(text)).length > 0;

describe('word families', () => {
  it('reduces inflections to one stem', () => {
    expect(new Set(['frustrate', 'frustrated', 'frustrating', 'frustration'].map(stem)).size).toBe(1);
    expect(new Set(['lose', 'losing', 'lost', 'loses'].map(stem)).size).toBe(1);
    expect(new Set(['company', 'companies'].map(stem)).size).toBe(1);
    expect(new Set(['issue', 'issues'].map(stem)).size).toBe(1);
    expect(stem('stopped')).toBe(stem('stop'));
  });
});

describe('concept cues', () => {
  it('trouble words and idioms in any inflection are symptoms', () => {
    expect(level('The hand-off to finance is a constant hassle.')).toBe(1);
    expect(level('Our onboarding is held together with duct tape.')).toBe(1);
    expect(level('Renewals keep falling through the cracks.')).toBe(1);
    expect(level('The team is drowning in approvals.')).toBe(1);
  });

  it('two weak cues of different kinds make a symptom; one does not', () => {
    expect(level('Every weekend somebody copies the numbers into a spreadsheet.')).toBe(1);
    expect(level('They sign off on everything without reading it.')).toBe(1);
    expect(level('We have a spreadsheet for that.')).toBeNull();
    expect(level('Exhausting but good, thanks.')).toBeNull();
  });

  it('impact is a counted thing hurt in the same clause', () => {
    expect(level('We are bleeding clients to the cheaper shops.')).toBe(2);
    expect(level('Our insurance premiums went up again this year.')).toBe(2);
    expect(level('Support tickets get lost and customers wait.')).toBe(1);
  });

  it('personal pressure needs the first person', () => {
    expect(level("If the audit goes badly, I'm the one who takes the heat.")).toBe(3);
    expect(level('Honestly the blame usually lands on me.')).toBe(3);
    expect(level('The team is under a lot of pressure.')).toBe(1);
    expect(level('I need to call my boss at my job first.')).toBeNull();
  });

  it('short questions that hand the floor back are invitations', () => {
    expect(cue('How come?')).toBe('invitation');
    expect(cue('In what sense?')).toBe('invitation');
    expect(cue("What's that?")).toBeNull();
  });

  it('questions comparing their situation with others are about their problem', () => {
    expect(cue('How do similar firms cope with the paperwork?')).toBe('problem-question');
    expect(cue('Is it unusual to need three sign-offs?')).toBe('problem-question');
    expect(cue('Do other customers of yours use the mobile app?')).toBeNull();
    expect(cue('Do you accept our standard terms?')).toBeNull();
  });

  it('a qualifier on an evaluation is a hedge', () => {
    expect(cue('The current vendor works, for the most part.')).toBe('hedge');
    expect(cue("I'm not quite convinced the field team is ready.")).toBe('hedge');
    expect(cue("That's the kind of thing we track weekly.")).toBeNull();
  });
});

describe('pitch by structure', () => {
  it.each([
    'We automatically flag every overdue invoice on one dashboard.',
    "You'd see every signed form the minute it comes in, right on the dashboard.",
    'The app reminds each driver before the slot, so nobody has to phone.',
    'Honestly, most people get the hang of it in an afternoon.',
  ])('%s', (text) => expect(pitched(text)).toBe(true));

  it.each(["We'll send the summary tonight.", 'You can call me any time.', 'Most teams are live in two weeks.', 'So your tool flags the overdue ones today?'])(
    'not a pitch: %s',
    (text) => expect(pitched(text)).toBe(false),
  );
});
