/**
 * The demo call's lines, written to show the method: a symptom drilled to its business impact and its
 * personal stakes, a door the prospect opens that the rep answers with a demo (the missed follow-up), and
 * a good follow-up. Marks name the line they sit on by its `key`.
 */
export type Who = 'rep' | 'prospect';
export type Line = { key?: string; who: Who; text: string };

export const REP = { id: 'demo-rep', name: 'Alex Morgan (demo)' };
export const PROSPECT = { id: 'demo-prospect', name: 'Priya Shah' };

export const LINES: Line[] = [
  { who: 'rep', text: 'Hi Priya, thanks for making the time today. I have us down for thirty minutes, does that still work for you?' },
  { who: 'prospect', text: 'Yes, thirty minutes is fine. I have a hard stop at the half hour though.' },
  {
    key: 'goals',
    who: 'rep',
    text: 'Great. Before I say anything about us, what are you trying to achieve this year with the sales team?',
  },
  {
    who: 'prospect',
    text: 'We want to grow new business by about forty percent. We hired six new reps in the spring, so the team is twenty two people now.',
  },
  { who: 'rep', text: 'Forty percent is a big step. What is getting in the way of that today?' },
  {
    key: 'symptom',
    who: 'prospect',
    text: 'Honestly, my reps waste a lot of time in meetings. Internal syncs, pipeline reviews, deal desk, all of it.',
  },
  {
    key: 'good-follow-up',
    who: 'rep',
    text: 'When you say a lot of time, what does a typical week look like for one of your reps?',
  },
  {
    key: 'quantified',
    who: 'prospect',
    text: 'I looked at the calendars last month. It is about eleven hours a week of internal meetings per rep. Some of the new ones are closer to fifteen.',
  },
  { who: 'rep', text: 'Eleven hours out of maybe forty five. What does that do to the rest of their week?' },
  {
    key: 'impact',
    who: 'prospect',
    text: 'It means they have less time to sell. Fewer calls, fewer first meetings, and deals sit for days without anyone touching them.',
  },
  { who: 'rep', text: 'Have you seen that show up in the numbers yet?' },
  {
    who: 'prospect',
    text: 'Pipeline creation is down about eighteen percent against plan for the quarter. Win rates are fine. We just do not have enough at the top.',
  },
  { who: 'rep', text: 'And if pipeline stays eighteen percent under plan through the end of the quarter, what happens?' },
  {
    key: 'personal',
    who: 'prospect',
    text: 'Then we will miss the number. And it is my number. I committed to it in front of the board in January.',
  },
  { who: 'rep', text: 'That sounds like a lot of pressure. What would missing it mean for you personally?' },
  {
    who: 'prospect',
    text: 'Well, it is my first year in the role. Missing the first number you commit to is not a great look.',
  },
  { who: 'rep', text: 'Understood. Thank you for being that open about it.' },
  {
    key: 'door',
    who: 'prospect',
    text: 'And to be fair, the meetings are only half of it. Our forecast calls are a mess too. Nobody trusts the numbers that come out of them.',
  },
  {
    key: 'pitch',
    who: 'rep',
    text: 'Oh, we can definitely help with that. Let me share my screen and show you our forecasting dashboard. It rolls up every deal automatically.',
  },
  { who: 'prospect', text: 'Okay, sure.' },
  {
    who: 'rep',
    text: 'So here you see every rep, their commit, their best case, and the AI score for each deal. You can drill into any deal with one click.',
  },
  { who: 'prospect', text: 'It looks nice. We have a dashboard a bit like this already in our CRM, to be honest.' },
  {
    who: 'rep',
    text: 'Sure, but ours updates in real time and managers can add notes right on the deal. Most of our customers cut their forecast call in half.',
  },
  { who: 'prospect', text: 'Hmm. Maybe. I am not sure the dashboard is really the problem.' },
  { who: 'rep', text: 'Fair enough. Going back to the meetings, who else feels this besides you?' },
  {
    who: 'prospect',
    text: 'My two front line managers feel it the most. They run most of those syncs. And our revenue operations lead, Sam, who built the process.',
  },
  { who: 'rep', text: 'If you could change one thing about how those meetings run, what would it be?' },
  {
    who: 'prospect',
    text: 'I would cut the status updates. Half of every pipeline review is reps reading out what is already in the CRM.',
  },
  { who: 'rep', text: 'What have you tried so far to cut that down?' },
  {
    who: 'prospect',
    text: 'We tried a rule of no update meetings on Fridays. It lasted about three weeks before people drifted back.',
  },
  { who: 'rep', text: 'Why do you think it drifted back?' },
  {
    who: 'prospect',
    text: 'The managers do not trust what is in the CRM, so they ask the reps out loud. Which brings us back to the forecast, I suppose.',
  },
  {
    who: 'rep',
    text: 'That makes sense. It sounds like it is worth a proper look with your managers and Sam in the room. Would next Tuesday at ten work for a forty five minute session?',
  },
  { who: 'prospect', text: 'Tuesday at ten could work. Send me an invite and I will forward it to them.' },
  { key: 'close', who: 'rep', text: 'Will do. Thanks Priya, talk on Tuesday.' },
  { who: 'prospect', text: 'Thanks, bye.' },
];

/** The three levels of the pain chain, symptom first; each drills into the one before. */
export const CHAIN = { topic: 'Reps lose selling time to internal meetings', levels: ['symptom', 'impact', 'personal'] as const };

/** The door the rep answered with a demo instead of a question. */
export const MISSED = {
  at: 'pitch',
  reason: 'pivoted-to-pitch' as const,
  shouldHaveAsked: 'Tell me more: what makes the forecast calls a mess, and what happens when nobody trusts the numbers?',
};

export const COMMENTS = [
  {
    at: 'good-follow-up',
    text: 'Good follow-up: instead of accepting "a lot of time", the rep asked what a typical week looks like and got a number (eleven hours).',
  },
  {
    at: 'pitch',
    text: 'The prospect opened a second door (forecast calls) and the rep jumped to a screen share. The demo landed flat: "I am not sure the dashboard is really the problem."',
  },
];

/** The manager's rubric answers for the demo (the default criteria). */
export const RUBRIC: { criterionId: string; rating: number | null; note: string }[] = [
  { criterionId: 'goals-first', rating: 5, note: 'Asked about the year’s goals before anything else.' },
  { criterionId: 'business-impact', rating: 4, note: 'Took meetings to less selling time and pipeline 18% under plan.' },
  { criterionId: 'personal-impact', rating: 4, note: 'Reached “it’s my number” and what missing it means to her.' },
  { criterionId: 'quantified-pain', rating: 4, note: 'Eleven hours a week per rep; pipeline down 18%.' },
  { criterionId: 'followed-doors', rating: 2, note: 'Pitched the forecasting dashboard when she opened the forecast door.' },
  { criterionId: 'earned-challenge', rating: 3, note: 'Did not challenge yet; fair at this stage.' },
  { criterionId: 'next-step-deciders', rating: 4, note: 'Dated next step with the managers and RevOps; the budget holder is still unknown.' },
];
