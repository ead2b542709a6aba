// The headline a post could earn, for the "Would you say this to their face?" prompt: a newspaper
// line built only from what is known (the profile, the platform, the time, the categories raised and
// the words of the draft's flagged passages and targets). It never adds a fact the draft does not
// hold: no names, numbers or events are made up, so the prompt stays honest and the user can trust it.
// Pure: no DOM, no imports besides types, so the worker, the CLI or a test can call it.
import type { Category, Finding, Platform, Profile, Severity } from '../engine/index';

export interface HeadlineInput {
  profile: Profile;
  platform: Platform;
  /** The findings that stopped the send, any order; the worst one sets the verb. */
  findings: Finding[];
  /** When the post goes out: a Date (local fields) or an ISO wall-clock string ("2026-02-10T22:07"). */
  postedAt?: Date | string;
  /** Overrides profile.employer (e.g. the organisation named on the account). */
  employer?: string;
  /**
   * The draft the findings' offsets index into. Optional, but without it the headline can only read
   * targets and messages, so "backs Labour" or "brands … 'reckless'" fall back to plainer verbs.
   */
  text?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

// On a severity tie, the category a reporter would lead with comes first. Timing and election period
// describe when a post went out, so they become "in late-night posts" / "during election" instead.
const NEWSWORTHINESS: readonly Category[] = [
  'confidential',
  'personal-data',
  'legal-claim',
  'party-political',
  'attacks-opponent',
  'employer-criticism',
  'tone',
  'opinion-as-fact',
  'endorsement',
  'personal-professional-blur',
  'unsourced-claim',
  'thread-fragment',
  'disclaimer-reliance',
  'election-period',
  'timing',
];
const CIRCUMSTANCE: ReadonlySet<Category> = new Set(['timing', 'election-period']);

const PLATFORM_PHRASE: Record<Platform, string> = {
  x: 'on X',
  facebook: 'on Facebook',
  linkedin: 'on LinkedIn',
  bluesky: 'on Bluesky',
  mastodon: 'on Mastodon',
  threads: 'on Threads',
  blog: 'in blog post',
  other: 'online',
};

export function headlineFor(input: HeadlineInput): string {
  const { profile, platform, findings } = input;
  const main = mainFinding(findings);
  const target = pickTarget(main, findings);
  const parts = [subjectFor(profile, input.employer ?? profile.employer)];
  parts.push(main ? verbPhrase(main, target, input) : 'posts');

  const raised = new Set(findings.map((finding) => finding.category));
  // The brief's own example drops the platform when the time is the story:
  // "Department attacks teachers' union in late-night posts".
  parts.push(raised.has('timing') ? timePhrase(input.postedAt) : PLATFORM_PHRASE[platform] ?? 'online');
  if (raised.has('election-period')) parts.push('during election');
  return parts.join(' ');
}

/** Who the story is about: the organisation for a corporate account, the job for a personal one. */
function subjectFor(profile: Profile, employer: string | undefined): string {
  if (profile.account === 'personal') return profile.role === 'civil-servant' ? 'Civil servant' : 'Council officer';
  const name = employer ?? '';
  if (profile.role === 'local-gov-officer') return /\bAuthority\b/i.test(name) && !/\bCouncil\b/i.test(name) ? 'Authority' : 'Council';
  for (const body of ['Agency', 'Office', 'Ministry', 'Department']) {
    if (new RegExp(`\\b${body}\\b`, 'i').test(name)) return body;
  }
  return 'Department';
}

function mainFinding(findings: readonly Finding[]): Finding | undefined {
  const candidates = findings.some((finding) => !CIRCUMSTANCE.has(finding.category))
    ? findings.filter((finding) => !CIRCUMSTANCE.has(finding.category))
    : findings;
  let best: Finding | undefined;
  for (const finding of candidates) {
    if (!best || outranks(finding, best)) best = finding;
  }
  return best;
}

function outranks(a: Finding, b: Finding): boolean {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity > 0;
  return NEWSWORTHINESS.indexOf(a.category) < NEWSWORTHINESS.indexOf(b.category);
}

/** The main finding's target, else any finding's: the draft's own words for who it is aimed at. */
function pickTarget(main: Finding | undefined, findings: readonly Finding[]): string | undefined {
  const raw = main?.target?.trim() || findings.find((finding) => finding.target?.trim())?.target;
  if (!raw) return undefined;
  // Headlines drop the article: "the teachers' union" → "teachers' union".
  const tidy = raw.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  return shorten(lowerSentenceStart(tidy), 40);
}

// Groups a rule may name as written at the start of a sentence ("Teachers are…"); a headline says
// "accuses teachers", not "accuses Teachers". Names of people and organisations keep their capitals.
const COMMON_GROUPS = new Set([
  'teachers', 'unions', 'union', 'campaigners', 'protesters', 'protestors', 'residents', 'nurses', 'doctors',
  'staff', 'strikers', 'journalists', 'critics', 'opponents', 'councillors', 'ministers', 'activists', 'members',
]);

function lowerSentenceStart(target: string): string {
  const [first = '', ...rest] = target.split(' ');
  const lower = first.toLowerCase();
  return COMMON_GROUPS.has(lower.replace(/['’]s?$/, '')) ? [lower, ...rest].join(' ') : target;
}

function shorten(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The passage the finding marks, when the draft was given. */
function passageOf(finding: Finding, text: string | undefined): string {
  if (text === undefined) return '';
  return text.slice(Math.max(0, finding.start), Math.max(finding.start, finding.end)).replace(/\s+/g, ' ').trim();
}

/** Only the draft's words: the passage, the target, and anything the message quotes from the draft. */
function evidence(finding: Finding, text: string | undefined): string {
  const quotedInMessage = [...finding.message.matchAll(/[“"‘]([^”"’]{2,80})[”"’]/g)].map((m) => m[1]).join(' ');
  return [passageOf(finding, text), finding.target ?? '', quotedInMessage].join(' ');
}

function verbPhrase(finding: Finding, target: string | undefined, input: HeadlineInput): string {
  const words = evidence(finding, input.text);
  const aimedAt = target ?? 'critics';
  switch (finding.category) {
    case 'attacks-opponent':
      return `attacks ${aimedAt}`;
    case 'tone':
      return target ? `mocks ${target}` : 'rounds on critics';
    case 'employer-criticism':
      if (/\bministers\b/i.test(words)) return 'slams ministers';
      if (/\bminister\b/i.test(words)) return 'slams minister';
      if (/\bcouncillors?\b/i.test(words)) return 'slams councillors';
      return 'slams bosses';
    case 'party-political':
      return partyPhrase(words);
    case 'confidential':
      return /\bembargo/i.test(words) ? 'breaks embargo' : 'leaks confidential information';
    case 'personal-data':
      return /\b(colleague|staff|co-worker|coworker)s?\b/i.test(words) ? "reveals colleague's details" : "reveals resident's details";
    case 'legal-claim':
      return /\bbreach/i.test(words) && /\bcontract/i.test(words)
        ? `accuses ${aimedAt} of breaching contracts`
        : `accuses ${aimedAt} of breaking the law`;
    case 'opinion-as-fact': {
      const word = evaluativeWords(finding, input.text);
      if (!word) return target ? `takes aim at ${target}` : 'states opinion as fact';
      return target ? `brands ${target} ‘${word}’` : `calls it ‘${word}’`;
    }
    case 'unsourced-claim':
      return 'makes unsourced claim';
    case 'personal-professional-blur':
      return input.profile.account === 'corporate' ? 'gets personal' : 'speaks for employer';
    case 'disclaimer-reliance':
      return 'hides behind disclaimer';
    case 'endorsement':
      return 'shares campaign post';
    case 'timing':
      return 'sounds off';
    case 'election-period':
      if (/\bcouncillors?\b/i.test(words)) return 'promotes councillor';
      if (/\bcandidates?\b/i.test(words)) return 'promotes candidate';
      return 'weighs in';
    case 'thread-fragment':
      return 'posts out-of-context thread';
  }
}

// Party names as drafts write them, with the name a headline uses. A party is "backed" only when the
// draft itself says so ("Vote Labour", "#VoteGreen", "support the Tories") and "attacked" only on
// the draft's own opposition wording ("#ToriesOut", "never vote Tory"); otherwise it "takes sides".
const PARTIES: ReadonlyArray<[names: string, headlineName: string]> = [
  ['labour', 'Labour'],
  ['tory|tories|conservatives?', 'Tories'],
  ['lib ?dems?|liberal democrats?', 'Lib Dems'],
  ['greens?|green party', 'Greens'],
  ['reform(?: uk)?', 'Reform UK'],
  ['snp', 'SNP'],
  ['plaid(?: cymru)?', 'Plaid Cymru'],
];

function partyPhrase(words: string): string {
  for (const [names, party] of PARTIES) {
    const backs = new RegExp(`(\\b(vote|voting|support|back|backing|elect)\\s+(for\\s+)?(the\\s+)?|#vote)(${names})\\b`, 'i');
    if (backs.test(words)) return `backs ${party}`;
  }
  for (const [names, party] of PARTIES) {
    const opposes = new RegExp(
      `#?\\b(${names})\\s*out\\b|\\b(never vote|anti-?|against|down with|get rid of)\\s*(the\\s+)?(${names})\\b`,
      'i',
    );
    if (opposes.test(words)) return `attacks ${party}`;
  }
  return 'takes sides';
}

const EVALUATIVE_ENDING = /(ible|able|ous|less|ful|ive|ic|ant|ent|ish|ed)$/i;

/** The judgement in the passage, quoted as written: the whole passage when short, else its first evaluative word. */
function evaluativeWords(finding: Finding, text: string | undefined): string {
  const passage = passageOf(finding, text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!passage) return '';
  const words = passage.split(' ');
  if (words.length <= 3) return shorten(passage, 40);
  const judged = words.map((word) => word.replace(/[^\p{L}'-]/gu, '')).find((word) => word.length > 4 && EVALUATIVE_ENDING.test(word));
  return judged ?? `${words.slice(0, 3).join(' ')}…`;
}

/** "in late-night posts", "in weekend posts": read from the wall-clock time, as the timing rule does. */
function timePhrase(postedAt: Date | string | undefined): string {
  const time = wallClock(postedAt);
  if (!time) return 'in out-of-hours posts';
  const when: string[] = [];
  if (time.hour >= 20 || time.hour < 5) when.push('late-night');
  else if (time.hour < 7) when.push('early-morning');
  if (time.weekday === 0 || time.weekday === 6) when.push('weekend');
  return when.length > 0 ? `in ${when.join(' ')} posts` : 'in out-of-hours posts';
}

function wallClock(postedAt: Date | string | undefined): { hour: number; weekday: number } | null {
  if (postedAt instanceof Date) {
    return Number.isNaN(postedAt.getTime()) ? null : { hour: postedAt.getHours(), weekday: postedAt.getDay() };
  }
  if (typeof postedAt !== 'string') return null;
  // The fields as written, zone ignored (the engine's readPostTime does the same): "2026-02-10T22:07".
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(postedAt.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return null;
  return { hour: Number(m[4]), weekday: date.getUTCDay() };
}
