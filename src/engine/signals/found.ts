// Lexicon matches over the whole draft, computed once per check and shared by the rules.
import type { CheckContext, Match } from '../context';
import { LEXICONS, type LexiconName } from '../lexicons/index';
import { PhraseIndex, tokenise, type PhraseMatch } from '../phrase-index';

// Lists used as sets or by their own code, not searched as phrases.
const NOT_PHRASES = new Set<LexiconName>(['acronyms', 'given-names', 'street-types', 'protective-markings', 'valence-supplement', 'situational-words']);
let index: PhraseIndex<LexiconName> | undefined;
function phraseIndex(): PhraseIndex<LexiconName> {
  return (index ??= new PhraseIndex(
    (Object.keys(LEXICONS) as LexiconName[]).filter((n) => !NOT_PHRASES.has(n)).map((n) => [n, LEXICONS[n].entries] as [LexiconName, readonly string[]]),
  ));
}

/** Every list's raw matches over the draft, found in one walk over its words. */
function allFound(ctx: CheckContext): Map<LexiconName, PhraseMatch<LexiconName>[]> {
  return ctx.memo('lex:all', () => phraseIndex().find(tokenise(ctx.norm)));
}

/** One list's matches, built into Match objects only when a rule asks for that list. */
export function found(ctx: CheckContext, name: LexiconName): Match[] {
  return ctx.memo(`lex:${name}`, () => {
    let raw = allFound(ctx).get(name) ?? [];
    // Words inside a link's address ("…gov.uk/rogue-landlords") are a page's name, not something the
    // draft says; only a party's own site says who is being promoted.
    if (raw.length && !READ_IN_LINKS.has(name) && /[/.]/.test(ctx.norm)) {
      const links = ctx.links;
      if (links.length) raw = raw.filter((m) => !links.some((l) => m.normStart >= l.start && m.normEnd <= l.end));
    }
    const senses = SENSES_BY_LIST.get(name);
    const kept = senses ? raw.filter((m) => !literal(ctx, senses, m)) : raw;
    return kept.map((m) => ctx.matchAt(m.normStart, m.normEnd));
  });
}

/** The lists still read inside a link: a party's site or a campaign's hashtag page names the side. */
const READ_IN_LINKS: ReadonlySet<LexiconName> = new Set<LexiconName>(['parties', 'party-ambiguous', 'partisan-hashtags', 'partisan-nicknames', 'campaign-activity', 'voting-advice']);

/** What makes an away day a meeting worth keeping quiet about. */
const AWAY_DAY_BUSINESS = /(?<![a-z])(?:options?|plans?|planning|restructur\w*|strateg\w*|budgets?|cuts?|closures?|closing|merg\w*|announce\w*|told us|said|slides?|whiteboard|flipchart|proposals?|reorgani[sz]\w*|redundanc\w*|jobs?|posts?|savings|shortlist)(?![a-z])/;

/**
 * Words in their everyday sense where a list means another: bottles "lying on dry grass" tell no lies.
 * Each row: the list (or lists), the phrase it holds (a string, strings, or a pattern for the whole
 * match), and when the phrase is meant literally in this draft. A match is literal if any row for
 * its list and phrase says so.
 */
type Sense = readonly [LexiconName | readonly LexiconName[], string | readonly string[] | RegExp, (ctx: CheckContext, m: PhraseMatch<LexiconName>) => boolean];
const SENSES: readonly Sense[] = [
  // "Most people who buy them have no idea.": the public unaware of a risk, not a put-down.
  ['attack-predicates', 'have no idea', (ctx, m) => /(?<![a-z])(?:most|many|some|lots of|a lot of) (?:people|buyers|customers|shoppers|parents|residents|families|pensioners|owners|tenants|drivers|users)(?: [a-z']+){0,4}\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 50), m.normStart)) && /^\s*(?:[.!?]|$|that |they(?:'re| are) |it(?:'s| is) |this )/.test(ctx.norm.slice(m.normEnd, m.normEnd + 16))],
  // "seating for those who'd rather watch the dancing": a preference, not a motive. An attack says
  // what they would rather do instead ("would rather spread fear than read the plans").
  ['attack-predicates', ['would rather', "who'd rather", "they'd rather"], (ctx, m) => {
    const rest = ctx.norm.slice(m.normEnd, ctx.sentenceAt(m.normStart)?.normEnd ?? m.normEnd + 80);
    return !/(?<![a-z])than(?![a-z])/.test(rest) && !/^\s+(?:moan|complain|shout|spread|play|score|grandstand|protest|attack|blame|argue|fight|whinge|whine|criticise|criticize|sneer|bicker|posture|cause|stir|scare|frighten|mislead|grab|chase)/.test(rest);
  }],
  // "all of them had been paid by 14 March": a date, not a paymaster.
  ['attack-predicates', 'been paid by', (ctx, m) => /^\s+(?:\d|(?:the )?end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|now|then|bacs|cheque|bank transfer|direct debit)/.test(ctx.norm.slice(m.normEnd, m.normEnd + 14))],
  // "I'm not ashamed to say I killed it", "…and I'm not remotely ashamed": the writer owning up, or
  // the writer's own feeling, said of nobody ("I'm ashamed of them" is).
  ['attack-predicates', 'ashamed', (ctx, m) => /^\s+to (?:say|admit|confess)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 14)) || (/(?<![a-z])(?:i'm|i am|i was|i feel|i felt|we're|we are)(?: not| never)?(?: [a-z]+ly)?\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 24), m.normStart)) && !/^\s*(?:of|that|at|by|for|to work|to be)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12)))],
  // "…and to everyone who told us what they think, including those who disagree": thanks, not a sneer.
  ['attack-predicates', 'those who disagree', (ctx, m) => /(?<![a-z])(?:thank\w*|grateful|welcome|including|listen\w*|heard from)(?![a-z])/.test(ctx.sentenceAt(m.normStart)?.text ?? '') && /(?<![a-z])(?:including|and|even|to)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 12), m.normStart))],
  // "write clear decisions that can stand up to scrutiny": praise, unless it is denied.
  ['attack-predicates', 'stand up to scrutiny', (ctx, m) => !/(?:n't|not|never|won't|cannot)\s+(?:[a-z]+\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 16), m.normStart))],
  // …nor do "low-lying roads".
  [['attack-predicates', 'criticism'], 'lying', (ctx, m) => /low[- ]?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 4), m.normStart)) || /^\s+(?:on|in|around|down|flat|idle|empty|there|face|beside|under|next to|across|by|at|low|dormant|unused)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12))],
  // "I don't work for the council": where one works, not what fails.
  ['criticism', ["don't work", "doesn't work"], (ctx, m) => /^\s+(?:for|at|in|on|here|there|with|weekends|fridays|mondays|evenings|nights)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 10))],
  // "the worst week of their lives" is the hardship of the people a service helps, not a verdict on anyone.
  ['criticism', 'the worst', (ctx, m) => /^\s+(?:[a-z]+ )?(?:days?|weeks?|nights?|moments?|years?|times?|months?) of (?:their|your|my|his|her|our) (?:li(?:fe|ves)|careers?)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 40))],
  // "The helpline will close for good at 5pm on Friday": a closing date, not a promise of lasting change.
  // "closed for Good Friday" is a bank holiday.
  ['evaluative', 'for good', (ctx, m) => (/(?<![a-z])(?:close|closes|closed|closing|shut|shuts|shutting|shut down|closes down|close down)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 14), m.normStart)) && /^\s+(?:at|on|from|in|after|this|next|by|when)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 8))) || /^\s+friday/.test(ctx.norm.slice(m.normEnd, m.normEnd + 8))],
  // "Loving this from the pier volunteers 😍": praise of people's work, not a contested claim endorsed.
  ['evaluative', 'loving this', (ctx, m) => /^\s+from (?:the |our |all (?:the|our) )?(?:[a-z'-]+ ){0,2}(?:volunteers|team|staff|crews?|friends|pupils|children|kids|apprentices|community|students|residents)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 40))],
  // "Declare war on condensation", "declare war on litter", "waging war on mealybugs": a campaign
  // against a nuisance or a pest, not a verdict on anyone or a campaign slogan.
  ['evaluative', 'war on', (ctx, m) => /^\s+(?:[a-z]+ )?(?:condensation|damp|mould|mold|litter|weeds?|potholes?|germs|clutter|waste|food waste|slugs|snails|pests|rats|mice|moths|mealybugs|aphids|greenfly|vine weevils?|knotweed|ragwort|balsam|invasive \w+|draughts|drafts|dust|fly-?tipping|flytipping|graffiti|chewing gum|dog fouling|plastic|rubbish|fraudsters|scammers|scams)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 28))],
  // "Selling puppies without a licence is a criminal offence": the law stated, not a person branded.
  ['legal-conclusions', /criminal$/, (ctx, m) => /^\s+(?:offence|offense|act|matter|investigation|record|proceedings|charges?|courts?|justice|obstruction|damage|law|liability|prosecution)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 16))],
  // "books due back during the Easter closure": a holiday closure, not a closure decision.
  ['contentious-topics', ['closure', 'closures'], (ctx, m) => /(?<![a-z])(?:easter|christmas|festive|holiday|bank holiday|half-term|half term|summer|temporary|overnight|weekend|lunchtime)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 16), m.normStart))],
  // "the organ had not played in decades": a fact of history, not a record claimed.
  // "Our wardens are finally getting some sleep": rest after a busy season, not a verdict on anything.
  ['evaluative', ['finally getting', 'finally got'], (ctx, m) => /^\s+(?:some |a bit of |a little |a good night's |a proper |an early )?(?:sleep|rest|kip|lie-in|break|day off|night off|holiday|cuppa|cup of tea|round to|around to)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 30))],
  // "every open weekend tour we've ever run": a count of all of them, not "the best … ever run".
  ['evaluative', ['ever run', 'has ever run', 'ever built', 'ever made', 'ever been offered'], (ctx, m) => {
    const before = ctx.norm.slice(ctx.sentenceAt(m.normStart)?.normStart ?? Math.max(0, m.normStart - 80), m.normStart);
    return /(?<![a-z])(?:every|all the|any)(?![a-z])/.test(before) && !/(?<![a-z])(?:most|best|worst|biggest|largest|greatest|fastest|quickest|finest|fairest|smartest|highest|lowest|cheapest|strongest|toughest|safest|cleanest|first|only)(?![a-z])/.test(before);
  }],
  // "a certificate that misrepresents your rating can be an offence": a thing misleading, in guidance.
  ['evaluative', /^misrepresent/, (ctx, m) => /(?<![a-z])(?:certificates?|labels?|signs?|adverts?|advertisements?|documents?|listings?|photos?|images?|descriptions?|packaging|stickers?|badges?|websites?|ads?)(?: (?:that|which))?\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 30), m.normStart))],
  // "sensible shoes", "take sensible precautions", "a flask if you're sensible": advice, not a verdict.
  ['evaluative', 'sensible', (ctx, m) => /^\s+(?:shoes|footwear|boots|clothing|clothes|layers|precautions|steps to|amounts?|portions?|speeds?)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 14)) || /(?<![a-z])(?:if you're|if you are|be|stay|please be)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 16), m.normStart))],
  // "Overheard on the 7.52: 'I would kill for a coffee'": strangers in public, not the office.
  [['gossip-cues', 'secrecy-cues'], 'overheard', (ctx, m) => /^\s*(?:on the (?:train|bus|tube|tram|ferry|platform|\d[\d.:]*)|at the (?:bus stop|station|café|cafe|pub|bar|gym|park|shops|supermarket|school gate|match|beach)|in (?:the|a) (?:queue|supermarket|pub|café|cafe|park|lift at the gym))(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 24))],
  // "a certain amount of swearing at blackthorn": a quantity, not "a certain campaign group".
  ['attack-predicates', 'a certain', (ctx, m) => /^\s+(?:amount|number|degree|extent|level|point|age|kind|type|sort|something|charm|time|distance)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12))],
  // "where a new kissing gate should go": a place for a thing, not a call for someone to resign.
  ['criticism', 'should go', (ctx, m) => /(?<![a-z])(?:where|which way|how far)\s+(?:(?!and |but )[a-z'-]+\s+){0,5}$/.test(ctx.norm.slice(Math.max(0, m.normStart - 50), m.normStart)) || /^\s+(?:in|on|at|to|into|here|there|up|down|ahead|back|through|next|first|out|over|well|smoothly|ahead)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12))],
  // "Our enforcement team is investigating and we can't say more while that continues": the
  // organisation's own line, not a leak.
  ['secrecy-cues', ["can't say more", 'cannot say more'], (ctx, m) => /(?<![a-z])we\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 4), m.normStart)) && /^\s+(?:while|until|at this stage|for now|for legal reasons)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 20))],
  // "During the general election campaign we'll be posting essential service information only": a period.
  ['campaign-activity', 'election campaign', (ctx, m) => /(?<![a-z])(?:during|throughout|for the duration of|over|ahead of)\s+(?:the\s+)?(?:general\s+|local\s+|mayoral\s+|county\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 40), m.normStart))],
  // "The irony is not lost on me": the writer's own, aimed at no one.
  ['sarcasm-cues', 'the irony', (ctx, m) => /^\s+(?:is not|isn't|wasn't|was not) lost on (?:me|us)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 24))],
  ['evaluative', 'in decades', (ctx, m) => /(?:\bnot|n't|\bnever|\bno)\s+(?:[a-z]+\s+){0,3}$/.test(ctx.norm.slice(Math.max(0, m.normStart - 40), m.normStart))],
  // "very busy this morning after the disruption": a morning, not the morning after the night before.
  ['personal-life', 'morning after the', (ctx, m) => !/(?<![a-z])the\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 5), m.normStart)) && !/^\s+night before/.test(ctx.norm.slice(m.normEnd, m.normEnd + 14))],
  // "The pier will close at 4pm on Saturday": opening hours, not a closure decision.
  ['contentious-topics', 'will close', (ctx, m) => /^\s+(?:at \d|early|from \d|between|until|for (?:the day|the evening|the night|repairs|maintenance|an? [a-z]+ event|one day|two days|a few hours)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|tomorrow)/.test(ctx.norm.slice(m.normEnd, m.normEnd + 24))],
  // "how our rates team tracks down empty-property cheats": a class of offenders pursued, not anyone branded.
  [['insults', 'legal-conclusions'], /^cheat(?:s|ers)?$/, (ctx, m) => /(?<![a-z])(?:tracks? down|tracking down|track down|catch(?:es|ing)?|crack(?:s|ing)? down on|tackl(?:e|es|ing)|pursu(?:e|es|ing)|report(?:ing)?|find(?:s|ing)?|rooting out|root out|spot(?:ting)?)\s+(?:[a-z'-]+\s+){0,2}$/.test(ctx.norm.slice(Math.max(0, m.normStart - 40), m.normStart))],
  // "the card cheats who used the Vanishing Deck": a game's cheats, not an accusation.
  [['insults', 'legal-conclusions'], /^cheat(?:s|ing|ed)?$/, (ctx, m) => /(?<![a-z])(?:cards?|deck|magic\w*|tricks?|poker|casino|board games?|chess|quiz|monopoly|dice)(?![a-z])/.test(ctx.sentenceAt(m.normStart)?.text ?? '')],
  // "a sheep scab outbreak": the disease, not a strike-breaker.
  ['insults', /^scabs?$/, (ctx, m) => /(?<![a-z])(?:sheep|flocks?|mites?|outbreak|ewes?|lambs?|treatment|dip|dipping|wound|knee|graze)(?![a-z])/.test(ctx.sentenceAt(m.normStart)?.text ?? '')],
  // "leave some trees to grow up": growing, not "oh, grow up".
  ['insults', 'grow up', (ctx, m) => /(?<![a-z])(?:trees?|plants?|hedges?|saplings?|they|will|can|kids|children|them|it|let|helped|watched|watch|(?:room|space|time|left|allowed|able|trees?|plants?|them) to)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 12), m.normStart))],
  // "No, I can't fix your permit personally": doing it oneself, not "personally, I think".
  ['opinion-markers', 'personally', (ctx, m) => !/(?:^|[.!?,:;(\n]\s*)$/.test(ctx.norm.slice(Math.max(0, m.normStart - 3), m.normStart)) && !/^\s*(?:,|i |i'm|i'd|i think|speaking)/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12))],
  // "the hedge between us and next door": a boundary, not a confidence.
  ['secrecy-cues', 'between us', (ctx, m) => /^\s+and\s/.test(ctx.norm.slice(m.normEnd, m.normEnd + 6))],
  // "I'll miss the view from the top floor": the building, not word from management.
  ['secrecy-cues', 'from the top floor', (ctx, m) => /(?<![a-z])(?:view|views|window|windows|lift|stairs)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 10), m.normStart))],
  // "cleared every overdue visit on the list this week": a to-do list, not a closure list.
  ['secrecy-cues', ['on the list', 'is on the list'], (ctx, m) => /(?<![a-z])(?:every|each|all the|everything|everyone|anything|ticked off|crossed off)(?![a-z])[^.!?\n]{0,40}$/.test(ctx.norm.slice(Math.max(0, m.normStart - 50), m.normStart))],
  // A team away day with a raft race and a quiz is a day out; one with options, plans or cuts is a meeting.
  ['secrecy-cues', ['away day', 'awayday'], (ctx, m) => !AWAY_DAY_BUSINESS.test(ctx.norm)],
  // "Back Qureshi on 7 May" backs a name; "the bandstand goes back together on a new base" does not.
  ['voting-advice', /^back [a-z'-]+ (?:on|in)$/, (ctx, m) => !capitalisedAt(ctx, ctx.span(m.normStart + 5, m.normStart + 6).start)],
  // A rose among roses, pruning and gardens is a flower.
  ['voting-advice', '🌹', (ctx) => /(?<![a-z])(?:roses?|prun\w*|garden\w*|bouquet|flowers?|valentine\w*|florist)(?![a-z])/.test(ctx.norm)],
];

/** The senses by list: found() reads a list's matches against these only when the list has any. */
const SENSES_BY_LIST = new Map<LexiconName, Sense[]>();
for (const sense of SENSES) for (const list of typeof sense[0] === 'string' ? [sense[0]] : sense[0]) SENSES_BY_LIST.set(list, [...(SENSES_BY_LIST.get(list) ?? []), sense]);

function literal(ctx: CheckContext, senses: readonly Sense[], m: PhraseMatch<LexiconName>): boolean {
  const text = ctx.norm.slice(m.normStart, m.normEnd);
  for (const [, phrase, isLiteral] of senses) {
    const matches = typeof phrase === 'string' ? text === phrase : phrase instanceof RegExp ? phrase.test(text) : phrase.includes(text);
    if (matches && isLiteral(ctx, m)) return true;
  }
  return false;
}



/** Whether the original text at an offset starts with a capital letter. */
export function capitalisedAt(ctx: CheckContext, start: number): boolean {
  const ch = ctx.text[start];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a normalised offset begins a sentence (only white space, quotes, emoji or a thread number before it). */
export function sentenceInitial(ctx: CheckContext, normStart: number): boolean {
  const before = ctx.norm.slice(Math.max(0, normStart - 16), normStart);
  const trimmed = before.replace(/(?:\d+\/\d+)?[^a-z0-9.!?:\n]*$/u, '');
  return trimmed.length === 0 ? normStart - before.length <= 0 || /[.!?:\n]$/.test(ctx.norm.slice(0, normStart - before.length)) : /[.!?:\n]$/.test(trimmed);
}


/** Matches of a list grouped by the index of their sentence, so rules can pair them in linear time. */
export function foundBySentence(ctx: CheckContext, name: LexiconName): Map<number, Match[]> {
  return ctx.memo(`lexBySentence:${name}`, () => groupBySentence(ctx, found(ctx, name)));
}

export function groupBySentence<T extends Match>(ctx: CheckContext, matches: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of matches) {
    const i = ctx.sentenceIndexAt(m.normStart);
    const list = out.get(i);
    if (list) list.push(m);
    else out.set(i, [m]);
  }
  return out;
}
