import type { Match } from '../engine/context';
import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';
import { lexiconSet } from '../engine/lexicons/index';
import { replyHandle } from '../engine/signals/targets';

// Identifiers: raised whenever they appear (NI numbers) or when a person goes with them.
// The shape of a National Insurance number; a valid prefix, or the words "national insurance"
// nearby, tells it from other codes (the well-known example "QQ 12 34 56 C" has an invalid prefix).
const NI_NUMBER = /(?<![a-z0-9])([a-z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/g;
const NI_PREFIX = /^[a-ceghj-prstw-z][a-ceghj-nprstw-z]$/;
const NI_CONTEXT = /(?<![a-z])(?:national insurance|ni number|nino|ni no|ni ref(?:erence)?)(?![a-z])/;
const MOBILE = /(?<![\d+])(?:\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}(?!\d)/g;
const LANDLINE = /(?<![\d+])(?:\+44\s?[12]\d{2,4}|0[12]\d{2,4})\s?\d{3}\s?\d{3,4}(?!\d)/g;
const EMAIL = /[a-z0-9._%+-]+@(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|live|aol|me|protonmail|sky|virginmedia|talktalk)\.[a-z.]{2,6}/g;
const REFERENCE = /(?<![a-z])(?:ref(?:erence)?|case|account|claim|tenancy|customer|application|quoting|utr|nino|crn|index|licence|license|permit|pass|card|learner id|student id|id|referral|service)(?: no\.?| number| ref)?(?: is)?[:#]?\s*\(?(?:(?<![a-z])[a-z]{1,5}[-/]){0,3}\d[\d ]{3,}(?![\d])/g;
// Date of birth, a vehicle registration (AB12 CDE), an NHS number (3-3-4), bank sort code and account.
const DATE_OF_BIRTH = /(?<![a-z])(?:d\.?o\.?b\.?|date of birth|born on|born|birthday is)[:\s(]+\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|(?:st|nd|rd|th)? [a-z]+ \d{4})/g;
const VEHICLE_REG = /(?<![a-z0-9])[a-z]{2}\d{2} ?[a-z]{3}(?![a-z0-9])/g;
const NHS_NUMBER = /(?<![\d])\d{3} ?\d{3} ?\d{4}(?![\d])/g;
const BANK = /(?<![a-z])(?:sort code|account (?:no|number))[:\s]*\d{2}[- ]?\d{2}[- ]?\d{2,8}/g;
const POSTCODE = /(?<![a-z0-9])[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![a-z0-9])/g;
const ORGANISATION_CONTACT = /(?<![a-z])(?:call|calling|ring|text|phone|contact|email|message)(?: us| our| the)?(?: [a-z]+){0,3}? (?:on|at)?\s*$/;

// Age and schooling identify a child with a name, but alone they are not sensitive; everything else
// in the circumstances list is (health, money, housing, benefits, crime, pay).
const WEAK_CIRCUMSTANCE = /^(?:primary|school|nursery|years old|year-old|aged|year \d|reception class|dealing|dealer|ward|complaint|complaints)$/;
const STRONG_CIRCUMSTANCE = { test: (text: string) => !WEAK_CIRCUMSTANCE.test(text) };

// A named street just after a person's name: "… of Burnside Terrace" (STREET_AFTER, any preposition),
// "… of Marsh Lane" as where they live (OF_STREET: "of" or "from" only, an optional house number).
const STREET_TYPE = String.raw`(?:Road|Street|Lane|Close|Way|Avenue|Drive|Crescent|Rise|Grove|Gardens|Terrace|Place|Court|Mews|Walk|Row)\b`;
const STREET_AFTER = new RegExp(String.raw`(?:on|of|from|in|at)\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+` + STREET_TYPE, 'u');
const OF_STREET = new RegExp(String.raw`^,?\s+(?:of|from)\s+(?:\d{1,4}[a-z]?,?\s+)?[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+` + STREET_TYPE, 'u');

// Words that make a capitalised name before them a place ("Bryn Cemetery", "Florence Park").
const PLACE_WORD = /^(?:Cemetery|Churchyard|Chapel|Church|Park|Road|Street|Lane|Hall|House|School|Farm|Crematorium|Gardens?|Court|Close|Avenue|Way|Centre|Library|Surgery|Primary|Academy|Bridge|Hill|Woods?|Estate|Reservoir|Station|Stadium|Fields?|Green|Square|Terrace|Drive|Place|Quay|Wharf|Beach|Bay|Valley|Crescent|Mews)$/;

// Where an organisation's premises are, just before an address.
const PREMISES = /(?:(?<![a-z])(?:our|the council's|the)\s+(?:[a-z'-]+\s+){0,3}(?:office|offices|centre|library|hub|clinic|desk|reception|depot|team|service|shop|museum|gallery|surgery|headquarters|hq|base)\s+(?:now\s+)?(?:moves?|is moving|are moving|has moved|have moved|relocates?|is relocating|has relocated|reopens?|opens?|is now|are now|is based|will be)\s+(?:to|at|in)|(?:find|visit|see|meet|join) us (?:at|in)|our (?:new )?address is|(?:now )?based at|(?:ltd|limited|plc|llp|bets|bookmakers|takeaway|cafe|café|restaurant|shop|store|garage|pub|bar|hotel)\.? (?:at|of|on))[:\s]*$/;

// The offices the next pattern reads after a name; most drafts hold none, so it does not run.
const OFFICE = /chief|director|leader|mayor|minister|chair|head of|secretary|commissioner|monitoring officer/;
const PET = /(?<![a-z])(?:dog|dogs|puppy|pup|cat|cats|kitten|greyhound|lurcher|spaniel|terrier|labrador|collie|rescue dog|rescue cat|pony|horse|rabbit|hamster|kennel|vet|walkies)(?![a-z])/;

interface Person {
  start: number;
  end: number;
  name: string;
}

/**
 * Private people named in the draft: a common given name (with a surname when there is one), a
 * title and surname ("Mrs Delaney") or a family ("the Okoro family"). Two capitalised words alone
 * are not enough: "Self Assessment" and "Bramble Park" are not people.
 */
function people(ctx: Parameters<Rule['check']>[0]): Person[] {
  return ctx.memo('people', () => {
    const names = lexiconSet('given-names');
    const out: Person[] = [];
    // An official by office, even with the office set apart: "Our chief executive, Dr Amara Osei",
    // "The Minister for Care, Hannah Strode".
    const official = (at: number) =>
      /(?:cllr|councillor|minister|mp|mayor|sir|dame|lord|lady|secretary|inspector|judge|chief)\.?\s*$/i.test(ctx.text.slice(Math.max(0, at - 14), at)) ||
      /(?:minister|secretary|chief executive|chief exec|director|leader|chair|chairman|chairwoman|commissioner|mayor|councillor|president|permanent secretary|head of [a-z ]{2,30})(?: (?:for|of) [A-Za-z' ]{2,40})?,\s*(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr)\.?\s+)?$/i.test(ctx.text.slice(Math.max(0, at - 70), at));
    // Latin letters only: the names list is of names written in them, and Unicode classes are slow.
    const word = /(?<![A-Za-zÀ-ÿ@#'’])([A-ZÀ-Þ][a-zß-ÿ'’-]+)(?:\s+(?:and\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+)?([A-ZÀ-Þ][a-zß-ÿ'’-]+))?/g;
    // Someone named with their office after the name ("Priya Mallender joined the council as chief
    // executive", "Sam Okoro, our director of housing") is an official, and so is every later
    // mention of them by first name.
    const officials = new Set<string>();
    if (OFFICE.test(ctx.norm)) for (const o of ctx.text.matchAll(/(?<![A-Za-zÀ-ÿ])([A-ZÀ-Þ][a-zß-ÿ'’-]+) [A-ZÀ-Þ][a-zß-ÿ'’-]+(?:,| (?:joined|joins|has joined|is|was|became|becomes|starts|started)(?: [A-Za-z']+){0,6}? as) (?:our |the |its )?(?:new |interim |acting )?(?:chief executive|chief exec|director|deputy director|leader|mayor|minister|chair|head of|permanent secretary|commissioner|chief constable|chief fire officer|monitoring officer)/g)) officials.add(o[1]!.toLowerCase());
    let m: RegExpExecArray | null;
    while ((m = word.exec(ctx.text)) !== null) {
      // "Priya's fit note": the name without its possessive.
      const possessive = m[2] === undefined && /['’]s$/.test(m[1]!);
      const first = m[1]!.toLowerCase().replace(/['’]s$/, '');
      if (official(m.index) || officials.has(first)) continue;
      // "St Anne's", "Saint David's": a place named for a saint.
      if (/(?:\bSt\.?|\bSaint)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 7), m.index))) continue;
      if (names.has(first)) {
        // "At Bryn Cemetery", "Megan Road": a place named with a given name.
        if (m[2] !== undefined && PLACE_WORD.test(m[2])) continue;
        // At the start of a sentence a capital proves nothing ("Faith in humanity restored"): there a
        // name needs a surname or an initial after it.
        const initial = /^(?:\s*|.*[.!?:\n]\s*)$/.test(ctx.text.slice(Math.max(0, m.index - 40), m.index));
        // A name followed by a comma is being addressed ("Gareth, you earn a lot more than me").
        const surname = m[2] !== undefined || /^(?:\s+[A-Z]\b|,|\s+from\s+[A-Z])/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
        if (initial && !surname) continue;
        // "We adopted Maisie at the age of seven, straight off a racing kennel": a pet.
        if (!surname && PET.test(ctx.norm.slice(Math.max(0, ctx.normOffsetOf(m.index) - 120), ctx.normOffsetOf(m.index) + 120))) continue;
        const withInitial = /^\s+[A-Z]\b\.?/.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4));
        const end = possessive ? m.index + m[1]!.length - 2 : m.index + m[0].length - (m[2] !== undefined && /['’]s$/.test(m[2]) ? 2 : 0) + (m[2] === undefined && withInitial ? withInitial[0].length : 0);
        out.push({ start: m.index, end, name: ctx.text.slice(m.index, end) });
        continue;
      }
      // "Spotted Priya's fit note": a capitalised word before a name is not its first name; read on
      // from the second word.
      // (Only at a sentence's start, where the first word's capital proves nothing; "Ysgol Bryn Helyg"
      // is a school's name.)
      // …and after a job title used as one ("Welcome back to Officer Kerry Blaine").
      if (m[2] !== undefined && (/^(?:\s*|.*[.!?:\n]\s*)$/.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)) || /^(?:officer|nurse|sister|sergeant|constable|warden|ranger|porter|carer|apprentice|trainee|volunteer|colleague|coach)$/.test(first))) word.lastIndex = m.index + m[0].length - m[2].length;
    }
    // A full name introduced as someone the writer met: "a dad today, Darren Keating from Stockwell".
    const introduced = /(?<![A-Za-zÀ-ÿ])(?:a|an|one|this|the)(?: [a-zß-ÿ]+){0,2} (?:dad|mum|mother|father|man|woman|lady|gentleman|lad|bloke|fella|chap|guy|girl|boy|resident|tenant|client|customer|claimant|service user|patient|pupil|parent|carer|neighbour|applicant|prisoner|inmate)(?: [a-zß-ÿ]+){0,4}(?:,| called| named)\s+([A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+)?)/g;
    while ((m = introduced.exec(ctx.text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, name: m[1]! });
    }
    // "Frank Doyle, 89,": a full name followed by an age is a person, whatever the names list says.
    const aged = /(?<![A-Za-zÀ-ÿ])([A-ZÀ-Þ][a-zß-ÿ'’-]+ [A-ZÀ-Þ][a-zß-ÿ'’-]+), \d{1,3},/g;
    while ((m = aged.exec(ctx.text)) !== null) if (!official(m.index)) out.push({ start: m.index, end: m.index + m[1]!.length, name: m[1]! });
    // "14-year-old Kieran Polglase": an age before a full name marks a person, whatever the names list says.
    const agedBefore = /(?<![\d])\d{1,3}-year-old ([A-ZÀ-Þ][a-zß-ÿ'’-]+ [A-ZÀ-Þ][a-zß-ÿ'’-]+)/g;
    while ((m = agedBefore.exec(ctx.text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, name: m[1]! });
    }
    // "for a Tomasz Wilk, 34": an indefinite article before a full name marks a private person.
    const indefinite = /(?<![A-Za-zÀ-ÿ])an? ([A-ZÀ-Þ][a-zß-ÿ'’-]+ [A-ZÀ-Þ][a-zß-ÿ'’-]+)(?=,|\s+(?:who|from|of|aged))/g;
    while ((m = indefinite.exec(ctx.text)) !== null) {
      // "a Blue Badge, a Freedom Pass": documents and places, not people.
      if (/ (?:Badge|Pass|Card|Bill|Act|Order|Scheme|Fund|Award|Centre|Council|Street|Road|Lane|Account|Number|Certificate|Licence|License)$/.test(m[1]!)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, name: m[1]! });
    }
    // "a purse with the name Gemma Roper"
    const named = /(?<![A-Za-zÀ-ÿ])(?:with the name|by the name of|name of) ([A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+)?)/g;
    while ((m = named.exec(ctx.text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, name: m[1]! });
    }
    const titled = /(?<![A-Za-zÀ-ÿ])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+|(?<![A-Za-zÀ-ÿ])[Tt]he\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+(?:family|household|twins|children|kids)|(?<![A-Za-zÀ-ÿ])the\s+(?!Greens|Tories|Reds|Blues|Lib|Conservatives|Independents)[A-ZÀ-Þ][a-zß-ÿ'’-]+(?<!s)s(?=\s+(?:on|at|of|from)\s+(?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)[A-ZÀ-Þ])/g;
    while ((m = titled.exec(ctx.text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
    return out.sort((a, b) => a.start - b.start);
  });
}

const rule: Rule = {
  id: 'personal-details',
  category: 'personal-data',
  description:
    'Identifiable details of members of the public, service users or colleagues: names with circumstances (health, age, debts, claims, pay), home addresses, phone numbers, personal emails, case references, National Insurance numbers.',
  citation: SOURCES.dataProtection,
  examples: {
    bad: [
      { text: '@sam_k We have checked account ref EB-40211 and the arrears on 12 Larch Close are correct.', profile: { account: 'corporate' }, draft: { kind: 'reply' } },
      { text: 'Lovely visit from Joan Fisher of Mill Lane today, 91 and still living on her own after her stroke and fall.' },
      { text: 'Please call us quoting your National Insurance number QQ 12 34 56 C.', profile: { account: 'corporate' } },
    ],
    good: [
      { text: '@mike_d Sorry your payment is late. Please do not post personal details here; send us a direct message.', profile: { account: 'corporate' }, draft: { kind: 'reply' } },
      { text: 'Congratulations to Leanne Okoro from our highways team, named Apprentice of the Year!', profile: { account: 'corporate' } },
      { text: 'Ask for a paper copy by calling 01632 960 400.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const norm = ctx.norm;
    // "Please don't post your claim details here; message us privately": moving details out of public view.
    if (/(?<![a-z])(?:don't|do not|please don't|never) (?:post|share|put|include) (?:your|any)(?![a-z])|(?<![a-z])(?:message|dm|email|contact) us privately(?![a-z])/.test(norm) && !/\d{3}/.test(norm)) return hits;
    const add = (m: { start: number; end: number }, what: string, target?: string) =>
      hits.push({
        start: m.start,
        end: m.end,
        severity: 'serious',
        message: `This publishes ${what}, which can identify a private person.`,
        advice: 'Describe the situation without names, addresses, numbers or circumstances that identify anyone; take individual cases to private messages.',
        ...(target ? { target } : {}),
      });
    // Most drafts hold no digits and no "@": skip the identifier patterns that need them.
    const digits = /\d/.test(norm);
    const at = norm.includes('@');
    const persons = people(ctx);
    const handle = replyHandle(ctx);
    // "Kev owes us a round": a round of drinks, not a debt.
    // "200-year-old puppet costumes", "a 40-year-old bridge": the age of a thing, not a person.
    const thingAge = (c: { text: string; normStart: number; normEnd: number }) => /^(?:year-old|years old)$/.test(c.text) && (Number(/(\d+)\s*-?\s*$/.exec(ctx.norm.slice(Math.max(0, c.normStart - 6), c.normStart))?.[1] ?? 0) >= 110 || /^\s+(?:[a-z-]+ )?(?:buildings?|house|houses|bridges?|trees?|oaks?|walls?|costumes?|puppets?|organs?|clocks?|boats?|ships?|engines?|trams?|buses|bus|mill|church|chapel|pier|castle|archives?|records?|maps?|photos?|photographs?|paintings?|collection|machines?|carousel|cottages?|barns?|pipes?|roofs?|windows?|doors?)(?![a-z])/.test(ctx.norm.slice(c.normEnd, c.normEnd + 24)));
    const circumstances = found(ctx, 'sensitive-circumstances').filter((c) => !thingAge(c) && !(c.text === 'owes' && /^\s+(?:us|me|you|everyone|the team) an? (?:round|pint|drink|coffee|brew|cake|biscuit|doughnut)/.test(ctx.norm.slice(c.normEnd, c.normEnd + 30))));
    const strongCircumstances = circumstances.filter((c) => STRONG_CIRCUMSTANCE.test(c.text));
    // Lists are sorted by position, so "within N characters" is a binary search, not a scan.
    const within = <T extends { start: number }>(list: readonly T[], at: number, span: number): T[] => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < at - span) lo = mid + 1;
        else hi = mid;
      }
      const out: T[] = [];
      for (let k = lo; k < list.length && list[k]!.start <= at + span; k++) out.push(list[k]!);
      return out;
    };
    const near = (m: Match | Person, list: readonly { start: number }[], span = 220) => within(list, m.start, span).length > 0;
    const personNear = (m: Match) => within(persons, m.start, 220)[0];
    const householdWords = /(?<![a-z])(?:the family|the tenant|the resident|a resident|the couple|the woman|the man|a lady|this lady|the lady|the household|the occupant|you|your|he|she|him|his|her|lives|looked (?:him|her|them) up|owner|the owner of|driver)(?![a-z])/;

    for (const m of (digits ? ctx.matches(NI_NUMBER) : [])) {
      const prefix = m.groups[0] ?? '';
      if (!NI_PREFIX.test(prefix) && !NI_CONTEXT.test(norm.slice(Math.max(0, m.normStart - 60), m.normStart))) continue;
      add(m, 'a National Insurance number', handle);
    }
    for (const m of (at ? ctx.matches(EMAIL) : [])) add(m, 'a personal email address', personNear(m)?.name ?? handle);
    // Anyone's address given as theirs: "her email's jan.o@…", "his email is …".
    // (Read in the original text: the normaliser reads a mid-word "@" as the letter it stands in for.)
    for (const m of ctx.text.includes('@') ? ctx.text.matchAll(/(?<![A-Za-z])(?:her|his|their) (?:personal )?email(?:'s|’s| is| address is|:)\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gi) : []) {
      add({ start: m.index, end: m.index + m[0].length }, "someone's email address", handle);
    }
    // Anyone's email that spells their name ("helen.royce@…") next to that name.
    for (const m of (at ? ctx.matches(/[a-z]+[._][a-z]+@[a-z0-9.-]+\.[a-z]{2,}/g) : [])) {
      const person = personNear(m);
      if (person && m.text.startsWith(person.name.split(/\s+/)[0]!.toLowerCase())) {
        add(m, "a named person's email address", person.name);
        continue;
      }
      // A name the lists do not know, written out just before its address: "Rhiannon Cole (rhiannon.cole@…)".
      const [first, last] = m.text.split('@')[0]!.split(/[._]/);
      const written = new RegExp(`(?<![A-Za-z])(${first![0]!.toUpperCase()}${first!.slice(1)} ${last![0]!.toUpperCase()}${last!.slice(1)})(?![A-Za-z])`).exec(ctx.text.slice(Math.max(0, m.start - 80), m.start));
      if (written) add(m, "a named person's email address", written[1]!);
    }
    for (const m of (digits ? ctx.matches(DATE_OF_BIRTH) : [])) add(m, 'a date of birth', personNear(m)?.name ?? handle);
    for (const m of (digits ? ctx.matches(BANK) : [])) add(m, 'bank details', personNear(m)?.name ?? handle);
    for (const m of (digits ? ctx.matches(NHS_NUMBER) : [])) {
      if (/(?<![a-z])nhs (?:no|number)/.test(norm.slice(Math.max(0, m.normStart - 30), m.normStart))) add(m, 'an NHS number', personNear(m)?.name ?? handle);
    }
    // A number plate with a person or a reply nearby ("Mr Hale's van, KX19 LMP, was clamped").
    for (const m of (digits ? ctx.matches(VEHICLE_REG) : [])) {
      const plate = ctx.text.slice(m.start, m.end);
      const labelled = /(?:reg|registration|number plate|plate)[:\s]*$/.test(norm.slice(Math.max(0, m.normStart - 16), m.normStart));
      if (/^[A-Z]{2}\d{2} ?[A-Z]{3}$/.test(plate) && (labelled || near(m, persons) || handle || householdWords.test(norm.slice(Math.max(0, m.normStart - 100), m.normEnd + 100)))) add(m, 'a vehicle registration', personNear(m)?.name ?? handle);
    }
    for (const m of (digits ? ctx.matches(MOBILE) : [])) {
      if (ORGANISATION_CONTACT.test(norm.slice(Math.max(0, m.normStart - 40), m.normStart))) continue;
      add(m, 'a personal phone number', personNear(m)?.name ?? handle);
    }
    for (const m of (digits ? ctx.matches(LANDLINE) : [])) {
      const person = personNear(m);
      if (!person || ORGANISATION_CONTACT.test(norm.slice(Math.max(0, m.normStart - 40), m.normStart))) continue;
      add(m, 'a phone number next to a name', person.name);
    }
    for (const m of (digits ? ctx.matches(REFERENCE) : [])) {
      if (handle || persons.length || householdWords.test(norm)) add(m, 'a case or account reference', handle ?? persons[0]?.name);
    }
    // A house number and a street, raised with a person, a household word or a circumstance nearby, or in a reply.
    const homeAddress = (m: Match) => {
      const context = norm.slice(Math.max(0, m.normStart - 120), Math.min(norm.length, m.normEnd + 120));
      // "Our housing office moves to 12 Market Square": an organisation's premises, not someone's home.
      if (PREMISES.test(norm.slice(Math.max(0, m.normStart - 80), m.normStart)) && !near(m, persons)) return;
      if (near(m, persons) || householdWords.test(context) || near(m, strongCircumstances) || handle) add(m, 'a home address', personNear(m)?.name ?? handle);
    };
    // "14 Cedar Close": a house number and a street, with a person or a circumstance nearby.
    const streets = lexiconSet('street-types');
    // A road number ("the A85 Glenaird Road", "B1234") is not a house number: the digits follow a letter.
    const address = /(?<![\d£.,:/a-z-])(\d{1,4}[a-z]?),? ((?:[a-z][a-z'-]+ ){1,2}?)([a-z]+)(?![a-z])/g;
    for (const m of (digits ? ctx.matches(address) : [])) {
      if (!streets.has(m.groups[2] ?? '')) continue;
      // "7 May close": a date, not "7 May Close".
      if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*$/.test(m.groups[1] ?? '')) continue;
      // Street names are written with a capital ("14 Cedar Close"); "3 good reasons" is not an address.
      const wordsAt = m.normStart + m.text.indexOf(m.groups[1]!, m.groups[0]!.length);
      const initial = ctx.text[ctx.span(wordsAt, wordsAt + 1).start] ?? '';
      if (!/[A-ZÀ-Þ]/u.test(initial)) continue;
      homeAddress(m);
    }
    // "14 Ffordd yr Eglwys", "4 Heol Glas": Welsh streets put the type first.
    for (const m of (digits ? ctx.matches(/(?<![\d£.,:/-])\d{1,4}[a-z]?,? (?:heol|ffordd|stryd|lon|lôn|rhodfa|cilgant)(?: [a-z'-]+){1,3}/g) : [])) {
      const typeAt = m.normStart + m.text.search(/[a-z]{3}/);
      if (!/[A-ZÀ-Þ]/u.test(ctx.text[ctx.span(typeAt, typeAt + 1).start] ?? '')) continue;
      homeAddress(m);
    }
    // "at number 14", "no. 22": a house by its number, with a person nearby.
    for (const m of ctx.matches(/(?<![a-z])(?:at|from|of|lives at|in) (?:number|no\.?) \d{1,4}[a-z]?(?![a-z0-9])/g)) {
      if (near(m, persons) || handle || householdWords.test(norm.slice(Math.max(0, m.normStart - 100), m.normEnd + 100))) add(m, 'a home address', personNear(m)?.name ?? handle);
    }
    // "Flat 6, Coldharbour House": a flat in a named building.
    for (const m of ctx.matches(/(?<![a-z])(?:flat|apartment|apt|unit|room)\s+\d{1,4}[a-z]?,?\s+[a-z][a-z'-]+\s+(?:house|court|tower|lodge|mansions|buildings|point|heights|place)(?![a-z])/g)) {
      add(m, 'a home address', personNear(m)?.name ?? handle);
    }
    for (const m of (digits ? ctx.matches(POSTCODE) : [])) {
      if (!/\d/.test(m.text) || !/[a-z]{2}$/.test(m.text)) continue;
      if (near(m, persons) || handle) add(m, 'a full postcode', personNear(m)?.name ?? handle);
    }
    // A named person with the circumstances of their life (their street counts as a circumstance).
    const celebrated = /(?<![a-z])(?:of the year|award|awards|winner|won|congratulations|congrats|named|shortlisted|celebrat\w+|thank you|thanks to|well done)(?![a-z])/;
    for (const p of persons) {
      // Circumstances told in a sentence that celebrates ("named Public Servant of the Year for her
      // work setting up a mental health helpline") are what the post honours, not a disclosure.
      const age = new RegExp(String.raw`^\s*,?\s*\(?(?:aged\s+|year\s+)?\d{1,3}\)?(?:[,)]|,?\s+and\s)`, 'i').test(ctx.text.slice(p.end, p.end + 14)) || /(?<![\d£])\b\d{1,3}\s*(?:,|years? old|-year-old| today)/.test(ctx.text.slice(p.end, p.end + 80));
      const around = within(circumstances, p.start, 260).filter((c) => {
        const cs = ctx.sentenceAt(c.normStart);
        if (!(cs && celebrated.test(cs.text))) return true;
        // Someone given with their age in a thank-you ("Thank you to everyone who helped when visitor
        // Gareth Ellis, 52, collapsed") is not the one thanked: what happened to them is theirs.
        if (age && !/^\s*(?:for|on|who)(?![a-z])/.test(ctx.text.slice(p.end).replace(/^\s*,?\s*\(?(?:aged\s+)?\d{1,3}\)?,?/, ''))) return true;
        // …but their own circumstances stay ("his PTSD claim", "her pregnancy"), and so does anything
        // they are keeping quiet.
        const before = ctx.norm.slice(Math.max(0, c.normStart - 24), c.normStart);
        return /(?<![a-z])(?:his|her|their|your)(?: [a-z']+){0,2}\s*$/.test(before) || /keep it quiet|keeping it quiet|trying to keep|hasn't told|not told anyone/.test(cs.text + ' ' + (ctx.sentences[ctx.sentenceIndexAt(c.normStart) + 1]?.text ?? ''));
      });
      if (!around.length && !/\s/.test(p.name)) continue;
      const strong = around.filter((c) => STRONG_CIRCUMSTANCE.test(c.text));
      const sentence = ctx.sentenceAt(ctx.normOffsetOf(p.start));
      const street = STREET_AFTER.test(ctx.text.slice(p.end, p.end + 40));
      // A full name with an age and a street ("Donald Fraser, 67, of Burnside Terrace") identifies
      // someone on its own, whatever else is said.
      // An age can come first ("14-year-old Kieran Polglase of Gweek Lane"); a child named with their
      // street is identified even in thanks.
      const ageBefore = /(\d{1,3})-year-old\s+$/.exec(ctx.text.slice(Math.max(0, p.start - 16), p.start));
      const ageAfter = /^\s*,?\s*\(?(?:aged\s+)?(\d{1,3})\)?[,)]/.exec(ctx.text.slice(p.end, p.end + 12));
      const child = (!!ageBefore && Number(ageBefore[1]) < 18) || (!!ageAfter && Number(ageAfter[1]) < 18);
      // "The man shouting at her is Kieran Doyle from Ashby Road": naming someone with their street.
      const pointedOut = /(?<![a-z])(?:is|was|it's|called|named)\s+$/i.test(ctx.text.slice(Math.max(0, p.start - 10), p.start));
      const located = (age || !!ageBefore || pointedOut) && street && /\s/.test(p.name) && (child || !(sentence && (celebrated.test(sentence.text) || /(?<![a-z])(?:birthday|anniversary|happy|welcome)(?![a-z])/.test(sentence.text))));
      // "a red purse belonging to Jean Aitken of Marsh Lane": a full name given with the street they
      // live in ("of" or "from", not "on": "a plaque for Ada Crowther on Station Road").
      const ofStreet = /^[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ]/u.test(p.name) && lexiconSet('given-names').has(p.name.split(/\s+/)[0]!.toLowerCase()) && OF_STREET.test(ctx.text.slice(p.end, p.end + 50));
      // "The Osei kids, 6 and 9": children named by family, with their ages.
      if (/(?:kids|children|twins|boys|girls)$/.test(p.name) && /^\s*,?\s*\(?(?:aged\s+)?\d{1,2}(?:\s*(?:and|&|,)\s*\d{1,2})*\)?(?![\d])/.test(ctx.text.slice(p.end, p.end + 20))) {
        add(p, `the ${p.name.replace(/^the\s+/i, '')}'s names and ages`, p.name);
        break;
      }
      if (!strong.length && !(age && around.length) && !(street && around.length) && !located && !ofStreet) continue;
      // Someone named for an award or thanks: their circumstances are what the post celebrates (a
      // helpline she set up), unless an age or a street identifies them further.
      if (sentence && celebrated.test(sentence.text) && !age && !street) continue;
      add(p, around.length ? `${p.name}'s personal circumstances` : `${p.name}'s age and street`, p.name);
      break;
    }
    // A public reply that sets out someone's claim, debts or health.
    // …and says something particular about it: a figure, or what has happened to it ("your claim was
    // closed", "you owe"), not how the service works in general ("your pension age depends on your
    // date of birth").
    const particular = (c: Match) => {
      const sentence = ctx.sentenceAt(c.normStart)?.text ?? '';
      // "If you think your penalty was issued wrongly, you can challenge it within 28 days": a condition
      // explains the route, it states nothing about them.
      if (/^\W*(?:@\w+\s+)*if (?:you|your)(?![a-z])/.test(sentence)) return false;
      return /\d|£|(?<![a-z])(?:you owe|you've|you have|you had|you were|your (?:[a-z]+ ){0,2}(?:was|were|has|had|is being|has been))(?![a-z])/.test(sentence) && !/(?<![a-z])depends on(?![a-z])/.test(sentence);
    };
    if (handle && !hits.length && strongCircumstances.some((c) => /(?:your|you)/.test(norm.slice(Math.max(0, c.normStart - 30), c.normEnd)) && particular(c))) {
      const c = strongCircumstances.find(particular)!;
      const sentence = ctx.sentenceAt(c.normStart);
      add(sentence ?? c, 'the details of their case in a public reply', handle);
    }
    // One finding per passage.
    const unique = new Map<string, RuleHit>();
    for (const h of hits) unique.set(`${h.start}:${h.end}`, h);
    return [...unique.values()];
  },
};

export default rule;
