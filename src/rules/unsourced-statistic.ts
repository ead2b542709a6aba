import type { Match } from '../engine/context';
import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';

// Claims that need a published source: a figure for a change or an effect, a share of people,
// a record, a cost or saving per year. Counts from the organisation's own event ("94 bags
// collected"), prices and dates are not claims.
const NUMBER = String.raw`(?:£\s?)?\d[\d,.]*\s?(?:%|per ?cent|percent|m|bn|k|million|billion|thousand)?`;
const SHARE = String.raw`(?:a|one|two) (?:third|quarter|half|fifth|tenth)s?|half|two thirds|three quarters`;
// A pattern, and optionally a cheap test the draft must pass before the pattern scans it: most
// drafts hold no "%" or "cheapest", so most patterns never run (the bench's 10k post).
type Claim = RegExp | { gate: RegExp; re: RegExp };
const gated = (gate: RegExp, re: RegExp): Claim => ({ gate, re });
const CLAIMS: Claim[] = [
  // "cut … by a third", "fallen by 38%", "up 6%", "saving £1.4 million"
  new RegExp(String.raw`(?<![a-z])(?:cut|cuts|reduced|reduces|fallen|fell|falls|dropped|drops|risen|rose|rises|increased|increases|decreased|grown|grew|doubled|tripled|halved|saved|saving|saves|boosted|slashed|improved|improves|lowered|raised)(?: [a-z'-]+){0,8}? (?:by (?:(?:almost|nearly|around|about|over|more than|roughly|some) )?(?:${NUMBER}|${SHARE})|(?:to |from )?(?:£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?|\d[\d,.]*\s?(?:%|per ?cent|percent))|${SHARE})(?![a-z0-9])`, 'g'),
  new RegExp(String.raw`(?<![a-z0-9])\d[\d,.]*\s?(?:%|per ?cent) (?:rise|fall|increase|drop|cut|reduction|more|fewer|less|higher|lower|faster|slower)(?![a-z])`, 'g'),
  // "nine out of ten parents", "3 in 4 residents", "80% of people", "the majority of residents"
  // Not the tail of a larger figure ("£88,400 in 2025/26") nor a year ("400 in 2025").
  /(?<![a-z0-9£$,.])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out of|in) (?:(?!(?:19|20)\d\d(?![0-9]))\d+|every|ten|five|four|three|two)(?: [a-z'-]+){0,2}/g,
  /(?<![a-z0-9])\d[\d,.]*\s?(?:%|per ?cent) of (?:people|parents|residents|families|children|pupils|patients|businesses|households|users|customers|tenants|adults|voters|staff|claimants|drivers|young people|local people)(?![a-z])/g,
  /(?<![a-z])(?:the vast majority of|only a (?:small |tiny )?minority of|a (?:small |tiny )?minority of) (?:residents|people|parents|families|businesses|households|users|customers|tenants|voters|the public|local people)(?![a-z])/g,
  // Records: "more … than ever before", "faster than at any time in our history", "for the first time in six years"
  /(?<![a-z])(?:than ever(?: before)?|than at any (?:time|point)|at any time in our history|in our history|on record|record (?:high|low|levels?|numbers?|investment|funding|year)|for the first time in (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:years|decades)|(?:highest|lowest|fastest|slowest|biggest|largest|best|worst|smallest) (?:[a-z'-]+ ){0,3}?(?:ever|on record|in the country|in britain|in england|in the uk|in \d+ years|in a decade|in a generation|in (?:two|three|four|five|ten|twenty|thirty|forty|fifty) (?:years|decades)))(?![a-z])/g,
  /(?<![a-z])nowhere (?:in the country|else|in britain|in england|in the uk)(?: [a-z'-]+){0,8} (?:better|more|cheaper|faster|lower|higher)(?![a-z])/g,
  // A verdict that a contested policy works is an evidence claim ("Sanctions work. They get people back into jobs").
  /(?<![a-z])(?:sanctions|cuts|fines|limits|tests|targets|the (?:policy|scheme|plan|programme|reforms?|changes)|these (?:policies|reforms|measures|changes)|our (?:policy|reforms?|approach)) (?:simply |clearly |really )?(?:work|works|are working|is working|have worked|has worked)(?![a-z])/g,
  // "is up 18%", "are down 6%"; "has halved" without a figure; "half as likely"; "an average of 48 hours"
  /(?<![a-z])(?:is|are|was|were|now|has gone|have gone) (?:up|down) (?:by )?(?:(?:almost|nearly|around|about|over|more than) )?\d[\d,.]*\s?(?:%|per ?cent|k|m|million|thousand)?(?: on| since| from| compared)/g,
  /(?<![a-z])(?:has|have|had) (?:more than |almost |nearly )?(?:halved|doubled|trebled|tripled|quadrupled|soared|plummeted|plunged|rocketed|slumped|fallen sharply|risen sharply)(?![a-z])/g,
  // An effect stated as a general truth ("Reoffending halves for prisoners who complete a course"); not
  // "the hall doubles as a polling station".
  /(?<![a-z])(?:halves|doubles|trebles|triples) (?:for|among|when|if|after|within|once)(?![a-z])/g,
  /(?<![a-z])(?:half|twice|three times|four times|\d+ times) as (?:likely|many|much|fast|quickly)(?![a-z])/g,
  /(?<![a-z])(?:an average of|on average(?: within)?|within an average of) \d/g,
  // "the cleanest it has been in living memory", "the shortest they have ever been"
  /(?<![a-z])the [a-z]+est (?:it|they|we|waiting times?|[a-z]+) (?:has|have|had) (?:ever )?been(?: [a-z ]{0,20}?(?:in living memory|on record|for decades|in decades|since records began|in \d+ years))?/g,
  /(?<![a-z])(?:in living memory|since records began|on record)(?![a-z])/g,
  // "at its lowest for a decade", "at their highest level in 20 years"
  gated(/lowest|highest|best|worst|smallest|biggest/, /(?<![a-z])at (?:its|their|a|the) (?:lowest|highest|best|worst|smallest|biggest) (?:level |point |rate )?(?:for|in|since) (?:a decade|decades|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:years|decades)|years|records began|(?:19|20)\d\d)(?![a-z0-9])/g),
  // What the public think, and league tables: "most residents support", "overwhelming support",
  // "the best-performing council in the region", "above the national average".
  /(?<![a-z])(?:(?:backed|supported|welcomed|endorsed|wanted) by (?:the |an )?(?:overwhelming|vast|large|great) majority|overwhelming(?:ly)? (?:support|supports|backing|back|backs|backed|supported|welcomed|welcome)|widely (?:welcomed|supported|backed)|(?:most|the majority of|nearly all|almost all) (?:residents|people|parents|families|businesses|tenants|users|staff|drivers|locals) (?:support|back|want|agree|welcome|love|oppose)|the public (?:back|support|want|agree))(?![a-z])/g,
  /(?<![a-z])(?:best|worst|top|highest|lowest|fastest|slowest)[- ](?:performing|rated|ranked)(?: [a-z]+){0,4} (?:in|of) (?:the )?(?:country|region|uk|england|britain|county|nation|league)|(?:above|below|better than|worse than|ahead of) the (?:national|regional|england|uk) average|top of the (?:league|table)|ranked (?:first|top|number one)/g,
  /(?<![a-z])(?:thousands|millions|hundreds) of (?:pounds|people|residents|families|jobs|homes|households|children|pupils|patients|businesses) (?:saved|better off|helped|lifted|protected|have been|are now)/g,
  // "250,000 families will be warmer", "the highest of any borough", "the shortest in the region"
  /(?<![a-z0-9])\d[\d,.]*(?:\s?(?:million|thousand|k|m))? (?:more |extra |additional )?(?:families|people|households|homes|children|pupils|patients|residents|businesses|jobs|learners|drivers|tenants) (?:will|are now|have now|have been|now)(?![a-z])/g,
  /(?<![a-z])the (?!best )[a-z]+est(?:-[a-z]+)? (?:[a-z]+ ){1,2}of any(?![a-z])|(?<![a-z])(?<!one of )the [a-z]+est(?:-[a-z]+)? (?:[a-z]+ )?(?:of any|in the (?:region|country|county|uk|city|nation|south east|north west|north east|south west|midlands|north|south|east|west|world)|in europe|anywhere in the world)(?![a-z])/g,
  /(?<![a-z])the best [a-z ]{0,30}?(?:anywhere in the world|in the world|in europe)(?![a-z])/g,
  // "less than 2% of the council's income", "faster than any other", "will fall by a quarter", "ahead of schedule"
  /(?<![a-z])(?:less|more|fewer) than \d[\d,.]*\s?(?:%|per ?cent) of/g,
  /(?<![a-z])(?:faster|better|cheaper|safer|cleaner|quicker|more(?: [a-z£0-9,.'-]+){1,4}) than any other(?![a-z])/g,
  // "Fewer than six people a day were using it", "only 40 passengers a week": use counted to argue a
  // case (a plain count, "reaches 3,000 pupils a year", describes).
  /(?<![a-z0-9£])(?:(?:fewer|less|more) than |only |just |barely )(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a dozen|a handful of) (?:people|passengers|users|visitors|residents|households|pupils|children|learners|customers|borrowers|cars|vehicles) (?:a|per|each) (?:day|week|month|year)(?![a-z])/g,
  /(?<![a-z])will (?:fall|rise|drop|increase|grow|double|halve|go up|go down|be cut|come down) by (?:(?:almost|nearly|around|about|over|more than) )?(?:\d[\d,.]*\s?(?:%|per ?cent)|a (?:third|quarter|half|fifth)|half)/g,
  /(?<![a-z])(?:ahead of schedule and under budget|on time and (?:on|under) budget|(?:running|came in|delivered|is) under budget)(?![a-z])/g,
  /(?<![a-z])(?:rising|falling|growing|increasing|dropping|improving) (?:every|each) (?:month|week|year|quarter)(?![a-z])/g,
  /(?<![a-z])than anywhere (?:outside|else|in)(?![a-z])/g,
  // "earn £100,000 more than graduates", "pay rising 12% over five years", "among the best paid in Wales"
  gated(/£/, /(?<![a-z])(?:earn|earns|earned|cost|costs|pay|pays|paid|save|saves|spend|spends|spent) (?:(?:around|about|over|up to|nearly|almost) )?£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)? (?:more|less)(?![a-z])/g),
  gated(/%|per ?cent/, /(?<![a-z])(?:rising|falling|rose|fell|grew|growing|increasing|decreasing|climbing|up|down) (?:by )?(?:(?:almost|nearly|around|about|over|more than) )?\d[\d,.]*\s?(?:%|per ?cent) (?:over|in|since|across|during)(?![a-z])/g),
  gated(/among the|one of the/, /(?<![a-z])(?:among|one of) the (?:best|worst|highest|lowest|fastest|slowest)[- ](?:paid|performing|rated|ranked|funded)(?![a-z])/g),
  gated(/generation/, /(?<![a-z])(?:biggest|largest|greatest|best|worst|most [a-z]+) [a-z -]{2,40}? in a generation(?![a-z])/g),
  // "cleared 94% of missed bins", "well within budget"
  gated(/%|per ?cent/, /(?<![a-z])(?:cleared|collected|completed|resolved|answered|answering|answer|processed|processing|fixed|fixing|repaired|reached|reaching|inspected) (?:(?:almost|nearly|around|about|over|more than) )?\d[\d,.]*\s?(?:%|per ?cent) of(?![a-z])/g),
  gated(/budget/, /(?<![a-z])(?:well )?within budget(?![a-z])/g),
  // "the biggest investment … this council has ever made", "the most dangerous in Europe", "less likely to reoffend than"
  gated(/ ever /, /(?<![a-z])the (?:biggest|largest|highest|greatest|best|most [a-z]+) [a-z' -]{2,60}? (?:has|have) ever (?:made|seen|had|delivered|built)(?![a-z])/g),
  gated(/the most /, /(?<![a-z])the most [a-z]+ (?:[a-z]+ )?(?:in europe|in the country|in the uk|in britain|in the world|anywhere)(?![a-z])/g),
  gated(/likely/, /(?<![a-z])(?:more|less) likely to [a-z]+ than(?![a-z])/g),
  gated(/nothing/, /(?<![a-z])(?:costs?|costing) (?:taxpayers|residents|the council|the public) nothing(?![a-z])/g),
  gated(/fastest|most|furthest/, /(?<![a-z])(?:fell|rose|fallen|risen|dropped|grew|improved) (?:fastest|most|furthest)(?![a-z])/g),
  gated(/prove|show/, /(?<![a-z])(?:the )?(?:numbers|figures|data|evidence) (?:prove|proves|show|shows) it(?![a-z])/g),
  gated(/ us/, /(?<![a-z])most [a-z]+s (?:agree|support|back|want) (?:with )?us(?![a-z])/g),
  // "Most residents, 87% in fact, want…", "will power 40,000 homes", "visitors have told us they're happy"
  /(?<![a-z])(?:most|the majority of) [a-z]+, \d[\d.]*\s?(?:%|per ?cent)/g,
  gated(/will /, /(?<![a-z])will (?:power|heat|supply|serve|house|protect) (?:over |around |more than |up to )?\d[\d,]* (?:homes|households|people|families|businesses)(?![a-z])/g),
  gated(/told us/, /(?<![a-z])(?:residents|visitors|people|customers|users|parents|tenants|businesses) have told us (?:they|that)(?![a-z])/g),
  // "every police station in the country is fully covered", "has never been better funded", "most residents never use"
  gated(/every /, /(?<![a-z])every [a-z]+(?: [a-z]+)? in the (?:country|uk|region|county|city|borough) (?:is|are|has|have|will)(?![a-z])(?! (?:on our website|on the website|online|listed|published|shown|marked|open|here|available))/g),
  gated(/never been/, /(?<![a-z])(?:has|have) never been (?:better|more|higher|lower|cheaper|safer|stronger)(?: [a-z]+ed)?(?![a-z])/g),
  gated(/ never/, /(?<![a-z])(?:most|the majority of|nearly all|almost all) (?:residents|people|parents|families|tenants|users|drivers|locals|taxpayers) never(?![a-z])(?! do(?![a-z])| get to(?![a-z])| have to(?![a-z])| need to(?![a-z]))/g),
  // "will bring £40 million into the local economy", "will create 300 jobs"
  gated(/will /, /(?<![a-z])will (?:bring|generate|create|add|deliver|boost|pump|inject|attract) (?:an? )?(?:extra |additional |more than |over |around )?(?:£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?|\d[\d,]* (?:new )?(?:jobs|homes|visitors))(?![a-z0-9])/g),
  // "the cheapest around", "will be pothole-free within two years", "the best-maintained roads in Greater Manchester"
  gated(/cheapest/, /(?<![a-z])(?:the )?cheapest (?:around|in town|anywhere|on the market)(?![a-z])/g),
  gated(/-free/, /(?<![a-z])will be [a-z]+-free (?:within|by|in)(?![a-z])/g),
  gated(/est-/, /(?<![a-z])(?<!one of )the (?!nearest|latest|earliest|closest|next)(?:best|worst|[a-z]{2,}est)-[a-z]+ (?:[a-z]+ ){0,2}in (?!the )[a-z]+/g),
  // "11,000 potholes, up from 7,500 the year before"
  gated(/ from /, /(?<![a-z])(?:up|down) from (?:just |only )?(?:£\s?)?\d[\d,.]*\s?(?:%|per ?cent|k|m|million|bn|billion)?(?: [a-z]+){0,2} (?:the year before|last year|a year ago|in \d{4}|before)(?![a-z])/g),
  // "only a handful of second-home owners object"
  gated(/handful|number of/, /(?<![a-z])only a (?:(?:small|tiny) )?(?:handful|(?:small|tiny) number) of (?:[a-z'-]+ ){0,2}(?:people|residents|owners|landlords|objectors|campaigners|businesses|parents|drivers|households|critics)(?![a-z])/g),
  // "The number of places has gone up, not down": a trend claimed without its figures.
  gated(/number of/, /(?<![a-z])the number of (?:[a-z'-]+ ){1,6}(?:has|have) (?:gone up|gone down|risen|fallen|increased|decreased|grown|doubled|halved|dropped)(?![a-z])(?! (?:from|to|by) \d)/g),
  // "The scheme remains on budget", "still on time and on budget".
  gated(/budget/, /(?<![a-z])(?:remains|remain|is still|are still|stays|still|is|are) (?:on|within|under) budget(?![a-z])/g),
  // "knew it would add £400,000 to the cost"
  gated(/£/, /(?<![a-z])(?:add|adds|added|adding) £\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)? to (?:the )?(?:cost|bill|price)(?![a-z])/g),
  // "140 home care packages would have to be cut": a forecast of what follows from a choice.
  gated(/would/, /(?<![a-z0-9£$,.])\d[\d,]* (?:[a-z'-]+ ){1,4}would (?:have to )?(?:be )?(?:cut|lost|closed|close|axed|scrapped|go)(?![a-z])/g),
  /(?<![a-z0-9])\d[\d,.]*\s?(?:%|per ?cent) of (?:[a-z]+ ){1,3}(?:have|are|were|now|arrived|say|said|agree|use|used)(?![a-z])/g,
  /(?<![a-z])than any (?:other )?(?:council|authority|region|county|city|town|department|agency)(?![a-z])/g,
  // What most people think, said for them: "most traders privately agree", "most older residents understand that".
  /(?<![a-z])most (?:of (?:our|the|their) )?(?:[a-z]+ )?(?:residents|traders|people|parents|families|tenants|staff|businesses|users|visitors|locals|taxpayers|pensioners|drivers|passengers|customers|shoppers|patients|members|owners) (?:in [a-z]+ )?(?:privately |secretly |quietly )?(?:agree|understand|support|back|accept|welcome|will choose|would choose|know)(?![a-z])/g,
  // Money brought into an economy: "the weekend brought £3.2 million into the local economy".
  gated(/£/, /(?<![a-z])(?:brought|brings|bring|generated|generates|added|adds|pumped|injected) (?:in )?(?:an estimated |around |about |over |more than )?£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)? (?:into|to|for) (?:the )?(?:[a-z'-]+ ){0,3}economy(?![a-z])/g),
  // The size of a budget gap: "the only responsible choice for a council facing a £9m gap".
  gated(/£/, /(?<![a-z])(?:facing|with|has|have|faces|leave|leaves|leaving|left|create|creates|creating|blow|blows|blew) an? £\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)? (?:funding |budget |financial )?(?:gap|shortfall|black hole|hole|deficit)(?![a-z])/g),
  // A projection of money: "selling the field will raise £1.2 million".
  gated(/£/, /(?<![a-z])(?:will|would|could) (?:raise|generate|bring in|free up) (?:up to |around |about |over |more than |nearly |almost )?£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?(?![a-z0-9])/g),
  // "A first for Wales!": a claim to be first that needs a source.
  gated(/first/, /(?<![a-z])(?:a|the) first (?:for|in) (?:wales|scotland|england|the uk|britain|northern ireland|the country|the region|the north|the south|the midlands)(?![a-z])/g),
  /(?<![a-z])save (?:taxpayers|residents|the council) (?:a fortune|millions|thousands)(?![a-z])/g,
  /(?<![a-z])overwhelmingly (?:love|like|want|prefer|agree)/g,
  // Money per period as a cost or saving: "costs taxpayers £8 billion a year"
  /(?<![a-z])(?:costs?|costing|save|saving|saves|saved|wastes?|wasted|losing|lost|worth)(?: [a-z'-]+){0,4} £\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?(?: [a-z]+)?(?: a| per| each| every) (?:year|month|week|day)(?![a-z])/g,
];
// What makes a claim sourced: a link, or a named source, in the same sentence or the next one.
const ATTRIBUTION = /(?<![a-z])(?:(?:survey|study|report|review|inspection|assessment)(?:, [^,]{2,80},)? (?:has )?(?:found|concluded|showed|shows)|(?:is|are) published (?:on our website|online|in full|here)|according to|(?:the )?(?:independent )?(?:panel|review|inquiry|audit|inspectorate|regulator|ombudsman|commission|tribunal)(?: has)? (?:recommended|found|concluded|reported)|source:|sources:|figures from|data from|published by|ons |office for national statistics|table \d|survey (?:by|of|from)|report (?:by|from)|study (?:by|from)|audit (?:by|from)|see (?:the|our) (?:report|release|data|figures)|(?:report|paper|figures|data|breakdown|release)s? (?:are |is )?linked (?:below|above|here)|in the (?:[a-z]+ )?(?:report|paper) linked|full (?:release|breakdown|report|data)|(?:our|the) (?:automatic |traffic |footfall |own )?(?:counters|sensors|monitors|meters|volunteers|rangers|surveyors|survey teams?|staff) (?:recorded|record|show|showed|counted|count|logged|surveyed))/;

// "According to our polling" names no published source: the organisation's own unpublished work.
const OWN_UNPUBLISHED = /according to (?:our|internal) (?:own )?(?:polling|polls?|research|survey|figures|data|analysis|modelling|estimates|calculations)(?![a-z])(?! (?:published|table|release|report))/g;

const SCHEDULED = /(?:^|[^a-z])(?:from|starting|on|by) (?:(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:next|this) (?:month|week|year|april|spring|summer|autumn|winter)|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])(?!.*(?:since|than|compared|last year|record))/;

const ADVERT = /(?<![a-z])(?:we're|we are) (?:hiring|recruiting)|(?<![a-z])(?:apply (?:now|by|online|here)|closing date|job description)(?![a-z])/;

const rule: Rule = {
  id: 'unsourced-statistic',
  category: 'unsourced-claim',
  description:
    'A statistic or factual policy claim in an official voice with no link or source: a figure for a change or effect, a share of people, a record, a cost or saving per year.',
  citation: SOURCES.gcsObjective,
  examples: {
    bad: [
      { text: 'Our new recycling scheme has already cut landfill waste by a third.', profile: { account: 'corporate' } },
      { text: 'Nine out of ten residents back our plans for the high street.', profile: { account: 'corporate' } },
      { text: 'Fraud costs taxpayers £2 billion a year, and we are cracking down.', profile: { account: 'corporate' } },
    ],
    good: [
      { text: 'Band D council tax is £2,146.30, up 4.99%. See how it is calculated: https://example.gov.uk/counciltax', profile: { account: 'corporate' } },
      { text: 'Thank you to the 60 volunteers who collected 94 bags of litter on Sunday.', profile: { account: 'corporate' } },
      { text: 'Waiting times fell from 41,000 to 28,500. It is in table 4 of our release: https://example.gov.uk/stats', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const own = ctx.amplifiedStart;
    const sentences = ctx.sentences;
    // "The full season report, with the data, is here: <link>" sources every figure in the post, as
    // do "We publish every result: <link>" and "Full guide: <link>".
    // …and so does a consultation's closing link to its papers ("The consultation closes on 24 March: <link>").
    // (The link may close the post just after it: "The consultation closes on 6 March. … \n\n<link>".)
    const linkedAt = (i: number) => { const s = sentences[i]; return !!s && ctx.links.some((l) => l.start < s.normEnd && l.end > s.normStart); };
    const reportAt = !ctx.hasLink ? -1 : sentences.findIndex((s, i) => /(?<![a-z])(?:full|the|our|every|all (?:the|our)) (?:[a-z'-]+ ){0,3}(?:report|data|figures|results?|breakdown|statistics|release|consultation|proposals|papers|options|evidence|guide|guidance)(?![a-z])/.test(s.text) && (linkedAt(i) || ((linkedAt(i + 1) || linkedAt(i + 2)) && i + 3 >= sentences.length)));
    const sourced = (i: number): boolean => {
      // …when it comes after the figures, as a post's closing "full report: <link>".
      if (reportAt > i) return true;
      const s = sentences[i]!;
      const next = sentences[i + 1];
      const linked = (from: number, to: number) => ctx.links.some((l) => l.start < to && l.end > from);
      if (linked(s.normStart, s.normEnd) || ATTRIBUTION.test(s.text.replace(OWN_UNPUBLISHED, ''))) return true;
      // "We've published the results of our consultation. … 61% of people disagreed."
      const prev = sentences[i - 1];
      if (prev && /(?<![a-z])(?:we(?:'ve| have)? published|published (?:today|the results|our)|the results of|results show|our report|the report shows)(?![a-z])/.test(prev.text)) return true;
      // The next sentence sources it when it follows in the same paragraph ("Full release: link").
      if (next && !/\n\s*\n/.test(ctx.norm.slice(s.normEnd, next.normStart)) && (linked(next.normStart, next.normEnd) || ATTRIBUTION.test(next.text))) return true;
      return false;
    };
    const claims: Match[] = [];
    // Money raised for a cause is the poster's own count ("raised £640 for the hospice"); a charge
    // "raised by 5%" or "raised to £2,500" is a change.
    const fundraising = (m: Match) => /^raised(?! .*\b(?:by|to|from)\b)/.test(m.text) && /£/.test(m.text);
    // A charge on a condition is a price, not a finding: "a £70 penalty, reduced to £35 if paid within 14 days".
    const conditional = (m: Match) => /£/.test(m.text) && /^\s*(?:if|when|for (?:early|prompt)|within)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12));
    // What something the organisation sells will cost ("A permit will cost £45 a year") is its price.
    const price = (m: Match) => /^costs? /.test(m.text) && /(?<![a-z])(?:permits?|tickets?|pass|passes|licen[cs]es?|memberships?|subscriptions?|season tickets?|bins?|places?|sessions?|lessons?|classes|courses?|plots?|allotments?|pitch(?:es)?|bookings?|hire)\s+(?:will\s+|now\s+|still\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 30), m.normStart));
    for (const claim of CLAIMS) {
      const re = claim instanceof RegExp ? claim : claim.gate.test(ctx.norm) ? claim.re : undefined;
      if (re) claims.push(...ctx.matches(re, 0, own).filter((m) => !fundraising(m) && !conditional(m) && !price(m)));
    }
    claims.sort((a, b) => a.normStart - b.normStart);
    const seen = new Set<number>();
    // Read once, on the first claim that needs it (a long post has hundreds of claims).
    let advert: boolean | undefined;
    for (const c of claims) {
      const i = ctx.sentenceIndexAt(c.normStart);
      if (i < 0 || seen.has(i)) continue;
      seen.add(i);
      if (sourced(i)) continue;
      // A collection's own history ("many on show for the first time in twenty years") is the
      // organisation's own record of what it shows, not a claim about the world.
      if (/^for the first time in/.test(c.text) && /(?<![a-z])(?:on show|on display|back on|displayed|shown|exhibited|played|performed|rung|heard|open to the public|running|turning|working|in steam)\s+$/.test(ctx.norm.slice(Math.max(0, c.normStart - 24), c.normStart))) continue;
      // A threshold in a rule or a condition ("if your income has dropped by 15% or more") is no finding.
      if (/^\s*or (?:more|less|above|over|higher|lower|under)(?![a-z])/.test(ctx.norm.slice(c.normEnd, c.normEnd + 12)) && /(?<![a-z])(?:if|unless|when|where|once|whose|anyone|any)(?![a-z])/.test(ctx.norm.slice(sentences[i]!.normStart, c.normStart))) continue;
      // A job advert's pay is the offer, not a finding: "pays £21,600 in year one, rising each year".
      if ((advert ??= ADVERT.test(ctx.norm)) && /(?<![a-z])(?:pays?|salary|wage|per annum|a year|in year (?:one|1))(?![a-z])/.test(sentences[i]!.text)) continue;
      // A scheduled change is the organisation's own decision, not a finding: "From 1 March the quota rises by 6%".
      if (SCHEDULED.test(sentences[i]!.text)) continue;
      // So is a proposed tax or charge: "the 9% increase applies", "a council tax increase of 9%".
      if (/^(?:\d[\d,.]*\s?(?:%|per ?cent) (?:rise|increase)|(?:increase|rise)d? (?:of|by) \d)/.test(c.text) && /(?<![a-z])(?:council tax|rents?|fees?|charges?|fares?|precept|tariffs?|referendum|budget)(?![a-z])/.test(ctx.norm)) continue;
      hits.push({
        start: c.start,
        end: c.end,
        severity: ctx.corporate ? 'warning' : 'info',
        message: `"${ctx.text.slice(c.start, c.end)}" is a claim that needs a published source, and none is linked.`,
        advice: 'Add the link to the published figure or report it comes from.',
      });
    }
    return hits;
  },
};

export default rule;
