/**
 * Concept lexicons: word families grouped by what they mean, matched by stem (see stem.ts), so
 * "frustrate" also finds "frustrated", "frustrating" and "frustration". They feed weak cues that add up
 * (cues.ts) rather than single triggers: a list names an idea once and catches wording nobody wrote
 * down, while the exact-phrase lists in lexicon.ts stay the precise, strong signals.
 *
 * Entries are plain words or short word sequences (each word is stemmed). Keep out words whose family
 * has an everyday harmless sense that would collide on its stem ("fine"/"fines", "review", "check").
 */

/** Trouble words: saying one of these about your own situation names a symptom by itself. */
// prettier-ignore
export const TROUBLE = [
  // General complaint nouns and adjectives.
  'problem', 'issue', 'struggle', 'headache', 'nightmare', 'mess', 'messy', 'chaos', 'chaotic', 'hassle', 'pain',
  'painful', 'disaster', 'fiasco', 'bottleneck', 'backlog', 'friction', 'gap', 'blind spot', 'pain point', 'sore point',
  // Things breaking or going wrong.
  'bug', 'glitch', 'crash', 'error', 'mistake', 'failure', 'outage', 'breakdown', 'break', 'broken', 'fail', 'flaky',
  'unreliable', 'inconsistent', 'inaccurate', 'outdated', 'ancient', 'obsolete', 'legacy', 'clunky', 'cumbersome',
  'tedious', 'sluggish', 'inefficient', 'disconnected', 'fragmented', 'siloed', 'scattered', 'duplicate', 'lag',
  // Overload and the feelings it brings.
  'overwhelm', 'swamp', 'drown', 'overload', 'bury', 'pressure', 'stretched thin', 'understaffed', 'short-staffed', 'scramble', 'firefight', 'juggle', 'frustrate', 'annoy',
  'burnout', 'complain', 'complaint', 'confuse', 'suffer', 'bleed',
  // Work-arounds: the sound of a process held together by people.
  'workaround', 'band-aid', 'duct tape', 'patchwork', 'cobble', 'guesswork', 'rework', 'redo', 'chase',
] as const;

/** Idioms of pain: figurative ways of saying it hurts. Strong alone (matched as word sequences). */
// prettier-ignore
export const PAIN_IDIOMS = [
  'fall through the crack', 'drop the ball', 'pull teeth', 'uphill battle', 'losing battle', 'house of card',
  'held together', 'hold together', 'make do', 'get by', 'wild west', 'black hole', 'black box', 'needle in a haystack',
  'whack-a-mole', 'all over the place', 'all over the map', 'behind the eight ball', 'up to our eye', 'up to our neck',
  'a pain in the', 'keep me up', 'keeps me up', 'lose sleep', 'slip through', 'reinvent the wheel', 'in the dark',
  'flying blind', 'fly blind', 'bang our head', 'tear our hair', 'pull our hair', 'at our wit', 'going in circle',
  'go in circle', 'spin our wheel', 'cat herding', 'herding cat', 'on fire', 'in the weed', 'underwater',
  // Everyone improvising their own process: the symptom of a process nobody follows.
  'their own thing', 'their own way around', 'own ways around', 'way around it', 'ways around it', 'own version of',
] as const;

/** Extent and frequency: "always", "everything", "nobody". Weak alone; with another cue a complaint. */
// prettier-ignore
export const EXTENT = [
  'always', 'constantly', 'all the time', 'every time', 'every single', 'never', 'nobody', 'no one', 'nothing',
  'everything', 'everywhere', 'whole', 'entire', 'basically', 'literally', 'forever', 'again and again', 'keep',
  'still', 'barely', 'hardly', 'rarely', 'if that', 'at best', 'weekend', 'night', 'evening', 'overtime', 'late',
] as const;

/**
 * Feelings about work. Weak alone ("exhausting but good" about a conference is small talk); with
 * another cue in the sentence they are a complaint.
 */
// prettier-ignore
export const FEELINGS = [
  'stress', 'exhaust', 'tired', 'dread', 'hate', 'fed up', 'sick of', 'worry', 'nervous', 'anxious', 'upset',
  'angry', 'unhappy', 'disappoint', 'embarrass', 'fear', 'scared', 'afraid', 'overwhelmed', 'grind',
] as const;

/** Manual effort: people moving information by hand. Weak alone. */
// prettier-ignore
export const MANUAL_WORK = [
  'by hand', 'manual', 'manually', 'copy', 'paste', 'retype', 're-enter', 'rekey', 'spreadsheet', 'excel', 'paper',
  'whiteboard', 'sticky note', 'email back and forth', 'back and forth', 'phone tag', 'chase', 'dig', 'hunt',
  'reconcile', 'double-check', 'forward', 'triage', 'print', 'scan', 'pull number', 'pull data', 'pull report',
  'stitch', 'piece together', 'wait', 'waiting', 'walk',
] as const;

/** What a business counts (level 2 needs one of these hurt, not just mentioned). */
// prettier-ignore
export const VALUE_OBJECTS = [
  'revenue', 'money', 'cash', 'dollar', 'margin', 'profit', 'sale', 'deal', 'customer', 'client', 'account',
  'contract', 'renewal', 'order', 'signup', 'lead', 'pipeline', 'booking', 'market share', 'business', 'patient',
  'candidate', 'hire', 'staff', 'employee', 'engineer', 'talent', 'credit', 'investor', 'funding', 'certification',
  'sla', 'quarter', 'launch', 'growth', 'productivity', 'capacity',
] as const;

/** What happens to value when it hurts. */
// prettier-ignore
export const LOSS = [
  'lose', 'loss', 'drop', 'fall', 'shrink', 'slip', 'miss', 'cancel', 'churn', 'walk away', 'quit',
  'resign', 'leak', 'bleed', 'jeopardize', 'jeopardy', 'at risk', 'risk', 'damage', 'hurt', 'suffer',
  'write off', 'refund', 'forfeit', 'penalize', 'downgrade', 'renegotiate', 'pull out', 'pull the plug', 'tank',
  'plummet', 'dip', 'evaporate', 'dry up', 'waste', 'burn', 'overpay',
] as const;

/** Costs: money going out. Hurting when they rise. */
// prettier-ignore
export const COST_OBJECTS = [
  'cost', 'fee', 'bill', 'spend', 'spending', 'expense', 'premium', 'overtime', 'payroll', 'salary', 'budget',
  'invoice', 'rate', 'price', 'overhead', 'contractor', 'agency', 'consultant',
] as const;

// prettier-ignore
export const RISE = [
  'double', 'triple', 'rise', 'spike', 'balloon', 'climb', 'go up', 'goes up', 'went up', 'skyrocket', 'soar',
  'creep up', 'pile up', 'add up', 'explode', 'jump',
] as const;

/**
 * Personal pressure said with "I"/"me"/"my" in the same sentence: blame, heat, the boss. Level 3 in
 * the labelling guide (the speaker's own standing), so they need the first person to count.
 */
// prettier-ignore
export const PERSONAL_PRESSURE = [
  'blame', 'fault', 'grill', 'hot seat', 'heat', 'fire', 'sack', 'demote', 'yell', 'scream', 'chew out', 'on the hook',
  'in trouble', 'accountable', 'answerable', 'answer for', 'look bad', 'lose sleep', 'keep me up', 'keeps me up',
  'pressure', 'firing line', 'breathe down', 'breathing down', 'my neck', 'my bonus', 'my quota',
  'my commission', 'my career', 'my promotion', 'my credibility', 'my reputation', 'my review',
  'my target', 'my standing', 'on me', 'my fault',
  // "my job", "my head", "my number" are said literally too ("call me at my job", "off the top of my head").
] as const;

/** Who a complaint is compared with: a prospect asking how others fare asks about their own problem. */
// prettier-ignore
export const COMPARISON = [
  'other', 'most', 'everyone', 'everybody', 'anyone', 'anybody', 'peer', 'similar', 'industry', 'typical', 'normal',
  'usual', 'common', 'standard', 'benchmark', 'like us', 'our size', 'the rest', 'else', 'competitor', 'best practice',
] as const;

/** Hedge markers: qualifiers that soften an evaluation and leave something unsaid. */
// prettier-ignore
export const HEDGE_MARKERS = [
  'mostly', 'sort of', 'kind of', 'somewhat', 'more or less', 'for the most part', 'in theory', 'on paper',
  'supposedly', 'i guess', 'i suppose', 'pretty much', 'not really', 'not exactly', 'not quite', 'not always',
  'sometimes', 'depend', 'depends', 'so-so', 'reasonably', 'fairly', 'relatively', 'to be fair', 'let us just say',
  "let's just say", 'you could say', 'i would say', 'in a way', 'ish', 'on the whole', 'up to a point', 'usually',
  'most of the time', 'for now', 'so far', 'except', 'other than', 'apart from',
  'the only thing', 'the one thing', 'the catch', 'then again',
  // Not "but", "though", "well": "exhausting but good" is small talk; they are too common to count.
] as const;

/** Evaluations a hedge softens: "it's fine, mostly", "it works, sort of", "it's complicated". */
// prettier-ignore
export const EVALUATIONS = [
  'fine', 'okay', 'ok', 'good', 'work', 'works', 'manage', 'alright', 'decent', 'adequate', 'acceptable', 'cope',
  'survive', 'complicated', 'tricky', 'interesting', 'different story', 'another story', 'not bad', 'could be worse',
  'happy', 'satisfied', 'convinced', 'comfortable', 'ready', 'bad',
] as const;

/** What a product is made of: a rep talking in these nouns is describing it. */
// prettier-ignore
export const FEATURE_NOUNS = [
  'dashboard', 'alert', 'notification', 'template', 'workflow', 'integration', 'automation', 'connector', 'module',
  'feature', 'app', 'report', 'analytics', 'ai', 'assistant', 'bot', 'plugin', 'add-on', 'api', 'sandbox', 'rule',
  'engine', 'playbook', 'scorecard', 'portal', 'widget', 'sync', 'routing', 'tracking', 'reminder', 'insight',
  'forecast', 'model', 'algorithm', 'platform', 'tool', 'software', 'product', 'solution', 'system', 'view', 'screen',
  'button', 'tab', 'click', 'tap', 'specialist', 'onboarding', 'customer success', 'support team', 'setup', 'rollout',
] as const;

/** What a product does, said of it ("it flags", "we automate"). */
// prettier-ignore
export const PRODUCT_VERBS = [
  'handle', 'automate', 'take care of', 'flag', 'catch', 'sync', 'route', 'track', 'pull', 'connect', 'plug',
  'migrate', 'onboard', 'train', 'cover', 'include', 'support', 'guarantee', 'cut', 'save', 'reduce', 'eliminate',
  'replace', 'consolidate', 'surface', 'alert', 'remind', 'score', 'generate', 'learn', 'predict', 'detect', 'spot',
  'update', 'build', 'show', 'give', 'let', 'help', 'do the', 'walk you', 'set it up', 'set you up', 'run',
  'integrate', 'scan', 'read', 'match', 'assign', 'schedule', 'notify', 'store', 'log', 'record', 'prioritize',
  'check', 'nudge', 'enforce', 'break down', 'transcribe', 'summarize', 'push', 'tag', 'timestamp', 'backfill', 'write',
] as const;

/** Claims of easy adoption and results: how a rep sells the switch rather than the features. */
// prettier-ignore
export const EASE_CLAIMS = [
  'up and running', 'get the hang', 'learn it in', 'learns it in', 'no training', 'easy to use', 'intuitive',
  'plug and play', 'out of the box', 'self-serve',
  // Not "go live in two weeks": a timeline answers the prospect's question, it presents nothing. 'no code', 'no engineering', 'no it', 'like yours', 'we work with', 'one click', 'two click',
  'three click', 'one tap', 'two tap', 'three tap', 'a few click', 'a few tap', 'zero setup', 'hands-off',
] as const;

/**
 * The deal rather than the problem: budget, timing, who decides, how to start. A rep question about
 * these right after a door moves the call on even when it says "for this" or "is that your thinking?".
 */
// prettier-ignore
export const DEAL_TOPICS = [
  'budget', 'budgeted', 'set aside', 'timeline', 'time frame', 'timeframe', 'deadline for this', 'start date', 'go live',
  'something live', 'be live', 'up and running', 'in place', 'kick off', 'kickoff', 'get started', 'start in',
  'sign off', 'sign-off', 'signs off', 'decision', 'decide', 'decision maker', 'procurement', 'purchase', 'buying',
  'approve the', 'stakeholder', 'involved in', 'evaluate', 'evaluation', 'shortlist', 'vendor', 'rfp', 'contract',
  'next step', 'implementation', 'rollout', 'license', 'seat', 'pricing', 'quote', 'proposal', 'pilot', 'trial',
  'tech stack', 'which tool', 'what tool', 'the basics', 'housekeeping', 'some background', 'admin question',
] as const;

/**
 * Saying less than is meant: a bare "we survive", "they exist", "let's put it that way". Understatement,
 * sarcasm and reticence signal there is a story; the prospect is waiting to be asked for it.
 */
// prettier-ignore
export const RETICENCE = [
  'put it that way', 'put it this way', "let's just say", 'let us just say', 'how do i put it', 'how should i put it',
  'how do i say this', 'to put it mildly', 'to put it nicely', 'to put it politely', 'shall we say', 'if you know what i mean',
  "i'll leave it at that", 'leave it at that', "don't get me started", 'where do i start', 'where do i even start',
  'where do i begin', "you don't want to know", 'long story', 'one way to put it', 'so to speak', 'we will see',
  "we'll see", 'i have my doubt', 'i have my reservation', 'is a strong word', 'is a generous word', 'in a manner of speaking',
] as const;

/** Faint praise: the least one can say of a process. In a short statement, an understatement. */
// prettier-ignore
export const FAINT_PRAISE = [
  'survive', 'exist', 'get by', 'scrape by', 'muddle through', 'limp along', 'hang in there', 'live with', 'make it work',
  'tread water', 'stay afloat', 'keep the lights on', 'head above water', 'hold up', 'does the job', 'do the job',
  'serve its purpose', 'could be worse', 'seen worse', 'good enough', 'it is what it is', "it's what it is", 'not dead yet',
] as const;

/** How a process is meant to run, against how it does: "on paper… in practice". */
// prettier-ignore
export const IN_THEORY = ['on paper', 'in theory', 'officially', 'supposed to', 'supposedly', 'technically', 'in principle', 'the idea is', 'the plan is', 'the policy is', 'the rule is', 'meant to'] as const;
// prettier-ignore
export const IN_PRACTICE = ['in practice', 'in reality', 'reality is', 'really', 'actually', 'but', 'though', 'except', 'real life', 'day to day'] as const;

/** Superiors whose questions put the speaker on the spot (level 3 with "me"). */
// prettier-ignore
export const SUPERIORS = [
  'ceo', 'cfo', 'coo', 'cto', 'cro', 'cmo', 'vp', 'boss', 'board', 'manager', 'director', 'head of', 'owner', 'partner',
  'leadership', 'upstairs', 'exec', 'executive', 'founder', 'president', 'chairman', 'investor', 'gm', 'general manager',
] as const;

/** How a product claim sounds when it needs no feature noun: it happens by itself, at once, every time. */
// prettier-ignore
export const CAPABILITY_ADVERBS = [
  'automatically', 'automatic', 'instantly', 'in real time', 'real-time', 'same day', 'within minute', 'in second',
  'on its own', 'by itself', 'behind the scene', 'natively', 'seamlessly', 'every time', 'without anyone', 'hands-free',
] as const;
