// Who is speaking and how: a claim of the official role on a personal account ("As a housing
// officer at Harrowfield…"), first-person opinion markers, and references to the employer.
import type { CheckContext, Match } from '../context';
import { found } from './found';

// Job words that make "as a …" or "I'm a …" a claim of the official role.
const ROLE_NOUN =
  "(?:officer|youth worker|support worker|care worker|key worker|housing worker|eho|pcso|examiner|auditor|investigator|warden|ranger|forecaster|meteorologist|technician|librarian|registrar|valuer|controller|superintendent|governor|nurse|midwife|paramedic|firefighter|planner|manager|head|director|adviser|advisor|analyst|civil servant|caseworker|case worker|social worker|inspector|coach|team leader|engineer|surveyor|official|administrator|coordinator|co-ordinator|economist|statistician|specialist|lawyer|solicitor|clerk|assessor|commissioner|practitioner|lead|consultant|strategist|scientist|researcher|designer|developer|supervisor|assistant|conservator|curator|archivist|keeper|policy [a-z]+|[a-z]+ policy)";
const ROLE_CLAIMS: RegExp[] = [
  // "Proud to be a Windmill Trust volunteer coordinator and even prouder to be canvassing…"
  new RegExp(`(?<![a-z])(?:proud|privileged|lucky|honoured) to be (?:an? |the |one of the )(?:[a-z'-]+ ){0,4}?${ROLE_NOUN}s?(?![a-z])`, 'g'),
  // "If you work at the council like me you'll know why we need change"
  /(?<![a-z])(?:work|working) (?:at|for|in) (?:the )?[a-z' -]{2,40}? like (?:me|i do)(?![a-z])/g,
  // "Off-duty thought from a planning officer:", "Confessions of a licensing inspector"
  new RegExp(`(?<![a-z])(?:thoughts?|confessions?|rant|take|views?|word|observations?|notes?) (?:from|of) an? (?:[a-z'-]+ ){0,3}?${ROLE_NOUN}(?![a-z])`, 'g'),
  // "As a housing officer at Harrowfield", "As Head of Waste Services at Kestrelbury"
  new RegExp(`(?<![a-z])as (?:an? |the |one of the )?(?:[a-z'-]+ ){0,4}?${ROLE_NOUN}s?(?: of [a-z' -]{2,40}?)?(?: (?:at|for|in|with) [a-z]|[,:]|(?: here)? i (?:know|can|see|think|have|deal|work|shouldn't|should|would|must|wouldn't|won't|will)| (?:here )?i'(?:ll|d|m|ve))`, 'g'),
  // "As someone who writes benefit policy for a living"
  /(?<![a-z])as (?:someone|somebody|a person|the person|the one|one) who (?:actually |really |personally )?(?:designed|built|wrote|drafted|ran|led|works?|worked|writes?|runs?|manages?|leads?|deals? with|handles?|makes?|sets?|designs?|delivers?|administers?|decides?|assesses?|signs? off|approves?|inspects?|(?:has|have) (?:spent|worked|run|led|managed)|spent) [a-z0-9' -]{2,60}?(?:for a living|at (?:the |a )?[a-z]|in (?:the |a )?(?:department|council|civil service|government|local government)|,|:| i can)/g,
  // "I plan the school bus routes for this council", "I write herring policy for a living"
  /(?:^|[.!?\n]\s*|, |and )i (?:plan|run|manage|write|set|design|inspect|process|approve|handle|deliver|oversee|lead|draft|assess|enforce|issue|allocate|commission|audit|check|sign off) (?:the |our )?[a-z0-9' -]{2,50}? (?:for (?:this|the|our|my) (?:council|department|authority|government|office|agency|unit|service|trust)|at (?:the|this|my) (?:council|department|authority|office|agency|unit)|for a living)(?![a-z])/g,
  // "In my role leading digital at VDRO", "in my role as"
  /(?<![a-z])in my (?:role|job|position|capacity)(?: as| leading| running| heading| managing| at| in)?/g,
  // "I'm a senior planner at Harrowfield", "I am the council's …"
  new RegExp(`(?<![a-z])i(?:'m| am) (?:an? |the )?(?:[a-z'-]+ ){0,4}?${ROLE_NOUN}s?(?: (?:at|for|in|with) [a-z]|[,.:!]| and)`, 'g'),
  // "Trading standards officer here."; "Building control here."; "Forecaster at the Weather Desk here:"
  /(?:^|[.!?\n]\s*)(?:building control|trading standards|environmental health|planning|licensing|housing|highways|revenues|benefits|customer services|parking services|social services|children's services|adult social care|waste services|bereavement services|the duty desk) here(?=[.,:!\s])/g,
  new RegExp(`(?:^|[.!?\\n]\\s*)(?:[a-z'-]+ ){0,2}${ROLE_NOUN} (?:at|for|in|with) [^.!?\\n]{2,60}? here(?=[.,:!\\s])`, 'g'),
  new RegExp(`(?:^|[.!?\\n]\\s*)(?:[a-z'-]+ ){0,3}${ROLE_NOUN}(?: here(?=[.,:!\\s])|, speaking)`, 'g'),
  // "IT helpdesk at Llanrhidian here", "Site engineer for the Castles Trust: the wall will not reopen"
  /(?:^|[.!?\n]\s*)(?:[a-z'-]+ ){0,2}(?:team|desk|helpdesk|help desk|service desk|unit|office|section) (?:(?:at|for|in) [^.!?\n]{2,60}? )?here(?=[.,:!\s])/g,
  // "Twelve years I've worked in highways at Hartsey Vale"
  /(?<![a-z])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) years i(?:'ve| have) (?:worked|been) (?:in|at|for|with|on) [a-z]/g,
  new RegExp(`^\\W*(?:[a-z'-]+ ){0,2}${ROLE_NOUN} (?:at|for|in|with|on) (?:the )?[^.!?\\n:]{2,50}?:`, 'g'),
  // "I run a grants team at the Office for …", "I work at the council"
  /(?<![a-z])i (?:run|manage|lead|head(?: up)?|work (?:at|for|in)|work on) (?:an? |the |our )?(?:[a-z'-]+ ){0,3}?(?:team|service|section|unit|department|directorate|council|agency|office|ministry)(?: (?:at|for|in) [a-z])?/g,
  // "in my job at", "in my role as", "speaking as a civil servant"
  /(?<![a-z])(?:in my (?:job|role|work|day job|professional capacity) (?:at|as|in|with)|speaking as an? |speaking as one of|as someone inside|wearing my work hat|with my work hat on)/g,
  // "…for a living"
  /(?<![a-z])(?:i|we) [a-z' -]{2,40}? for a living/g,
  // "I run food safety inspections for Brantwick Council", "I lead flood risk modelling at the agency",
  // "I manage listings at an employment tribunal centre"
  /(?<![a-z])i(?:'ve| have)? (?:run|lead|manage|head|oversee|handle|process|assess|inspect|deliver(?:ed)?|work on|do|decide|chair|sit on|investigate|audit|draft|write|approve|sign off|award|(?:literally|actually) approve) (?:[a-z'-]+ ){0,5}?(?:(?:at|for|in|on) (?:the |a |an |our )?(?:[a-z'-]+ ){0,3}?)?(?:council|department|agency|service|centre|office|authority|ministry|tribunal|court|prison|hospital|trust|directorate|team|unit|panel|committee|inspectorate|programme|scheme|contract|policy|bill|project|applications|claims|cases|appeals|licences|permits|returns|payments|loans|grants|bids|cancellations|renewals|refunds|passes|referrals|registrations|[a-z]+shire)(?![a-z])/g,
  // "Eleven years in Caddenham children's social care", "six years at the agency"
  /(?<![a-z])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) years (?:in|at|with|on) (?:the )?[a-z' -]{0,40}?(?:care|services|service|team|council|department|agency|nhs|highways|planning|housing|licensing|trading standards|civil service|government|prison|probation|courts?|tribunal|operations|policy|casework)(?![a-z])/g,
  // "I work on sponsored worker visas", "I've spent 20 years in parking enforcement", "everyone who worked the case"
  /(?<![a-z])i (?:work|worked) (?:on|in|with) (?:[a-z'-]+ ){0,4}?(?:visas|claims|applications|cases|contracts|licences|licenses|permits|grants|benefits|pensions|appeals|loans|repayments|debts|inspections|enforcement|casework|assessments|prosecutions|investigations|audits|allocations|admissions|adoptions|placements)(?![a-z])/g,
  /(?<![a-z])i(?:'ve| have)? spent (?:\d+|[a-z]+) years (?:in|at|on|with|working) /g,
  /(?<![a-z])(?:everyone|everybody|all of us|anyone) who (?:worked|works) (?:on )?the case(?![a-z])/g,
  // "as the person who runs the permits contact centre"
  /(?<![a-z])as the (?:person|one|officer|manager|official) (?:who|that) (?:runs|manages|leads|heads|handles|decides|signs off)(?![a-z])/g,
  // "everyone in my office knows", "we all know at work"
  /(?<![a-z])(?:everyone|everybody|people|we all|all of us) (?:in|at|on) (?:my|our) (?:office|team|department|unit|floor|service|directorate)(?![a-z])/g,
  // "As the case officer on the Millbeck Quarry extension"
  new RegExp(`(?<![a-z])as the (?:[a-z'-]+ ){0,3}?${ROLE_NOUN} (?:on|for|in charge of|responsible for) `, 'g'),
  // "Proud to lead Calderbrook's highways team", "back at my desk at the Victims' Care Service"
  /(?<![a-z])(?:proud|privileged|lucky|honoured) to (?:lead|run|head|manage|work (?:for|at|in|with)|be part of|serve (?:at|with|in)) (?:the |our |my )?[a-z'-]+(?:'s)? (?:[a-z'-]+ ){0,3}?(?:team|service|department|council|agency|directorate|unit|office)(?![a-z])/g,
  /(?<![a-z])(?:back )?at my desk (?:at|in) (?:the )?[a-z]/g,
  // "Someone who works there explaining…", "the best firm we've ever worked with at the Department"
  /(?<![a-z])(?:someone|somebody|an insider|a person) who works? (?:there|here|at (?:the )?(?:council|department|agency|ministry|office|authority)|in the (?:department|council|agency|ministry))(?![a-z])/g,
  /(?<![a-z])(?:we|i)(?:'ve| have)? (?:ever )?worked with (?:at|in) (?:the |our )?(?:department|council|agency|office|ministry|service|authority)(?![a-z])/g,
  // "Proud council officer and even prouder Yes campaigner", "Proud civil servant. Views my own."
  /(?:^|[.!?\n]\s*)(?:a )?(?:proud|lifelong|long-serving) (?:council|local government|local authority|civil|public) (?:officer|worker|employee|servant)(?![a-z])/g,
  // "Working on the Fellhead file at the Planning Board", "from someone who sat in the room"
  /(?<![a-z])working on the [a-z' -]{2,40}? (?:file|case|application|scheme|project|bid|contract|review) (?:at|for) (?:the )?[a-z]/g,
  /(?<![a-z])(?:someone|somebody|one of the people) who (?:sat|was) in the (?:room|meeting)(?![a-z])/g,
  // "from someone who actually works in tenancy deposits", "someone who's worked in councils for 20 years"
  /(?<![a-z])(?:from|as) someone who(?:'s| has)? (?:actually )?(?:works?|worked) (?:in|on|at) [a-z]/g,
  /(?<![a-z])having (?:done|carried out|led) the inspection(?![a-z])/g,
  // "having run ID checks at three elections for work", "Working at the Registration Office has convinced me"
  /(?<![a-z])having (?:run|done|worked on|managed|led|carried out) [a-z0-9' -]{2,50}? (?:for work|at work|in my job)(?![a-z])/g,
  /(?:^|[.!?\n]\s*)working (?:at|for|in) (?:the )?[a-z' -]{2,60}? (?:has|have) (?:convinced|taught|shown) me(?![a-z])/g,
  // "Running the planning desk at Wrexford, I can tell you…"
  /(?:^|[.!?\n]\s*)running the [a-z' -]{2,40}? (?:desk|team|service|unit|office|section) (?:at|for|in) [a-z]/g,
  // "I've delivered them for six years", "I should know, I work there"
  /(?<![a-z])(?:i should know|i work there|i've worked there|we've seen the evidence|i've seen the evidence|i've seen the file|i've seen the files|i've seen the paperwork|i've delivered (?:it|them)|i deliver (?:it|them)|from the inside|inside knowledge)(?![a-z])/g,
];

/** What comes before the employer's name when the writer claims it as their own ("proud to work for "). */
const PROUD_TO_WORK = /(?<![a-z])(?:proud|privileged|lucky|honoured|happy|glad) to (?:work|be working) (?:for|at|with) (?:the )?$/;

/** A personal account speaking in the organisation's voice: "On behalf of Wexmoor District Council, I…". */
const OFFICIAL_VOICE = /(?<![a-z])(?:on behalf of (?:the |my |our )?[a-z][a-z' -]{2,60}?(?:council|department|agency|service|authority|ministry|government|office)|speaking for (?:the |my |our )(?:council|department|agency|service|authority|ministry|government)|speaking for the [a-z][a-z' -]{2,60}?(?:authority|council|department|agency|service|office|unit|board)(?: here)?|we at the (?:council|department|agency)|(?:speaking for|on behalf of) (?:the|my|our|all of us in the|everyone in the) team (?:here )?(?:at|in)(?= [a-z]))(?![a-z])/g;

export function officialVoice(ctx: CheckContext): Match | undefined {
  return ctx.memo('officialVoice', () => ctx.first(OFFICIAL_VOICE, 0, ctx.amplifiedStart));
}

const HOBBY_ROLE = /(?<![a-z])(?:parkrun|run|race|club|choir|band|scout|brownie|cub|guide|junior|five-a-side|football|cricket|netball|rugby)(?:'s)? (?:director|coordinator|co-ordinator|coach|captain|lead|leader|manager|secretary)(?![a-z])/;

/** A claim of the official role in the poster's own words, if any. */
export function roleClaim(ctx: CheckContext): Match | undefined {
  return ctx.memo('roleClaim', () => {
    const own = ctx.amplifiedStart;
    for (const re of ROLE_CLAIMS) {
      const m = ctx.first(re, 0, own);
      // A role in a hobby ("I'm a volunteer run director", "as our club's race director") is not the job.
      if (m && HOBBY_ROLE.test(m.text)) continue;
      // (A claim that ends inside a word, "as an EHO at K", runs to the end of that word.)
      if (m) {
        let end = m.normEnd;
        while (end < own && /[a-z'’-]/.test(ctx.norm[end]!)) end++;
        return end === m.normEnd ? m : ctx.matchAt(m.normStart, end);
      }
    }
    // "Proud to work for Whitstable Reach": the employer named as the writer's own.
    const employer = employerPattern(ctx);
    for (const e of employer ? ctx.matches(employer, 0, own) : []) {
      const lead = PROUD_TO_WORK.exec(ctx.norm.slice(Math.max(0, e.normStart - 40), e.normStart));
      if (lead) return ctx.matchAt(e.normStart - lead[0].length, e.normEnd);
    }
    return undefined;
  });
}

/** First-person opinion markers ("I think", "personally", "honestly", "trust me"). */
export function opinionMarkers(ctx: CheckContext): Match[] {
  return found(ctx, 'opinion-markers').filter((m) => m.normStart < ctx.amplifiedStart);
}

/** The employer's name as the patterns read it: lower case, punctuation as spaces ("" when none is set). */
function employerName(ctx: CheckContext): string {
  return ctx.memo('employerName', () => (ctx.profile.employer ?? '').trim().toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').trim());
}

/** The employer's name, its distinctive first word ("Harrowfield" of "Harrowfield Borough Council") and its initials. */
export function employerPattern(ctx: CheckContext): RegExp | undefined {
  return ctx.memo('employerPattern', () => {
    const employer = ctx.profile.employer?.trim();
    if (!employer) return undefined;
    const lower = employerName(ctx);
    const generic = new Set(['the', 'department', 'for', 'of', 'office', 'borough', 'county', 'district', 'city', 'council', 'agency', 'ministry', 'and', 'metropolitan', 'london', 'royal']);
    const words = lower.split(/\s+/).filter((w) => w.length > 2 && !generic.has(w));
    // Its initials as people write them ("DCC" for the Department for Coastal Communities), when at
    // least three letters long.
    const initials = employer.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    const forms = [lower, ...(words.length ? [words[0]!] : []), ...(initials.length >= 3 ? [initials] : [])].filter(Boolean);
    const esc = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return new RegExp(`(?<![a-z0-9])(?:${esc.join('|')})(?![a-z0-9])`, 'g');
  });
}

/** The words of the employer's name, lower case ("redcliffe", "vale", "borough", "council"). */
export function employerWords(ctx: CheckContext): ReadonlySet<string> {
  return ctx.memo('employerWords', () => new Set((ctx.profile.employer ?? '').toLowerCase().split(/[^a-z0-9']+/).filter(Boolean)));
}

const INSTITUTION = /^(?:council|department|agency|office|service|authority|borough|district|city|county|unit|ministry|trust|board|commission|inspectorate)$/i;

/** References to the poster's own employer, its leaders or its politicians (personal accounts). */
export function employerReferences(ctx: CheckContext): Match[] {
  return ctx.memo('employerRefs', () => {
    const refs = [...found(ctx, 'employer-references')];
    const employer = employerPattern(ctx);
    // The employer's short name is often just the place ("every self-checkout in Thornbridge"): as a
    // location it is not the employer.
    // Nor is it when it names something else in the place ("the Calderbrook 10k", "Calderbrook Park").
    const own = employerWords(ctx);
    const placeOf = (m: Match) => {
      let rest = ctx.text.slice(m.end, m.end + 60);
      // Past the rest of the employer's own place name ("Kilmarnock Ridge" of "Kilmarnock Ridge Council")…
      let word: RegExpExecArray | null;
      while ((word = /^[ \t]+([\p{L}'’-]+)/u.exec(rest)) && own.has(word[1]!.toLowerCase()) && !INSTITUTION.test(word[1]!)) rest = rest.slice(word[0].length);
      // …a number, another name, or an event held there ("the Kilmarnock Ridge half marathon").
      const next = /^[ \t]+(\d|\p{Lu}[\p{L}'’-]*|(?:half )?marathon|fun run|parkrun|festival|carnival|fair|show|derby|market)/u.exec(rest);
      return !!next && (/^\d/.test(next[1]!) || /^\p{Ll}/u.test(next[1]!) || !own.has(next[1]!.toLowerCase()));
    };
    // The short form must be written as a name ("Road Safety Partnership" is not every "road").
    const named = (m: Match) => m.text.replace(/\s+/g, ' ') === employerName(ctx) || /^\p{Lu}/u.test(ctx.text.slice(m.start, m.start + 1));
    if (employer) refs.push(...ctx.matches(employer).filter((m) => named(m) && !/(?:^|[^a-z])(?:in|at|on|around|across|near|from|to|visiting|outside|of|round|above|below|beyond|over|past|behind|along|towards|into|through|above the|beneath)\s+(?:the\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 16), m.normStart)) && !placeOf(m)));
    // Councillors are a council officer's employers' members; ministers a civil servant's.
    const politicians = ctx.profile.role === 'local-gov-officer' ? /(?<![a-z])(?:cllr|councillor) [a-z]+/g : /(?<![a-z])(?:(?:the |our |my )?(?:minister|secretary of state|(?!general )[a-z]+ secretary|chancellor|prime minister)(?:'s)?|(?:this|the|our) government(?:'s)?)(?![a-z])/g;
    // "our harbour master", "our head of parks": the employer's own post-holders.
    refs.push(...ctx.matches(/(?<![a-z])our (?:new )?(?:[a-z]+ ){0,2}(?:master|manager|director|head|chief|governor|leader|lead|boss|executive)(?: (?:exec|executive|officer|of [a-z]+))?(?![a-z])/g));
    refs.push(...ctx.matches(politicians));
    // "Not my employer's view, obviously, but…": the employer named to disown it, not criticised.
    // "My views, not the council's:" disowns it too.
    const disowned = (m: Match) => /(?<![a-z])not\s+(?:the\s+|my\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 8), m.normStart)) && (/^(?:'s)?\s*(?:view|views|opinion|opinions|position|line)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12)) || /(?<![a-z])(?:views?|opinions?|thoughts?)(?: are)?(?: my own| mine)?,?\s+not\s+(?:the\s+|my\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 40), m.normStart)));
    // "Environmental health officer here.": the writer introducing themselves, not the employer discussed.
    // "upstairs at the Red Lion": a room, not the bosses upstairs.
    const aRoom = (m: Match) => m.text === 'upstairs' && /^\s+(?:at|in|above|of) (?:the |our )?[a-z]/.test(ctx.norm.slice(m.normEnd, m.normEnd + 12));
    const introduces = (m: Match) => /^\s+(?:officer|inspector|team|manager|worker|analyst|clerk)?\s*here(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 14));
    // "the agency supplying half our temps": for a council or a department, "the agency" is someone else.
    const otherAgency = (m: Match) => /^the agency(?:'s)?$/.test(m.text) && own.size > 0 && !own.has('agency');
    // "I'm a volunteer run director": a hobby's post-holder, not the employer's.
    const hobby = (m: Match) => HOBBY_ROLE.test(ctx.norm.slice(Math.max(0, m.normStart - 24), m.normEnd));
    return refs.filter((m) => m.normStart < ctx.amplifiedStart && !disowned(m) && !introduces(m) && !aRoom(m) && !otherAgency(m) && !hobby(m)).sort((a, b) => a.normStart - b.normStart);
  });
}
