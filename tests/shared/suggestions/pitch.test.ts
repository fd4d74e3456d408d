import { describe, expect, it } from 'vitest';
import { detectPitch } from '../../../shared/suggestions/pitch';
import { read } from './build';

const pitched = (text: string) => detectPitch(read(text)).map((m) => m.text);

describe('pitches', () => {
  it.each([
    ['Let me show you. I will share my screen.', 'Let me show you'],
    ['The easiest way is a quick demo.', 'quick demo'],
    ['Our platform builds the forecast automatically.', 'Our platform'],
    ["That's exactly why we built smart routing.", "That's exactly why we built"],
    ['It does, we have a native NetSuite connector.', 'we have a native NetSuite connector'],
    ['This panel lets you replay the session.', 'lets you'],
    ['A customer of ours had the same problem.', 'customer of ours'],
    ["So with our event tracking you'd see every click.", 'with our event'],
  ])('%s', (text, evidence) => {
    expect(pitched(text)[0]).toBe(evidence);
  });

  it.each([
    'Sorry, our team meeting ran over.',
    'Could you show me how your planners build a schedule today?',
    'Please show up at the front desk at nine thirty.',
    'Someone from our product team will join for lunch.',
    'Let me show you what I wrote down so far, and you tell me if I got it right.',
    'How are those demos going?',
    'I see in our system that you bought it two weeks ago.',
    'Thursday at two works for me.',
    "It's no charge, you've been a wonderful customer of ours.",
    "I'll check with our legal team and get back to you.",
  ])('innocent: %s', (text) => {
    expect(pitched(text)).toEqual([]);
  });
});
