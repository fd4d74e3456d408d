/**
 * Word lists the suggestion rules match, kept apart from the rules so a coach can extend them.
 * Each entry is a lower-case regular-expression fragment matched at word boundaries; a space stands for
 * any run of spaces and punctuation ("it's... complicated" matches "it's complicated").
 */

/** A prospect asking the rep to go on: the classic open door. */
export const INVITATIONS = [
  'tell me more',
  'say more',
  'please go on',
  'what do you mean',
  'what does that mean',
  'how do you mean',
  'how so',
  'in what way',
  'why do you (say|think) (that|so|\\w+)',
  'what makes you say (that|so)',
  'why would (you say|that be)',
  'can you (elaborate|expand)( on that)?',
  // Only as a whole question: "tools such as Slack" opens nothing, "Such as?" does.
  'like what\\?',
  'such as\\?',
  // Asking what a claim rests on invites the rep to explain it (the guide's "why do you say that").
  "where('d| does| did| do) (that|this|those|these) (\\w+ )?(number|numbers|figure|figures|stat|stats|statistic|data|claim) come from",
  "where('s| is| are) (that|this|those|these) (number|numbers|figure|figures|stat|stats|data) from",
  "(what's|what is|what are|what was|what were) (that|this|those|these|it|they) based on\\?",
  'based on what\\?',
  'according to (what|whom|who)\\?',
  'compared (to|with) what\\?',
  'says who\\?',
  'how do you know (that|this)\\?',
  'how did you (come up with|arrive at|calculate|work out) (that|this|those)',
  "what's the source",
] as const;

/** A prospect asking whether their problem is usual, or how others deal with it. */
export const PROBLEM_QUESTIONS = [
  'is (that|this|it) (normal|common|typical|usual)',
  '(do|does) (other|most) (companies|teams|people|customers|businesses|firms) (have|see|struggle)',
  '(how|what) do (other|most) (companies|teams|people|customers|businesses|firms) (do|handle|deal|manage|solve)',
  'how do (people|others|they|you) (usually )?(handle|deal with|solve|fix|manage)',
  '(are we|am i) the only (ones?|company|team)',
  'what (would|should) (we|i|you) do (about|with)',
] as const;

/** Indirect questions: "I was wondering if …" asks as much as a question mark does. */
export const INDIRECT_QUESTIONS = ['i was wondering (if|whether)', 'i wonder (if|whether)', "i'd like to know (if|whether|how)"] as const;

/** Words that make a prospect's question about their own problem rather than about the deal. */
export const PROBLEM_WORDS = [
  'problems?',
  'issues?',
  'struggl(e|es|ing)',
  'optimi[sz](e|ing)',
  'performance',
  'speed (it|this|things) up',
  'fix(ing)?',
  'improve',
  'slow(er)?',
  'broken',
  'mess(y)?',
  'errors?',
  'downtime',
  'crash(es|ing)?',
] as const;

/**
 * Hedged or vague claims: the prospect signals there is more to it without saying what. Only phrases that
 * carry an evaluation; bare fillers ("I guess", "kind of") are everywhere and open nothing.
 */
export const HEDGES = [
  "(it's|it is|that's|things are) (a bit |kind of |sort of )?complicated",
  '(kind of|sort of|a bit of|bit of) a (mess|nightmare|headache|fight|struggle|pain|problem|challenge)',
  "(it's|it has|it's been|that's been|has been) (a )?(bit of a |real )?(challenge|struggle)",
  '(fine|okay|ok|good|alright|works), mostly',
  'mostly (fine|okay|ok|works)',
  'not (great|ideal|perfect|amazing)',
  'could be better',
  "(didn't|did not|doesn't|does not|never) (really )?(work out|stick|take off|pan out)",
  'not (fully |totally |entirely |really )?(convinced|sold|sure it)',
  '(a little|a bit|slightly|somewhat) (worried|concerned|nervous)',
  '(not big on|not sold on|skeptical|sceptical|not sure (\\w+ ){0,4}(would|will|can|could))',
  'probably not (great|good|ideal)',
  "(that's|that is) (kind of |sort of )?the (problem|issue|thing)",
  "there's (also )?something (with|about|going on)",
  "(hasn't|haven't|wasn't|isn't|hasn't been|has not been) (quite )?what (we|i) (hoped|expected|wanted|were promised)",
  "(let's say|shall we say) (it's|it is) (interesting|a journey|an adventure)",
  // "Policy is an interesting one for us": any subject, not just "it".
  "(\\w+'s|is|was|has been|'s been|it's been) an interesting (one|question|topic|area)",
  'hit (or|and) miss',
  '(we|i) (already )?tried (a|an|something|that|this|it|building|using)',
] as const;

/** Personal stakes (level 3): the speaker's own job, number, money or standing. */
export const PERSONAL_STAKES = [
  'my (quota|bonus|commission|number|target|review|credibility|reputation|career|neck|promotion)',
  '(my|our) (job|jobs|role|position|head) (is|are|would be|could be|might be|will be) (\\w+ )?(at risk|on the line|in danger|gone|in jeopardy|on the block)',
  '(my|own) pocket',
  '(ask|asks|asking|asked) me,? ((?!to )\\w+ ){0,4}(why|whether|if|how come)',
  // "It's my name on the door": the speaker's own name on the outcome.
  "my name('s| is)? on",
  '(had|have|having) to (let someone go|lay off|fire)',
  'my own (review|job|number|quota|team)',
  'miss (the|my|our) (\\w+ )?(number|quota|target|plan)',
  '(worried|afraid|scared|nervous|concerned) about (hitting|making|missing|my|our)',
  '(lands|falls|reflects|is) on me',
  'on the line',
  "(i'm|i am|i'll be|i'd be) the one (who|explaining|answering|that)",
  "i'll be (the one )?explaining",
  '(explain|explaining|answer|answering|justify) (it |this |that )?to (the|my) (board|boss|ceo|cfo|cro|vp|director|leadership)',
  'my (boss|manager|director|vp|cro|ceo|cfo) (asked|asks|is|will|made|wants|expects)',
  '(breathing|breathes) down my neck',
  'out of a job',
  '(lose|losing|lost) my (job|team|bonus|role)',
  "(you|i) (don't|won't|wouldn't) survive",
  '(not happy|unhappy|upset|angry|disappointed) with me',
  "(i'm|i am|i'd be|i'll be) (personally )?(in trouble|on the hook|exposed|liable)",
  'without a team',
  "(i own|i'm responsible for|i am responsible for|i'm accountable|i am accountable)",
  'is (literally |basically )?my (metric|number|kpi)',
  "(my|our) (team|department) can't deliver",
] as const;

/** Business impact (level 2) that is bad news by itself: money lost, customers gone, people short. */
export const BUSINESS_IMPACT = [
  '(lost|lose|losing) ((?!and |or |but |so |then )\\w+ ){0,3}(deals?|customers?|clients?|accounts?|business|contracts?|retainers?|candidates?|money|revenue|sales)',
  '(quit|quits|resigned|attrition|turnover)',
  '(left|leaving|leave) (\\w+ ){0,4}on the table',
  '(lost|losing|lose) (\\w+ )?(income|margin|commission|bookings)',
  "(can't|cannot|never|don't|didn't) (\\w+ )?bill",
  '(unbilled|write(-| )offs?|written off|bad debt)',
  '(bills?|costs?|spend|spending|expenses?|premiums?|prices) (keep |keeps |are |is |have )?(going up|gone up|rising|increasing|growing|doubl(e|ed|ing))',
  '(deals?|contracts?|customers?) (slip|slips|slipped|churn|churned|leave|left|walk|walked)',
  'to (a )?competitors?',
  'churn(ed|ing)?',
  '(cost|costs|costing) (us|the business|the company|money)',
  '(overtime|contractors)',
  "(can't|cannot|couldn't) (hire|afford|grow|scale)",
  '(fined|fines|a fine|penalt(y|ies))',
  '(fewer|less) (time to sell|meetings|deals|customers|signups|sales|leads|orders)',
  'less time (to|for) (sell|selling|customers)',
  'waste (\\w+ ){0,5}(budget|money|spend)',
  '(ship|ships|shipped|deliver|delivered) late',
  '(underperform|underperforms|underperformed)',
  '(thin|thinner|empty|weak|weaker|smaller) pipeline',
  'pipeline (is|was) (thin|thinner|down|empty|weak|short)',
  'missed deliveries',
  // Lost output: people pulled off the work that earns ("on the phone instead of booking freight").
  '(instead of|rather than|when (they|we|he|she|i) (should|could) be|takes? (them|us|me) away from|pulls? (them|us|me) (off|away from)) (\\w+ )?(selling|booking|closing|billing|shipping|producing|building|serving|prospecting|treating|seeing (patients|customers|clients)|coding|delivering)',
  // Apostrophes are often missing in transcripts: "two engineers worth of time".
  "\\w+('s|s'|s) worth of (\\w+ )?(time|work|capacity|effort|output|salary|headcount|hours|days)",
  'the equivalent of (\\w+ ){0,2}(people|heads|hires|reps|engineers|ftes?|full-time)',
  // Customers going elsewhere: "shippers go to whoever picks up first".
  "(go|goes|went|going) (to|with) (whoever|whoever's|someone else|somebody else|the competition|elsewhere)",
  'take (their|the) business elsewhere',
  // "Policyholders are leaving over it": whoever it is, they go because of the problem.
  '(leaving|left|leave|walking|walked|cancel(l?ing|l?ed)?) (us )?(over|because of) (it|this|that)',
] as const;

/** Numbers as words, for amounts and effort said aloud. */
export const NUMBER_WORDS =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|few|couple of|several|half a|\\d+';

/**
 * Business measures (level 2) that are neutral on their own ("our revenue grew"): they count as impact
 * only in a turn that also says something went wrong (a symptom or a word from NEGATIVE_TREND).
 */
export const BUSINESS_METRICS = [
  '\\$ ?\\d[\\d,.]*( ?[km])?',
  '\\d[\\d,.]* ?(k|m|million|thousand|grand|dollars|euros|pounds|bucks)',
  // Amounts in words, as speech-to-text writes them: "ninety grand", "four hundred thousand", "a hundred and forty K".
  `(${NUMBER_WORDS})( (and )?(${NUMBER_WORDS}|hundred))* (k|grand|million|bucks|dollars|euros|pounds|thousand (dollars|euros|pounds|bucks|in|to us|a year|a month|per))`,
  '(hundred|thousand|million|billion|grand) (dollars|euros|pounds|bucks|in (revenue|overtime|fines|sales|arr|annual|recurring))',
  '(revenue|arr|mrr|profit|margins?|bookings|cash flow|income|commission)',
  '(headcount|salary|salaries|payroll)',
  'win rates?',
  'ramp time',
  'quota attainment',
  'conversion( rates?)?',
  '(\\w+|\\d+) (hours?|days?) (a|per|each) (day|week|shift|month)',
  '(\\w+|\\d+) percent of (our|the) (\\w+ )?(revenue|volume|business|customers|deals|budget|sales)',
] as const;

/** Words that make a business measure bad news. */
export const NEGATIVE_TREND = [
  '(dropped|drop|dropping|fell|fallen|declin(e|ed|ing)|decreas(e|ed|ing)|shrunk|shrinking)',
  '(down|lower|worse|hurt|hurts|hurting|at risk|risk)',
  '(lost|lose|losing|miss|missed|missing|waste|wasted|wasting|slip|slipped)',
  'went from',
  '(just|only) (walking|waiting|sitting)',
  'without (\\w+ )?(selling|output|quota attainment)',
] as const;

/** Symptoms (level 1): what goes wrong, in the prospect's words. */
export const SYMPTOMS = [
  'problems?',
  'issues?',
  'struggl(e|es|ing)',
  'headaches?',
  'frustrat(ing|ed|ion)',
  '(a |kind of a |such a )?mess(y)?',
  'painful',
  'broken',
  '(too|so) slow',
  'slow(er)?',
  '(way |far )?too (much|long|many)',
  'takes? forever',
  'waste(s|d)? (\\w+ )?time',
  '(get|gets|got|getting) lost',
  'falls? through the cracks',
  '(sit|sits|sitting) in (\\w+ )?inbox',
  "(don't|doesn't|do not|does not|never) (match|trust|work|finish|load)",
  'nobody (really )?(trusts|trusted|knows|notices|noticed|uses|used|reads|read|touched|touches|opened|opens|looked at|looks at)',
  '(manual|manually)',
  '(retype|retypes|re-enter|re-enters|copy paste)',
  'missing',
  'wrong',
  'errors?',
  'crash(es|ing)?',
  '(declined|rejected) (twice|again)',
  '(stall|stalls|stalled|stuck|behind)',
  '(late|delayed)',
  'ghost(s|ed)?',
  '(go|goes|went) quiet',
  'bottlenecks?',
  '(complain|complains|complaints)',
  '(charged|billed) (twice|double|wrong)',
  '(double(-| )charged|overcharged)',
  '(embarrassing|annoying)',
  '(stop|stopped|stops) (logging in|using|responding)',
  '(baffled|confused|puzzled)',
  '(hate|hates|hated|dread|dreads)',
  '(nightmare|chaos|chaotic|tedious|clunky|cumbersome|painful)',
  '(hard|difficult) to',
  'by hand',
  '(rework|back and forth|firefighting|fire fighting)',
  "(isn't|aren't|wasn't|weren't|not) (ready|working|set up)",
  '(forgot|forgets|forget)',
  "(can't|cannot|couldn't) (find|keep up|see|tell|trust|get|figure out)",
  '(keep|keeps|kept) (going up|breaking|crashing|failing|slipping|growing|freezing|dropping|timing out|going down)',
  // What the prospect can't do or doesn't have is how most symptoms are said.
  "(can't|cannot|couldn't|don't|doesn't|didn't|never) (really |even |actually |physically |always )?(bill|call|reach|track|measure|keep up|help|follow up|get to|get back to|scale)",
  "(don't|doesn't|didn't) (really )?have (any |the |a |enough )?(data|visibility|insight|time|process|way|idea|people|capacity)",
  '(no|zero|little|lack of|lacking) (real )?(visibility|insight|process|capacity)',
  '(swamped|overwhelmed|drowning|overloaded|stretched thin|underwater|maxed out|burning out|burned out)',
  'no(-| )shows?',
  "(don't|doesn't|didn't|never) show up",
  '(gut feel|guesswork|guessing)',
  '(skip|skips|skipped|ignore|ignores|ignored)',
  'eats? (\\w+ ){0,3}(alive|time|hours|days)',
  '(burn(ed|t)? out|burnout)',
  '(fraud|breach|outage|incident)s?',
] as const;

/** Negations that cancel a problem word next to them ("no problem", "not an issue"). */
export const NEGATED_PROBLEMS = [
  '(no|not a|not an|not any|never a|without) (\\w+ )?(problems?|issues?|struggles?|headaches?)',
  '(no|any) (issues?|problems?) (at all|so far|yet)',
  'not (too|that|so) slow',
  "nothing('s)? (wrong|missing)",
] as const;

/** The rep presenting the product. */
export const PITCH_PHRASES = [
  '(a|the|quick|live|short|full|our|personalized) demo',
  'demo (of|environment|account|video)',
  '(do|give|run|book|schedule|set up|show you) (you )?(a |the )?(quick )?demo',
  'let me (show|walk) you',
  "i'll (share|pull up|bring up) my screen",
  '(share|sharing) my screen',
  'pull up (the|our) (\\w+ )?(dashboard|demo|environment|platform|app)',
  'our (\\w+ ){0,2}(products?|platform|solution|tool|software|app|features?|modules?|integrations?|dashboards?|engine|api|connectors?|analytics|templates?|suite|system|technology|capabilit(y|ies)|functionality|offering|workflows?|ai|automation|assistant|bot|tracking|reports|reporting|alerts|insights|portal|add-on|package)',
  "that's (exactly )?(why|what) (we built|we offer|our|we do)",
  'we (built|offer|provide|designed|developed) (a |an |our )?',
  'we (do )?have (a|an) (native |dedicated |built-in |real-time )?(\\w+ ){0,2}(connector|integration|feature|module|api|app|team|service|tool|plan)',
  '(it|this|that) (lets|allows|enables|helps) (you|your)',
  '(lets|allows|enables) you',
  '(built(-| )in|baked in)',
  "(that's|here's) (the|where) (difference|we come in|we shine)",
  // The bridge from the prospect's problem to the product: "that's where our claim scrubber comes in".
  "(that's|this is|here's|which is) (exactly |precisely )?where (we|our( \\w+){1,3}|the \\w+|it) (comes? in|helps?|shines?|fits?)",
  // Offering to show how the product (or a customer with it) does something.
  '(show|walk) you (through )?how',
  // Proposing a pilot or trial of the product.
  "(let's|let us|we could|we can|what if we|how about we|i'd suggest|i'd propose|happy to) (\\w+ )?(run|ran|scope|set up|start|do|kick off|try) (a|the) (\\w+ )?(pilot|trial|proof of concept|poc)",
  'the difference (with us|is that we)',
  '(out of the box|in one place|with one click|all in one)',
  '(syncs?|integrates?) (with|in real time|every)',
  'customers (typically|usually|often|see|save|cut)',
  '(customers?|clients?) of ours',
  'one of our (customers|clients)',
  'our (customers|clients) (typically|usually|often|see|saw|use|used|love|get)',
  'with our \\w+',
  'we (now |also |actually |even )(offer|provide|have)',
  "(here's|here is) (our|the) (dashboard|platform|product|demo)",
  'here on the (left|right)',
] as const;

/** Pitch lookalikes: "our product team", "let me show you what I wrote down". */
export const NOT_PITCH = [
  'our (\\w+ )?(products?|platform|solution|software|app|service) (team|manager|managers|people|folks|group|org|organization|roadmap meeting|provider)',
  'let me show you what (i|we) (wrote|noted|heard|have so far|captured)',
  '(your|those|their) demos?',
  'demo day',
  '(in|into|from|on) our (system|systems|records|database|files|crm)',
  // "You've been a wonderful customer of ours" thanks the listener; it is no customer story.
  "(you've been|you have been|you've|you are|you're) (a |an )?(\\w+ ){0,2}(customers?|clients?) of ours",
  // "with our team", "check with our legal": colleagues, not the product.
  '(with )?our (\\w+ )?(team|teams|legal|lawyers|colleagues|partners?|ceo|cto|cfo|manager|managers|founders?)',
] as const;

/** Questions and statements about the deal rather than the problem: price, contract, scheduling. */
export const LOGISTICS = [
  'pric(e|es|ing)',
  '(discounts?|fees?|invoices?|billing|contract|signature|seats?|licen[cs]es?|tiers?|per (seat|user|month|year|requisition))',
  '(annual|monthly) plan',
  '(schedule|scheduling|calendar|invite|appointment|availability|reschedule)',
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week)',
  '(what|which) (time|day|date)',
  '(how long should|how much time)',
  '(parking|address|directions|front desk)',
  '(security (review|questionnaire|whitepaper)|whitepaper|sso|single sign-on)',
  'send (me |over |you )?(the |a )?(pricing|deck|slides?|summary|proposal|quote|contract|invite|whitepaper)',
  'what (is|are|does) the (price|cost)',
  '(who|how many people) (needs? to|can i|should) (sign|bring|join|come)',
] as const;

/** The vendor's capabilities checked like a list ("does it integrate with…"), not a problem opened. */
export const CAPABILITY_QUESTIONS = [
  '(does|do|can|will) (it|you|your \\w+|the \\w+) (integrate|support|work with|connect|sync|export|import|handle sso|run on)',
  'is there an? (api|integration|export|app|connector|sandbox|trial)',
  'where is (the )?data (hosted|stored)',
  'how many customers do you have',
  '(how long|what) does (setup|implementation|onboarding|a pilot)',
  'what does (a )?(pilot|implementation|setup|onboarding) (look like|involve)',
] as const;

/** A rep's probe: open questions that dig into what the prospect said. */
export const PROBES = [
  'why',
  'tell me more',
  "what (happens|happened|does that|did that|would that|would it|is that|makes|made|do you mean|does it mean|is behind|'s behind|are you seeing|kind of)",
  'how (does|do|did|would|is) (that|it|this)',
  'how (often|long|much|many times)',
  '(who|what) (feels|gets|is affected|pays|notices|suffers)',
  'what does (that|this) (mean|cost)',
  '(when|where|how) you say',
  'can you (give|walk) me (an example|through)',
  'for (you|your team) personally',
  // Consequence questions by shape: "what does an empty slot do to your day?", "how does X affect Y?".
  '(do|does|did|would) (\\w+ ){1,4}(do to|mean for|cost|affect|impact|change for)',
  '(what|how) (is|are|was|were) (\\w+ ){1,3}(affecting|costing|hurting|impacting)',
  'and (if|for you)',
  'complicated how',
  '\\w+ how[?,]',
  'how\\?',
] as const;

/** A rep moving the call along instead of digging: next steps, admin, "anyway". */
export const TOPIC_CHANGES = [
  'next steps?',
  'for next steps',
  "(i'll|i will|let me) (send|book|set up|schedule|follow up|loop in|get you)",
  "(moving on|anyway|switching gears|on another note|by the way|before i forget|let's move on|shifting gears)",
  "(let's|we should) (talk|get) (about|to) (pricing|next steps|the contract|timelines?)",
] as const;

/** Backchannels: short replies that keep the prospect talking and are not the rep's answer. */
export const BACKCHANNELS = [
  '(mm+(-| )?hmm+|uh(-| )huh|hmm+|mhm)',
  '(right|okay|ok|yeah|yes|sure|got it|i see|wow|oh|ouch|gotcha|interesting|totally|exactly|true|mm|hm|uh|um|ah|aha)',
] as const;

/** Qualifying questions (size, tools, budget, who decides): asked right after a door, they change the topic. */
export const QUALIFYING_QUESTIONS = [
  'how many (people|users|employees|seats|reps|agents|engineers|locations|licenses)',
  'how many \\w+ (do|does) (you|your team|your company) (have|run|use|employ|manage|operate)',
  // "How many entities are you consolidating?": sizing the account, whatever is counted.
  'how many \\w+ (are|is|do|does) (you|your \\w+) (\\w+ )?(\\w+ing|have|run|use|operate|support)',
  '(which|what) (crm|cms|erp|tools?|systems?|vendors?|software|platform|stack) (are|do|is)',
  'who else (is|would|will|should)',
  "what's your (budget|timeline|time frame)",
  'what (is|are) your (budget|timeline|time frame)',
  'when are you (looking|hoping|planning) to',
  '(is there|do you have) (a )?budget',
  'who (makes|signs off on) the (decision|purchase)',
] as const;
