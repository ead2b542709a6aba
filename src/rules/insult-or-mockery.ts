import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found, foundBySentence, groupBySentence } from '../engine/signals/found';
import { judgement, praises, sarcasticCodas, POLARITY_OF_SENTENCE } from '../engine/signals/valence';
import { opponentMentions, replyHandle } from '../engine/signals/targets';

// Someone the passage can be aimed at: a person, a group, a pronoun, a reply.
const PEOPLE =
  /(?<![a-z])(?:you|your|they|them|their|he|she|his|her|him|people|person|someone|somebody|anyone|everyone|whoever|management|managers?|leaders?|leadership|bosses|boss|union|unions|staff|colleagues|council|councillors?|cllr|minister|ministers|government|mps?|campaigners|protesters|residents|members|team|director|chief|officers?|trustees|lot|crowd|brigade|supporters|voters|critics|opposition|charities|lawyers|activists|authorities|councils|candidates|journalists?|cabinet|board|second-homers|@\w+)(?![a-z])/;
// A one- or two-word verdict said with an eye-roll ("Typical. 🙃", "Classic.").
const SHORT_VERDICT = /(?<![a-z])(?:typical|classic|standard|leadership|priorities|inspired|visionary|embarrassing|pathetic|shambles|priceless|genius|unbelievable|shocking|marvellous|outstanding work|stellar work|great work)(?![a-z])/;
const MOCKING_EMOJI = /(?:🙄|😂|🤣|🤡|😉|🙃|😏|🥱|🤦|👏👏)/u;
// Stricter than PEOPLE: groups a post can sneer at (not "team", "me", "lads").
const PEOPLE_STRICT = /(?<![a-z])(?:charities|lawyers|activists|bloke|fella|geezer|guy|lad|some of you|you lot|people who|those who|anyone who|they|them|he|she|him|her|his|councillors?|cllr|minister|ministers|management|leaders?|director|objectors|campaigners|protesters|residents|drivers|parents|journalists?|reporters?|the union|travellers|migrants|asylum seekers|immigrants|tourists|holidaymakers|cyclists|boaters|students|pensioners|second-homers|second home owners|@\w+)(?![a-z])/;
const FRIENDLY = /(?<![a-z])(?:congrat\w*|well done|thank\w*|proud|happy birthday|good luck|love (?:you|it|this|her|him|them)|brilliant (?:news|day)|welcome|(?:smashed|nailed|killed|murdered|aced) (?:it|that (?:[a-z]+ )?(?:solo|song|set|speech|race|run|performance|presentation|interview|exam|duet|routine)))(?![a-z])/;
const persons = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.? \p{Lu}|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:,| off| from| of)/u;
const STRONG_SWEARS = ['fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'shit', 'shite', 'shitty', 'bullshit', 'cunt', 'cunts', 'bastard', 'bastards', 'wanker', 'wankers', 'twat', 'twats', 'bollocks', 'arsehole', 'arseholes', 'asshole', 'dickhead', 'knobhead', 'piss', 'pissed', 'tosser', 'bellend', 'prick', 'pricks'];
// A corporate account laughing at the public it serves ("the excuses we hear are hilarious 😂").
const PUBLIC = /(?<![a-z])(?:people|residents|drivers|customers|callers|calls we get|someone rang|somebody rang|someone called|parents|tenants|applicants|claimants|some of you|you|excuses|complaints|members of the public)(?![a-z])/;
// Games people play together, where teasing the other side is part of it ("The red team are demanding a recount 😂").
const GAME = /(?<![a-z])(?:sports day|tug of war|quiz(?: night)?|rounders|five-a-side|bake off|sack race|egg and spoon|sweepstake|pub quiz|charity match|team building|away ?day games|table tennis|darts|bowling|crazy golf|escape room)(?![a-z])/;
const PLAY = /(?<![a-z])(?:nativity|school play|panto|pantomime|fancy dress|costume|dressed as|world book day|played the part)(?![a-z])/;
const FAMILY = /(?<![a-z])(?:(?:anyone else's|everyone's) (?:kids?|children|dogs?|cats?|partners?)|(?:my|our) (?:son|daughter|kids?|children|boy|girl|lad|wife|husband|partner|other half|mum|dad|mam|nan|gran|granny|grandma|grandad|auntie|aunt|uncle|brother|sister|dog|cat)|the kids (?:won't|will|are|were|have|had)|home for (?:tea|dinner|bedtime|bathtime)|(?<![a-z])(?:nain|taid|nanna|nana|mam-gu|tad-cu|grandma|grandad|grandpa|granny)|^\W*(?:dad|mum|mam|nan|gran)(?='s|\s))(?:'s)?(?![a-z])/;
// Animals named as animals ("keep dogs on a lead near sheep", "the dinosaur gallery"): the countryside or a
// museum in the same sentence.
const ANIMAL_WORD = /^(?:sheep|donkeys|dinosaurs?)$/;
const ANIMALS_AS_ANIMALS = /(?<![a-z])(?:lambs?|lambing|livestock|farms?|farmers?|flocks?|fields?|graz\w*|ewes?|rams?|fleeces?|shearing|cattle|cows|ponies|pony|hills?|fells?|moors?|fossils?|museum|gallery|exhibition|skeletons?|bones|jurassic|sanctuary|beach rides?|shows?|judging|judged|sheepdogs?|trials|agricultural|county fair)(?![a-z])/;
const ANIMAL_DRAFT = /(?<![a-z])(?:donkey (?:sanctuary|open day|rides?|welfare|trust)|(?:the|our|a) (?:herd|flock)|sheep ?dogs?|dinosaur (?:gallery|exhibition|skeleton|museum|park|trail|bones?))(?![a-z])/;
const FIRST_PERSON_SELF = /(?<![a-z])(?:i'm|i am|i was|i've been|i feel|me)(?![a-z])/;

const rule: Rule = {
  id: 'insult-or-mockery',
  category: 'tone',
  description:
    'Insults, mockery, sarcasm aimed at people, and profanity: what you would not say to them in a public meeting.',
  citation: SOURCES.managementCodeModeration,
  examples: {
    bad: [
      { text: 'The union leadership are a bunch of dinosaurs and this strike is a joke.' },
      { text: '@resident99 Wow, what a shock: someone parked on a double yellow and got a ticket 😂😂', profile: { account: 'corporate' }, draft: { kind: 'reply' } },
      { text: 'Anyone voting for that lot wants their head examining.' },
    ],
    good: [
      { text: '@becky_runs Congrats on the marathon PB! You absolutely smashed it 👏' },
      { text: 'Absolutely killing it at the fun run this morning: 5k done!' },
      { text: 'Bloody freezing on the school run this morning 🥶' },
      { text: 'Printer jammed three times before 9am. Love that for me 🙃' },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const own = ctx.amplifiedStart;
    const handle = replyHandle(ctx);
    const severity = ctx.corporate ? 'serious' : 'warning';
    const sentences = ctx.sentences;
    const sentenceIndex = (at: number) => ctx.sentenceIndexAt(at);
    // `cue`, when given, is left out of the sentence: "Has anyone seen a grey cat" names nobody but the cue's own "anyone"
    // (cues that name their own target, "funny how they", keep it).
    const aimed = (i: number, cue?: { normStart: number; normEnd: number }) => {
      const s = sentences[i];
      // A short verdict ("Again. Shameless.") is aimed at whoever the sentences just before name.
      const short = !!s && s.text.split(/\s+/).filter((w) => /[a-z]/.test(w)).length <= 4;
      const before = sentences.slice(Math.max(0, i - 2), i).map((p) => p.text).join(' ');
      const own = s && cue ? ctx.norm.slice(s.normStart, cue.normStart) + ' ' + ctx.norm.slice(cue.normEnd, s.normEnd) : s?.text;
      return !!s && (PEOPLE.test(own!) || !!handle || (short && PEOPLE.test(before)));
    };
    // "She was a sheep and took it extremely seriously": a part in a play or a costume, in sentence i or the one before.
    const acting = (i: number) => PLAY.test([sentences[i - 1]?.text, sentences[i]?.text].join(' '));
    const opponentsBySentence = groupBySentence(ctx, opponentMentions(ctx).filter((t) => !t.pronoun));
    const covered = new Set<string>();
    const push = (m: { start: number; end: number; text: string }, what: string) => {
      if (covered.has(`${m.start}:${m.end}`)) return;
      covered.add(`${m.start}:${m.end}`);
      hits.push({
        start: m.start,
        end: m.end,
        severity,
        message: `${what} ("${ctx.text.slice(m.start, m.end)}") is not something to say about people in public.`,
        advice: 'Say what you would say to them in a public meeting: the facts, politely.',
        ...(handle ? { target: handle } : {}),
      });
    };
    for (const m of found(ctx, 'insults')) {
      if (m.normStart >= own) continue;
      const i = sentenceIndex(m.normStart);
      if (acting(i)) continue;
      if (POLARITY_OF_SENTENCE.test(m.text) && praises(ctx, i)) continue;
      if (i >= 0 && FIRST_PERSON_SELF.test(sentences[i]!.text) && !PEOPLE.test(sentences[i]!.text.replace(/\b(?:me|i'm|i am)\b/g, ''))) continue;
      push(m, 'An insult');
    }
    for (const m of found(ctx, 'insults-if-aimed')) {
      if (m.normStart >= own) continue;
      const i = sentenceIndex(m.normStart);
      if (acting(i)) continue;
      // …or anywhere in a post that names the animal as one ("a donkey open day", "the herd").
      if (i >= 0 && ANIMAL_WORD.test(m.text) && (ANIMALS_AS_ANIMALS.test(sentences[i]!.text) || ANIMAL_DRAFT.test(ctx.norm))) continue;
      // …and said of people it needs a name-calling frame ("they're sheep", "like sheep", "a bunch of
      // dinosaurs"): "any books about sheep that aren't sad?" names the animal.
      if (ANIMAL_WORD.test(m.text) && !/(?<![a-z])(?:are|were|is|'re|like|bunch of|load of|lot of|such|those|these|you|mindless|brainless|bleating|herd of|flock of|bunch of old|just|all|being|a pack of|led by)\s+(?:[a-z'-]+\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 24), m.normStart))) continue;
      // "Proud of you, pal.": a term of address in congratulations is warmth.
      if (i >= 0 && /^, ?(?:pal|mate)$/.test(m.text) && FRIENDLY.test(sentences[i]!.text)) continue;
      // "…they can tell you if your timing is hopeless": a thing judged in a condition, not a person insulted.
      if (/(?<![a-z])(?:if|whether) (?:your|his|her|their|my|our|the) [a-z'-]+ (?:is|was|are|were|looks?|seems?) (?:[a-z]+ )?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 50), m.normStart))) continue;
      if (i >= 0 && aimed(i)) push(m, 'A put-down');
    }
    // "couldn't remediate a garden shed", "I've got a bridge in Lindrick to sell you": stock ridicule.
    if (/couldn't|could not|bridge/.test(ctx.norm)) for (const m of ctx.matches(/(?<![a-z])(?:couldn't|could not) (?:organise|organize|run|plan|build|fix|manage|remediate|repair|paint|deliver) an? (?:garden shed|sandcastle|piss-up|raffle|bath|car boot sale|whelk stall|chip shop|tea party|kettle)(?![a-z])|(?<![a-z])(?:got|have) a bridge (?:in [a-z]+ )?to sell you(?![a-z])/g, 0, own)) push(m, 'Ridicule');
    for (const m of found(ctx, 'profanity')) if (m.normStart < own) push(m, 'Swearing');
    // An official account does not swear at all, even mildly ("Bloody hell, Thornbridge").
    if (ctx.corporate) for (const m of ctx.matches(/(?<![a-z])(?:bloody|bloody hell|hell's bells|damn|damned|crap|sod|sodding|bugger|pissed)(?![a-z])|🤬/gu, 0, own)) push(m, 'Swearing');
    // Masked swearing: a word with asterisks or symbols standing in for letters ("f***", "b*llocks").
    for (const m of /[*#]/.test(ctx.norm) ? ctx.matches(/(?<![a-z0-9*])[a-z]{1,3}[*#@$%]{1,5}[a-z]{0,6}(?![a-z0-9*])/g, 0, own) : []) {
      // Masking shows the writer knows it is a swear word; aimed at people it is abuse ("what a bunch of
      // b*stards"), about the weather it is not ("bl**dy hailstorm").
      const i = ctx.sentenceIndexAt(m.normStart);
      if (!/[*#]/.test(m.text) || m.text.length < 3) continue;
      // Read the masked letters as any letters and compare with the swear list: "f*cking" is "fucking".
      const unmasked = new RegExp(`^${m.text.replace(/[^a-z*#@$%]/g, '').replace(/[*#@$%]+/g, '[a-z]{1,4}')}$`);
      const strong = STRONG_SWEARS.some((w) => unmasked.test(w));
      if (strong || (i >= 0 && aimed(i))) push(m, 'Swearing');
    }
    // Scare quotes around what people call something ("their 'consultation'", "so-called 'experts'").
    // "our 'heroic' union reps", "the director's 'vision'": praise put in scare quotes to say the opposite.
    // ("so-called 'campaigners'" questions who they are: that is opponent-attack's.)
    for (const m of ctx.matches(/(?<![a-z])(?:our|their|his|her|your|the|[a-z]+'s) '(?:heroic|brave|hard-working|hardworking|dedicated|genius|visionary|vision|leadership|listening|transparent|expert|experts|professionals|priorities|caring)' ?(?![a-z])/g, 0, own)) push(m, 'Mockery');
    for (const m of ctx.matches(/(?<![a-z])(?:so-called |their |his |her |your |the )'(?:experts?|consultation|research|evidence|facts|figures|survey|plan|strategy|campaign|concerns?|data|independent|analysis|review|report|day of action|advice|help|expertise|input|suggestions?)'/g, 0, own)) {
      const i = ctx.sentenceIndexAt(m.normStart);
      // "To the 'expert' who left a one-star review": the quoted word is the person mocked.
      if (i >= 0 && (aimed(i) || /'experts?'/.test(m.text))) push(m, 'Mockery');
    }
    for (const m of found(ctx, 'sarcasm-cues')) {
      if (m.normStart >= own) continue;
      // "let her off the lead": a dog walk, not "get him off the stage".
      if (/off the$/.test(m.text) && /^\s*(?:lead|leash)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 8))) continue;
      const i = sentenceIndex(m.normStart);
      // (Praise with a swipe at someone else attached is still a swipe: "…unlike some councils we could mention 😉".)
      if (i >= 0 && FRIENDLY.test(sentences[i]!.text) && !/we could mention|genius|thanks for nothing/.test(m.text)) continue;
      // "Massive congratulations to Priya! 🎉 Cake is on her, apparently.": a wink inside congratulations.
      if (i > 0 && /^apparently/.test(m.text) && FRIENDLY.test(sentences[i - 1]!.text)) continue;
      // "Anyone else's kids obsessed with the gift shop? … Worth every penny, apparently.": family teasing.
      if (i >= 0 && !handle && sentences.slice(Math.max(0, i - 2), i + 1).some((p) => FAMILY.test(p.text)) && !(opponentsBySentence.get(i)?.length ?? 0)) continue;
      // "Nobody got it. The 1880s, apparently.": the answer at a quiz, not a wink at anyone.
      if (i >= 0 && GAME.test([sentences[i - 2]?.text, sentences[i - 1]?.text, sentences[i]!.text].join(' '))) continue;
      // "Lock your screens, folks.": friendly advice to everyone, not a wink at someone's expense.
      if (i >= 0 && /^folks/.test(m.text) && /^\W*(?:please|do|don't|do not|never|always|remember|lock|stay|keep|check|be|take|drive|wrap up|enjoy|see you|mind|watch|look after|make sure|book|register|sign up|come)(?![a-z])/.test(sentences[i]!.text)) continue;
      // "Couldn't happen to a nicer person", "really thought that one through", "funny way of showing it"
    // (of whoever professed it): the cue names its own target.
      if (i >= 0 && (aimed(i, /anyone$/.test(m.text) ? m : undefined) || /whichever genius|some genius|which genius|whoever the genius|happen to a nicer|thought that one through|who signed (?:that|this) off|who signed off on|interesting timing|almost as if|almost like there's|one suspects|make this stuff up|this one will be different|because the last (?:three|one) went so|(?:love|great) (?:those|these) priorities|great priorities|smallest violin|we could mention|way of showing it|genius(?:es)? who|priorities straight|timing is (?:very )?interesting|looking at you|love how (?:my|our|the)|great branding/.test(m.text) || /^thanks for nothing$/.test(m.text) && /^,\s*[a-z@]/.test(ctx.norm.slice(m.normEnd, m.normEnd + 4)))) push(m, 'Sarcasm');
    }
    // Thanks counted out in a reply: "Thanks for your fifteenth tweet about this today", "Thanks for the
    // fourteenth identical email".
    if (handle) for (const m of ctx.matches(/(?<![a-z])thanks? (?:you )?for (?:your|the) (?:[a-z]+th|umpteenth|nth|second|third|latest|another) (?:identical |same )?(?:tweet|email|e-mail|message|complaint|foi request|request|post|comment|reply|question)s?(?![a-z])/g, 0, own)) push(m, 'Sarcasm');
    // Praise straight after a complaint ("…when every farmer is in the field. Genius planning, team.").
    for (const m of sarcasticCodas(ctx)) push(m, 'Sarcasm');
    // Eye-rolls and smirks aimed at people ("Our friends in yellow voted against it, naturally 🙄"),
    // not at oneself or a printer, and not in congratulations.
    if (!hits.length) {
      for (const [at, emojiSentence] of sentences.entries()) {
        // An eye-roll standing alone after a full stop belongs to the sentence before it.
        const alone = at > 0 && !/[a-z0-9]/.test(emojiSentence.text);
        const i = alone ? at - 1 : at;
        const s = alone ? { ...sentences[i]!, text: `${sentences[i]!.text} ${emojiSentence.text}`, end: emojiSentence.end } : emojiSentence;
        // A laughing face after "so proud of…" is fondness, in the same sentence or the one before.
        // …but thanks with an eye-roll or an upside-down face in a reply are ironic ("Thanks for your
        // valuable input. We'll be sure to pass it on 🙃").
        const ironic = !!handle && /🙄|🙃/u.test(s.text);
        if (s.normStart >= own || !MOCKING_EMOJI.test(s.text) || (!ironic && (FRIENDLY.test(s.text) || (i > 0 && FRIENDLY.test(sentences[i - 1]!.text))))) continue;
        // "…screaming down the phone at me. Not my fault, love 🙄": a term of address talks down to someone.
        const addressed = /,\s*(?:love|mate|pal|darling|sweetheart|hun|sunshine|chief)\s*(?:[^a-z0-9\s]|$)/u.test(s.text);
        // A harsh word that names a dispute ("the overtime ban") or is said of oneself ("killing me
        // softly") swipes at no one.
        const j = judgement(ctx, i);
        const harshAtNoOne = !!j.worst && (/^(?:ban|bans|strike|strikes|walkout|dispute|ballot|action)$/.test(j.worst.text) || /^\s+me(?![a-z])/.test(ctx.norm.slice(j.worst.normEnd, j.worst.normEnd + 4)));
        const attacked = (foundBySentence(ctx, 'attack-predicates').get(i)?.length ?? 0) > 0;
        const swipe = attacked || (j.score < 0 && !harshAtNoOne);
        // "…as they say" quotes a saying, not people.
        const atPeople = (opponentsBySentence.get(i)?.length ?? 0) > 0 || persons.test(ctx.text.slice(s.start, s.end)) || PEOPLE_STRICT.test(s.text.replace(/(?<![a-z])as (?:they|people) say(?![a-z])/g, '')) || addressed;
        // In a reply the eye-roll is at the person replied to; from an official account, at the public.
        // (A wink alone, with nothing harsh said, is play: "The phone box libraries are unaffected 😉".)
        const winkOnly = !swipe && !/(?:🙄|😂|🤣|🤡|🙃|😏|🥱|🤦|👏👏)/u.test(s.text);
        const atPublic = ctx.corporate && !winkOnly && (PUBLIC.test(s.text) || (i > 0 && PUBLIC.test(sentences[i - 1]!.text)));
        // "…and they still had more energy than me 😂": laughing at oneself, with no swipe at anyone.
        if (!swipe && !handle && !addressed && /(?<![a-z])(?:than me|than i|i'm|i am|i was|i|my|me)(?![a-z])/.test(s.text) && !(opponentsBySentence.get(i)?.length ?? 0) && !persons.test(ctx.text.slice(s.start, s.end))) continue;
        // "Absolutely hate that moment when your dog ignores every whistle 😂": everyone's experience, no one's fault.
        if (!handle && !atPublic && /(?<![a-z])that (?:moment|feeling) when(?![a-z])/.test(s.text) && !(opponentsBySentence.get(i)?.length ?? 0)) continue;
        // "Apparently my son 'talks a lot'. No idea where he gets it from 🙄": family teasing.
        const family = sentences.slice(Math.max(0, i - 2), i + 1).some((p) => FAMILY.test(p.text));
        if (family && !(opponentsBySentence.get(i)?.length ?? 0) && !handle && !atPublic) continue;
        // Teasing the other side at a staff sports day or quiz.
        if (!attacked && !handle && !atPublic && GAME.test([sentences[i - 1]?.text, s.text].join(' '))) continue;
        // "…and we are demanding a recount 😂": laughing at ourselves.
        if (!atPeople && !handle && !atPublic && /(?<![a-z])(?:we|we're|our|us)(?![a-z])/.test(s.text)) continue;
        // A laughing face in a reply about one's own day ("Killed it today! … I thought I was going to
        // die on that last hill 😂") laughs at oneself, not at the person replied to.
        // (…nor "I'm the one who nearly fell in the pond. Reputation in tatters 😂": the sentence before says who.)
        const selfBefore = i > 0 && FIRST_PERSON_SELF.test(sentences[i - 1]!.text) && !/(?<![a-z])(?:you|your|you're|you've)(?![a-z])/.test(sentences[i - 1]!.text);
        const atReplied = !!handle && !((FIRST_PERSON_SELF.test(s.text) || selfBefore) && !/(?<![a-z])(?:you|your|you're|you've)(?![a-z])/.test(s.text));
        // "…not one manager has bothered to answer the phone. Typical. 🙃": a one-word verdict rolling its
        // eyes at the complaint about people just before it.
        const verdictOnBefore = i > 0 && s.text.replace(/[^a-z' ]/g, ' ').trim().split(/\s+/).length <= 2 && SHORT_VERDICT.test(s.text) && PEOPLE.test(sentences[i - 1]!.text) && ((foundBySentence(ctx, 'attack-predicates').get(i - 1)?.length ?? 0) > 0 || (foundBySentence(ctx, 'criticism').get(i - 1)?.length ?? 0) > 0 || judgement(ctx, i - 1).score < 0);
        if ((swipe && aimed(i)) || atPeople || atReplied || atPublic || verdictOnBefore) push(s, 'Mockery');
      }
    }
    return hits;
  },
};

export default rule;
