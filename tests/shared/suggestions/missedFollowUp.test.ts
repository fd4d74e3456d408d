import { describe, expect, it } from 'vitest';
import { emptyAnnotations } from '../../../shared/domain/annotations';
import { suggest } from '../../../shared/suggestions';
import { SPEAKERS, turns } from './build';

const misses = (lines: [string, string][]) =>
  suggest({ turns: turns(lines), speakers: SPEAKERS, annotations: emptyAnnotations() }).filter((s) => s.kind === 'missed-follow-up');

describe('missed follow-ups', () => {
  it('a door answered with a demo is a miss, on the rep turn, quoting both sides', () => {
    const [miss, ...rest] = misses([
      ['rep', 'Most finance teams find month end close is where the pain hides.'],
      ['p', 'Hm. What do you mean by that?'],
      ['rep', 'Let me show you. I will pull up our reconciliation dashboard.'],
    ]);
    expect(rest).toEqual([]);
    expect(miss).toMatchObject({ turnId: 't3', followUpReason: 'pivoted-to-pitch', reason: 'Prospect: "What do you mean" → rep: "Let me show you"' });
    if (miss?.kind !== 'missed-follow-up') throw new Error('not a miss');
    expect(miss.shouldHaveAsked).toMatch(/What made you ask/);
    expect(miss.evidence.map((e) => e.text)).toEqual(['What do you mean', 'Let me show you', 'pull up our reconciliation dashboard']);
  });

  it('a symptom answered with features is a miss that suggests asking why it matters', () => {
    const [miss] = misses([
      ['p', 'Tickets get lost and customers wait days for an answer.'],
      ['rep', "That's exactly why we built smart routing, with SLA timers out of the box."],
    ]);
    expect(miss?.kind === 'missed-follow-up' && miss.shouldHaveAsked).toBe('"You mentioned "get lost". Tell me more: why does that matter to the business?"');
  });

  it('a reply that probes is no miss, even if it also mentions the product', () => {
    expect(
      misses([
        ['p', "It's kind of a mess, to be honest."],
        ['rep', 'A mess how? We do have an onboarding feature, but I want to understand your situation first.'],
      ]),
    ).toEqual([]);
    expect(
      misses([
        ['p', 'Every quote needs three approvals and they sit in inboxes.'],
        ['rep', 'How long do they usually sit there?'],
      ]),
    ).toEqual([]);
    // Taking up the prospect's own word is a follow-up, even when the question names the front desk.
    expect(
      misses([
        ['p', "Reminder calls from the front desk, but they're swamped."],
        ['rep', 'Swamped how, what else lands on the front desk?'],
      ]),
    ).toEqual([]);
  });

  it('moving on to next steps, or to a qualifying question, changes the topic', () => {
    const [nextSteps] = misses([
      ['p', 'The renewal was a bit of a fight, and support got slower.'],
      ['rep', "Got it. Okay, so for next steps I'll send over a summary."],
    ]);
    expect(nextSteps).toMatchObject({ followUpReason: 'changed-topic', reason: 'Prospect: "a bit of a fight" → rep moved on: "for next steps"' });
    const [qualifying] = misses([
      ['p', 'Slow. Legal reviews everything and it takes two weeks per post.'],
      ['rep', 'Okay. And how many people are on the marketing team?'],
    ]);
    expect(qualifying).toMatchObject({ followUpReason: 'changed-topic', turnId: 't2' });
  });

  it('an acknowledgement that leaves the floor to the prospect is no miss', () => {
    expect(
      misses([
        ['p', 'Frustrating. Candidates ghost us after the second interview.'],
        ['rep', 'That sounds really frustrating.'],
      ]),
    ).toEqual([]);
  });

  it('skips backchannels and answers several prospect turns together', () => {
    const [miss] = misses([
      ['p', 'Picking is slow, pickers walk all over the building.'],
      ['rep', 'Mm-hmm.'],
      ['p', 'And we lose customers at peak because orders ship late.'],
      ['rep', 'Our slotting software reorganises pick paths every night.'],
    ]);
    expect(miss).toMatchObject({ turnId: 't4', followUpReason: 'pivoted-to-pitch' });
    expect(miss?.reason).toContain('lose customers');
  });

  it('a pitch with no door before it, or after personal stakes, is no miss', () => {
    expect(
      misses([
        ['rep', "I'll start with an overview of our platform, then we'll do a demo."],
        ['p', 'Sounds good.'],
        ['rep', 'Our receipt scanning feature reads every receipt.'],
      ]),
    ).toEqual([]);
    expect(
      misses([
        ['p', 'If churn stays this high, my job is at risk.'],
        ['rep', 'Given that, here is how our product gets customers through setup.'],
      ]),
    ).toEqual([]);
  });

  it('a logistics question answered with product talk is no miss', () => {
    expect(
      misses([
        ['p', 'Does it integrate with Salesforce?'],
        ['rep', 'Yes, our Salesforce integration syncs in real time.'],
      ]),
    ).toEqual([]);
  });
});

describe('missed follow-ups: topic changes by shape', () => {
  it('after a stated pain, a question that neither takes up its words nor points back changes the topic', () => {
    const [miss] = misses([
      ['p', 'Our dispatchers are drowning in phone calls every morning.'],
      ['rep', 'Okay. What does your fleet look like these days?'],
    ]);
    expect(miss).toMatchObject({ turnId: 't2', followUpReason: 'changed-topic' });
  });

  it('echoing the prospect before asking, a consequence question, or a service request is no miss', () => {
    expect(
      misses([
        ['p', 'Dispatch is drowning in phone calls every morning.'],
        ['rep', 'Phone calls every morning. How many dispatchers do you have?'],
      ]),
    ).toEqual([]);
    expect(
      misses([
        ['p', 'Dispatch is drowning in phone calls every morning.'],
        ['rep', 'What does a morning like that do to your drivers?'],
      ]),
    ).toEqual([]);
    expect(
      misses([
        ['p', 'I was billed twice for the same delivery.'],
        ['rep', 'Sorry about that. Can I have your order number?'],
      ]),
    ).toEqual([]);
  });
});
