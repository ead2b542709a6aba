// Partisan content: parties, nicknames, hashtags, voting advice, campaigning, politicians' handles.
// Shared by party-political, endorsement and election-period rules.
import type { CheckContext, Match } from '../context';
import { capitalisedAt, found, foundBySentence, sentenceInitial } from './found';
import { lexiconSet } from '../lexicons/index';

export type PartisanKind = 'party' | 'nickname' | 'hashtag' | 'voting' | 'campaign' | 'politician';

export interface PartisanSignal extends Match {
  kind: PartisanKind;
  /** Inside quoted or reposted material rather than the poster's own words. */
  amplified: boolean;
}

// Words that, in the same sentence as a party, make the mention a judgement for or against it.
const PARTISAN_JUDGEMENT =
  /(?<![a-z])(?:proud|delighted|thrilled|pleased|glad|relieved|gutted|going to walk|walk it|finally|neglect\w*|cuts|underfund\w*|austerity|fail\w*|mess|chaos|ruin\w*|broken|deliver\w*|promises?|betray\w*|lies|lied|liars|good riddance|finished|deserve your vote|squirm|dither|get behind|urge everyone|stitch-up|stitch up|fix(?:ed)? (?:it|them)|only the|years of|decade of|decades of|thanks to|under the|run by|-run|-led|out\b|scum|disaster\w*|shambles|wrecked|sleaze|corrupt\w*|best|worst|right|wrong|better|worse|gets? on with|while others|administration gets)(?![a-z])/;

// "Vote Morrow", "vote Labour", "vote for the Greens"; not "vote on", "vote online", "vote by post".
const VOTE_FOR = /(?<![a-z#])vot(?:e|ing)\s+(?:for\s+)?(?:the\s+)?([a-z][a-z'-]+)/g;
// Read where the match ends (sticky), never by slicing the rest of a long draft.
// ("Register to vote for the Scottish Parliament election": the election, by its institution.)
const ELECTION_AFTER = /\s*(?:(?:parliament|parliamentary|assembly|senedd|council|county council|mayoral|local|general|pcc)\s+)?(?:elections?|polls?|ballot|referendum|by-elections?|local elections)(?![a-z])/y;
const NOT_A_CHOICE = new Set(['on', 'in', 'at', 'by', 'to', 'online', 'early', 'today', 'tomorrow', 'tonight', 'this', 'next', 'and', 'or', 'with', 'from', 'if', 'when', 'as', 'is', 'was', 'will', 'a', 'an', 'your', 'their', 'our', 'my', 'the', 'postal', 'proxy', 'counting', 'count', 'yes', 'no', 'it', 'them', 'out', 'against', 'because', 'you', 'we', 'they', 'he', 'she', 'before', 'after', 'until', 'for', 'who', 'whoever', 'that', 'please', 'safely', 'it\'s']);
const POLITICIAN_ATTACK =
  /(?<![a-z])(?:the |this |our )?(?:chancellor|prime minister|pm|home secretary|foreign secretary|health secretary|education secretary|culture secretary|deputy prime minister|[a-z]+ secretary|government|cabinet|ministers)(?:'s)?(?: [a-z'-]+){0,3} (?:fibs|porkies|giveaway to their|donor mates|lies|lying|liars?|incompetence|incompetent|corrupt\w*|sleaze|cronies|cronyism|disgrace\w*|shambles|clowns|u-turns?|broken promises|betrayal)(?![a-z])/g;
const BACK_NAME = /\b[Bb]ack [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? (?:in [A-Z][a-z]+|on (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day|polling day)|for (?:council|mayor|mp|councillor))/g;
const HASHTAG_VOTE = /#vote\s?[a-z]+/g;
// A party known only by its name and what it is: "the Northern Progress group on the council",
// "Civic Reform councillors", "the Harbour Party candidate". Written with capitals, not at a
// sentence's start, and not a council's own committees or working groups.
const NAMED_PARTY = /(?<![A-Za-zÀ-ÿ'’])((?:[A-ZÀ-Þ][a-zß-ÿ'’-]+ ){1,3})(?:[Pp]arty|group on the council|group of councillors|group|administration|councillors|candidates?|activists|manifesto|campaign|lot)(?![A-Za-zÀ-ÿ])/g;
const NOT_PARTY_NAME = /^(?:The|Our|Ward|Parish|Town|City|County|District|Borough|Labour|Working|Steering|Planning|Cabinet|Council|Residents'?|Tenants'?|Local|All|Some|Two|Three|Many|Most|Both|New|Former|Senior|Independent|Liberal|Green|Conservative)$/;
const HANDLE = /@([A-Za-z0-9_]{2,30})/g;
const NEUTRAL_TURNOUT = /(?<![a-z])(?:whoever you (?:support|vote for|back|choose)|whoever you're (?:voting for|backing|supporting)|whichever (?:party|candidate) you|no matter who you (?:support|vote for)|(?:not|never) (?:telling|going to tell) (?:anyone|you) (?:who|which way|how) to vote)(?![a-z])/;
const PARTY_WORDS = /(?:labour|tor(?:y|ies)|conservatives?|libdems?|libdem|liberal|snp|plaid|reformuk|greenparty|greens|ukip|dup|sinnfein)/i;

function isPartyWord(ctx: CheckContext, word: string): boolean {
  return /^(?:labour|tory|tories|conservatives?|lib|libdems?|greens?|snp|plaid|reform|ukip|dup|alliance)$/.test(word);
}

export function partisanSignals(ctx: CheckContext): PartisanSignal[] {
  return ctx.memo('partisan', () => {
    const amplifiedStart = ctx.amplifiedStart;
    const out: PartisanSignal[] = [];
    const add = (m: Match, kind: PartisanKind) => out.push({ ...m, kind, amplified: m.normStart >= amplifiedStart });

    for (const m of found(ctx, 'parties')) add(m, 'party');
    for (const m of found(ctx, 'party-ambiguous')) {
      // "Labour" the party is written with a capital; "labour market" is not. A capital at the
      // start of a sentence proves nothing, so there the word must sit next to a vote or party word.
      const capital = capitalisedAt(ctx, m.start);
      const initial = sentenceInitial(ctx, m.normStart);
      const after = ctx.norm.slice(m.normEnd, m.normEnd + 24);
      const partyContext = /^(?:-run|-led|\s+(?:party|council(?:lors?)?|government|candidate|mp|group|members?|voters?|supporters?|leader|manifesto))/.test(after);
      if ((capital && !initial) || partyContext) add(m, 'party');
    }
    for (const m of found(ctx, 'partisan-nicknames')) add(m, 'nickname');
    for (const m of found(ctx, 'partisan-hashtags')) add(m, 'hashtag');
    for (const m of ctx.matches(HASHTAG_VOTE)) add(m, 'voting');
    // "#SackAnand", "#ResignNow": a campaign against a politician (split by the normaliser).
    for (const m of ctx.matches(/#(?:sack|resign|oust|axe) ?[a-z]+/g)) add(m, 'campaign');
    // "re-elected as treasurer of the running club" is a club's vote, not an election.
    // "Whoever you support, go and hear the candidates before you vote": turnout, not a side.
    const neutral = NEUTRAL_TURNOUT.test(ctx.norm) && !out.some((signal) => signal.kind === 'party' || signal.kind === 'nickname' || signal.kind === 'hashtag');
    // "If most people vote Yes, the charge will be…": what each result means, not advice.
    const outcome = (m: Match) => /(?<![a-z])if (?:most |more )?(?:people|residents|voters|you|they|the majority|a majority)(?: [a-z]+)?\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 30), m.normStart));
    for (const m of neutral ? [] : found(ctx, 'voting-advice').filter((v) => !outcome(v))) if (!/^re-?elect/.test(m.text) || !/^\s+as\s+(?:the\s+)?(?:club\s+)?[a-z]+\s+(?:of|for|at)\s/.test(ctx.norm.slice(m.normEnd, m.normEnd + 40))) add(m, 'voting');
    // "If you hold a restricted post, you cannot canvass": guidance about campaigning is not campaigning.
    // "…no canvassing, no leaflets": a list of what is not allowed; "the council is not campaigning for
    // either option".
    const forbidden = (m: Match) => /(?<![a-z])(?:cannot|can't|can not|must not|mustn't|should not|shouldn't|not allowed to|may not|do not|don't|never|no|not)(?: [a-z]+){0,2}\s*$/.test(ctx.norm.slice(Math.max(0, m.normStart - 30), m.normStart));
    // "…can be booked by any candidate for hustings": every candidate alike is not a side.
    const anyone = (m: Match) => /(?<![a-z])(?:any|every|each|all)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 7), m.normStart));
    // "Canvassed the whole family on the best chippy": asking opinions, not canvassing for a party.
    const poll = (m: Match) => /^canvass/.test(m.text) && /^\s+(?:the |my |our )?(?:whole )?(?:family|friends|office|team|household|kids|colleagues|neighbours|street|group chat)(?: [a-z]+)? (?:on|for|about)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 40));
    for (const m of found(ctx, 'campaign-activity')) if (!forbidden(m) && !anyone(m) && !poll(m)) add(m, 'campaign');
    for (const m of ctx.matches(VOTE_FOR)) {
      const choice = m.groups[0] ?? '';
      if (NOT_A_CHOICE.has(choice)) continue;
      // "A postal vote for the May elections": the election itself, not a choice in it.
      ELECTION_AFTER.lastIndex = m.normEnd;
      if (ELECTION_AFTER.test(ctx.norm)) continue;
      // "Vote for Bramble Park in the Park of the Year awards": a competition, not an election.
      const sentence = ctx.sentenceAt(m.normStart);
      if (sentence && /(?<![a-z])(?:awards?|competition|contest|of the year|prize|poll closes|voting closes|shortlist\w*|nominat\w+|favourite|people's choice)(?![a-z])/.test(sentence.text)) continue;
      // A named choice: a party, or a capitalised name in the original ("Vote Morrow").
      const choiceAt = m.normStart + m.text.lastIndexOf(choice);
      if (isPartyWord(ctx, choice) || capitalisedAt(ctx, ctx.span(choiceAt, choiceAt + 1).start)) add(m, 'voting');
    }
    // A referendum's sides: "Vote Yes on 7 May" takes one, as does a "proud Yes campaigner"; "the No
    // campaign" is a side by name, partisan when judged like a party. "Yes or No" is the question itself.
    if (/(?<![a-z])(?:yes|no)(?![a-z])/.test(ctx.norm) && /referend|(?:yes|no) (?:campaign|vote|side)|vote (?:yes|no)/.test(ctx.norm)) {
      for (const m of ctx.matches(/(?<![a-z])(?:vote|voting|back(?:ing)?) (?:yes|no)(?![a-z])(?! or)|(?<![a-z])(?:yes|no) campaigners?(?![a-z])/g)) {
        // "Vote YES for strike action": a union's ballot, not a referendum.
        const sentence = ctx.sentenceAt(m.normStart)?.text ?? '';
        if (/strike|industrial action|pay offer|ballot|union/.test(sentence) && !/referend/.test(sentence)) continue;
        if (outcome(m)) continue;
        const word = /(?:yes|no)/.exec(m.text)!;
        if (!capitalisedAt(ctx, ctx.span(m.normStart + word.index, m.normStart + word.index + 1).start)) continue;
        add(m, /^(?:vot|back)/.test(m.text) || /campaigners?$/.test(m.text) ? 'voting' : 'party');
      }
      for (const m of ctx.matches(/(?<![a-z])the (?:yes|no) (?:campaign|side|camp)(?![a-z])/g)) {
        if (capitalisedAt(ctx, ctx.span(m.normStart + 4, m.normStart + 5).start)) add(m, 'party');
      }
    }
    // Parties by colour and by the administration's nickname: "our friends in yellow", "the Reds
    // delivering", "#RedWexmoor", "the last lot", "Reform's plan".
    if (/ lot\b|opposite| in (?:red|blue|yellow|green|orange|purple|turquoise)/.test(ctx.norm)) for (const m of ctx.matches(/(?<![a-z])(?:(?:our |their )?(?:friends|pals|chums) in (?:red|blue|yellow|green|orange|purple|turquoise)|the (?:last|other|previous) lot|the lot opposite|those opposite)(?![a-z])/g)) add(m, 'nickname');
    for (const m of ctx.matches(/(?<![a-z])the (?:reds|blues|yellows)(?![a-z])|#(?:red|blue|yellow|green)[a-z]{3,}/g)) {
      if (capitalisedAt(ctx, m.start + (m.text.startsWith('#') ? 1 : 4))) add(m, 'nickname');
    }
    for (const m of ctx.matches(/(?<![a-z])(?:reform|green|alliance|labour|conservative)'s (?:plan|plans|policy|policies|manifesto|candidate|councillors?|record|promise|pledge)(?![a-z])/g)) {
      if (capitalisedAt(ctx, m.start)) add(m, 'party');
    }
    // "her ambitions for the town after May", "his plans for next term"
    for (const m of ctx.matches(/(?<![a-z])(?:his|her|their) (?:plans?|vision|ambitions?|pledges?|priorities)(?: [^.!?\n]{0,80}?)? (?:after (?:(?:\d{1,2} )?may|the election|polling day)|(?:for |in )?(?:the )?next term)(?![a-z])/g)) add(m, 'voting');
    // A member's plans for the coming term: "his plans for a cleaner, greener Calderbridge … over the next four years".
    for (const m of ctx.matches(/(?<![a-z])(?:his|her|their|our) (?:plans?|vision|ambitions?|pledges?|priorities|manifesto)(?: [^.!?\n]{0,120}?)? (?:over |for |in )?the (?:next|coming) (?:four|4|five|5|ten|10) years(?![a-z])/g)) add(m, 'voting');
    // Party colours worn at an election: "so many orange rosettes around town today".
    if (/rosette/.test(ctx.norm)) for (const m of ctx.matches(/(?<![a-z])(?:red|blue|orange|yellow|green|purple|turquoise|gold) rosettes?(?![a-z])/g)) add(m, 'nickname');
    // Politicians attacked by office: "the Chancellor's budget fibs", "this government's lies".
    if (/chancellor|minister|\bpm\b|secretary|government|cabinet/.test(ctx.norm)) for (const m of ctx.matches(POLITICIAN_ATTACK)) add(m, 'campaign');
    NAMED_PARTY.lastIndex = 0;
    let n: RegExpExecArray | null;
    const namedParties = /party|group|administration|councillors|candidate|activists|manifesto/.test(ctx.norm);
    while (namedParties && (n = NAMED_PARTY.exec(ctx.text)) !== null) {
      const words = n[1]!.trim().split(' ');
      // Campaigns are named for what they want ("Save Ashgrove group", "Keep Lowfield Open group"), and a
      // name in quotes is someone's title for themselves.
      if (words.some((w) => NOT_PARTY_NAME.test(w)) || /^(?:Save|Stop|Keep|Protect|Defend|Friends|Hands|No|Yes|Fix|Reclaim|Restore|Back)$/.test(words[0]!) || /['’"]$/.test(ctx.text.slice(Math.max(0, n.index - 1), n.index)) || (/['’]$/.test(words[words.length - 1]!) && /(?:^|\s)['‘]\S/.test(ctx.text.slice(Math.max(0, n.index - 40), n.index)))) continue;
      const normStart = ctx.normOffsetOf(n.index);
      if (words.length < 2 && sentenceInitial(ctx, normStart)) continue;
      // "the Civic Reform group", "the Coast First lot": two names at least, or "group" is any group.
      if (/(?:group|administration|campaign|lot)$/.test(n[0]) && words.length < 2) continue;
      out.push({ ...ctx.matchAt(normStart, ctx.normOffsetOf(n.index + n[0].length)), kind: 'party', amplified: normStart >= amplifiedStart });
    }
    // "Only Coast First will stand up for our villages": a named choice as the only one.
    for (const m of ctx.matches(/(?<![a-z])only (?:[a-z'-]+ ){1,3}(?:will|can|is|are) (?:stand up|fight|protect|deliver|keep|save|stop|get|fix|put)(?![a-z])/g)) {
      if (capitalisedAt(ctx, ctx.span(m.normStart + 5, m.normStart + 6).start)) add(m, 'voting');
    }
    // "Back Qureshi in Millbeck on 7 May": backing a named person at an election.
    BACK_NAME.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BACK_NAME.exec(ctx.text)) !== null) {
      const normStart = ctx.normOffsetOf(b.index);
      out.push({ ...ctx.matchAt(normStart, ctx.normOffsetOf(b.index + b[0].length)), kind: 'voting', amplified: normStart >= amplifiedStart });
    }
    // A hashtag built on a party's name ("#LabourDelivers", "#VoteGreen"), split by the normaliser.
    for (const m of ctx.matches(/#[a-z ]{0,20}?(?<![a-z])(?:labour|tory|tories|conservatives?|lib ?dems?|snp|reform|greens?|plaid|ukip)(?![a-z])[a-z ]*/g)) add(m, 'hashtag');
    // "the Reform lot running our council"
    for (const m of ctx.matches(/(?<![a-z])the (?:labour|tory|tories|reform|lib dem|green|snp|conservative) lot(?![a-z])/g)) add(m, 'nickname');
    // Hashtags like "#ToriesOut", split by the normaliser into "#tories out".
    for (const m of ctx.matches(/#[a-z ]*?(?:tor(?:y|ies)|labour|lib ?dems?|snp|reform|conservatives?|greens?)[a-z ]*?\bout\b/g)) add(m, 'hashtag');
    // Accounts of politicians and parties: "@CllrGlynMorrow", "@HarrowfieldLabour", "@JaneSmithMP".
    HANDLE.lastIndex = 0;
    let h: RegExpExecArray | null;
    while ((h = HANDLE.exec(ctx.text)) !== null) {
      const handle = h[1]!;
      const words = handle.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
      const politician =
        /^cllr/i.test(handle) ||
        // A candidate's campaign handle ("@DanForHaverleigh") or a party branch ending in the party ("@PellingfordReform").
        // (A person's name before "For": "@FibreForFells" is a campaign for fibre, not a candidate.)
        (/^[A-Z][a-z]+(?:[A-Z][a-z]+)?For[A-Z][a-z]+$/.test(handle) && lexiconSet('given-names').has(/^[A-Z][a-z]+/.exec(handle)![0].toLowerCase())) ||
        /(?:Reform|Labour|Tories|Conservatives|LibDems|Greens)$/.test(handle) ||
        /^(?:Reform|Labour|Tory|Tories|Conservatives?|LibDems?|Greens?|SNP|Plaid)[A-Z]/.test(handle) ||
        /(?:^|[a-z_])MP$/.test(handle) ||
        /Party(?:$|[A-Z_])/.test(handle) ||
        (PARTY_WORDS.test(words) && !/\breform\b/.test(words.replace(/reform uk/, ''))) ||
        /\breform uk\b/.test(words);
      if (!politician) continue;
      const normStart = ctx.normOffsetOf(h.index);
      const normEnd = normStart + (h[0].length);
      out.push({ start: h.index, end: h.index + h[0].length, text: h[0], normStart, normEnd, groups: [], kind: 'politician', amplified: normStart >= amplifiedStart });
    }
    return out.sort((a, b) => a.normStart - b.normStart);
  });
}

/** Signals that are partisan by themselves, or a party mention with a judgement in its sentence. */
export function strongPartisan(ctx: CheckContext, signals = partisanSignals(ctx)): PartisanSignal[] {
  return signals.filter((s) => {
    if (s.kind !== 'party' && s.kind !== 'politician') return true;
    if (s.kind === 'politician') return false;
    // Joining a party is taking its side: "Joined the Alba Party today" (the poster's own joining; an
    // official account reporting that a councillor "has joined Reform UK" is a notice).
    if (!ctx.corporate && /(?<![a-z])(?:joined|rejoined|joining|signed up to|(?:become|became) a member of|card-carrying member of|my membership of)(?: the)? $/.test(ctx.norm.slice(Math.max(0, s.normStart - 30), s.normStart))) return true;
    // Crediting an administration to its party ("Lib Dem-led cabinet", "Labour-run Ravensmere") is the partisan frame itself.
    if (/-(?:run|led)$/.test(s.text)) return true;
    const i = ctx.sentenceIndexAt(s.normStart);
    const sentence = ctx.sentences[i];
    const text = sentence ? sentence.text : ctx.norm;
    // A judgement word in the sentence, or a verdict from the evaluative or attack lists ("the
    // Conservative group's plan … is reckless").
    // Memoised per sentence and mention text: a long run of mentions in one sentence (a wall of
    // hashtags) would otherwise rescan that whole sentence once per mention, quadratic in its length.
    const judged = ctx.memo(`strong-partisan:${i}:${s.text}`, () => PARTISAN_JUDGEMENT.test(text.replace(s.text, ' ')));
    return judged || (foundBySentence(ctx, 'evaluative').get(i)?.length ?? 0) > 0 || (foundBySentence(ctx, 'attack-predicates').get(i)?.length ?? 0) > 0 || (foundBySentence(ctx, 'insults').get(i)?.length ?? 0) > 0 || (foundBySentence(ctx, 'insults-if-aimed').get(i)?.length ?? 0) > 0;
  });
}

