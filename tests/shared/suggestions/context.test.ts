import { describe, expect, it } from 'vitest';
import { emptyAnnotations } from '../../../shared/domain/annotations';
import { suggest } from '../../../shared/suggestions';
import { detectDoorOpener } from '../../../shared/suggestions/doorOpener';
import { detectPain } from '../../../shared/suggestions/pain';
import { detectPitch } from '../../../shared/suggestions/pitch';
import { read, SPEAKERS, turns } from './build';

// Wording written for these tests, not taken from the labelled set: each idea should hold beyond the
// sentence that prompted it.
const run = (lines: [string, string][]) => suggest({ turns: turns(lines), speakers: SPEAKERS, annotations: emptyAnnotations() });
const misses = (lines: [string, string][]) =>
  run(lines)
    .filter((s) => s.kind === 'missed-follow-up')
    .map((s) => s.turnId);
const cue = (text: string) => {
  const r = read(text);
  return detectDoorOpener(r, detectPain(r))?.cue ?? null;
};
const level = (text: string) => detectPain(read(text))?.level ?? null;
const pitched = (text: string) => detectPitch(read(text)).length > 0;

describe('doors said by saying less', () => {
  it('reticence, faint praise, a hedge as its own sentence, and rule against practice are doors', () => {
    expect(cue('Our forecasting is, shall we say, creative.')).toBe('hedge');
    expect(cue("Don't get me started on the handover notes.")).toBe('hedge');
    expect(cue('We get by.')).toBe('hedge');
    expect(cue('The intranet? It does the job.')).toBe('hedge');
    expect(cue('Onboarding is fine. For now.')).toBe('hedge');
    expect(cue('Officially every quote goes through finance. Really, sales just sends it.')).toBe('hedge');
  });

  it('long explanations, plain statements and approval are not', () => {
    expect(cue('We survived the migration last year and the team learned a lot from it along the way.')).toBeNull();
    expect(cue('The office exists on the second floor, next to the lifts.')).toBeNull();
    expect(cue('It works well.')).toBeNull();
    expect(cue('The plan is to launch in May.')).toBeNull();
  });

  it('an adoption worry with a longer subject is a hedge', () => {
    expect(cue("I'm not sure the night shift nurses would open it.")).toBe('hedge');
  });
});

describe('replies read against the door', () => {
  it('a question about budget, timing or who signs moves on, even when it says "this"', () => {
    expect(
      misses([
        ['p', 'Honestly the handoffs between dispatch and billing are a mess.'],
        ['rep', 'Understood. Is there a budget line for this yet?'],
      ]),
    ).toEqual(['t2']);
    expect(
      misses([
        ['p', 'Our approvals are kind of a headache.'],
        ['rep', 'Makes sense. Who would need to sign off on this on your side?'],
      ]),
    ).toEqual(['t2']);
  });

  it('a question that takes up the door is still a follow-up, whatever else it asks', () => {
    expect(
      misses([
        ['p', 'Our approvals are kind of a headache.'],
        ['rep', 'A headache how? Which approvals get stuck?'],
      ]),
    ).toEqual([]);
  });

  it('an offer to show is no question about the door', () => {
    expect(
      misses([
        ['p', 'We lost two big renewals because nobody noticed the usage drop.'],
        ['rep', 'Two renewals, painful. Our health alerts catch usage drops automatically. Shall I share the screen?'],
      ]),
    ).toEqual(['t2']);
  });

  it('a short backchannel ("Mm.") does not count as the reply', () => {
    expect(
      misses([
        ['p', 'Invoices get lost between the two systems.'],
        ['rep', 'Hm.'],
        ['rep', 'Let me show you our matching engine.'],
      ]),
    ).toEqual(['t3']);
  });
});

describe('personal stakes read from the question they answer', () => {
  it('"Me." after "who has to answer for it?" is level 3 and no door', () => {
    const out = run([
      ['p', 'Reporting is always late.'],
      ['rep', 'When it is late, who has to answer for it?'],
      ['p', 'That would be me, at the Monday leadership call.'],
    ]);
    expect(out.filter((s) => s.turnId === 't3').map((s) => (s.kind === 'pain' ? `pain:${s.level}` : s.kind))).toEqual(['pain:3']);
  });

  it('the same words without the question, or a denial, stay as they were', () => {
    const alone = run([['p', 'That would be me, at the Monday leadership call.']]);
    expect(alone.some((s) => s.kind === 'pain' && s.level === 3)).toBe(false);
    const denied = run([
      ['p', 'Reporting is always late.'],
      ['rep', 'Does that land on you?'],
      ['p', "Not really, it's more on them in finance."],
    ]);
    expect(denied.some((s) => s.kind === 'pain' && s.level === 3)).toBe(false);
  });
});

describe('impact from structure', () => {
  it('lost output, headcount worth of time, money in words, customers going elsewhere are level 2', () => {
    expect(level('Our engineers are stuck answering tickets instead of shipping features, it is a mess.')).toBe(2);
    expect(level('That is basically two engineers worth of time, just gone.')).toBe(2);
    expect(level('We wrote off about sixty grand on that one, a real mess.')).toBe(2);
    expect(level('Patients get frustrated and go to someone else.')).toBe(2);
  });

  it('a count is effort; "a demo day" or "the other day" is not', () => {
    expect(level('We had a team day yesterday, walking the new office.')).toBeNull();
  });
});

describe('pitches by structure', () => {
  it('claims about our things, passive "gets flagged", a bridge, a pilot offer, "show you how"', () => {
    expect(pitched('Our reminders text the patient automatically two days out.')).toBe(true);
    expect(pitched('We check every shipment against the order. Anything off gets flagged to the lead.')).toBe(true);
    expect(pitched("And that's where our routing layer comes in.")).toBe(true);
    expect(pitched('What if we ran a pilot on the night shift only?')).toBe(true);
    expect(pitched("I'd love to show you how a team your size set this up.")).toBe(true);
  });

  it('an answer to a capability question, colleagues, and summaries are not', () => {
    expect(pitched('It exports when the batch finishes, yes.')).toBe(false);
    expect(pitched('Our office manager will meet you in the lobby.')).toBe(false);
    expect(pitched('So your team checks every shipment by hand, and anything off gets flagged to you.')).toBe(false);
  });
});
