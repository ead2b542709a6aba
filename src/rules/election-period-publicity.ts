import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';
import { amplifiedSignals, amplifies } from '../engine/signals/amplified';
import { strongPartisan } from '../engine/signals/partisan';
import { roleClaim } from '../engine/signals/voice';

// In a pre-election period: official posts that publicise councillors or candidates, launch new
// initiatives or carry partisan content; personal posts by restricted staff (and civil servants)
// that campaign. Essential factual information (polling stations, postal votes) is fine.
/** "…where the new mayor will be chosen": the office filled in due course, no one publicised. */
function newOfficeHolder(ctx: Parameters<Rule['check']>[0], m: { normStart: number; normEnd: number }): boolean {
  return /(?<![a-z])(?:new|next|incoming)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 10), m.normStart)) && /^\s+(?:will be|is to be|to be|is) (?:chosen|elected|appointed|sworn in|installed|announced)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 24));
}

const rule: Rule = {
  id: 'election-period-publicity',
  category: 'election-period',
  // Derived, after contestable-judgement: a verdict stated as fact in the official voice is a
  // position on a controversial issue, which the period restricts too.
  phase: 'derived',
  description:
    'In a pre-election period: an official post publicising councillors or candidates, launching a new initiative or carrying partisan content; a restricted officer or civil servant campaigning.',
  citation: SOURCES.publicityCode,
  examples: {
    bad: [
      { text: 'Great to welcome Cllr Ann Lee to open the new skate park today!', profile: { account: 'corporate', electionPeriod: true } },
      { text: 'Exciting news! We are bringing back weekly collections from September.', profile: { account: 'corporate', electionPeriod: true } },
      { text: 'Knocked on 100 doors for our candidate today. Vote Green on Thursday!', profile: { restricted: true, electionPeriod: true } },
    ],
    good: [
      { text: 'Polling stations are open 7am to 10pm on Thursday. Bring photo ID.', profile: { account: 'corporate', electionPeriod: true } },
      { text: 'Tuesday\'s planning committee has been postponed.', profile: { account: 'corporate', electionPeriod: true } },
      { text: 'Great to welcome Cllr Ann Lee to open the new skate park today!', profile: { account: 'corporate', electionPeriod: false } },
    ],
  },
  check(ctx) {
    if (!ctx.profile.electionPeriod) return [];
    const own = ctx.amplifiedStart;
    const hits: RuleHit[] = [];
    const partisan = strongPartisan(ctx).filter((s) => !s.amplified);
    const amplifiedPartisan = amplifies(ctx) && amplifiedSignals(ctx).partisan;
    if (ctx.corporate) {
      const admin = found(ctx, 'election-admin').some((m) => m.normStart < own);
      // A minister is a candidate's party in office: publicising their visit or announcement is
      // publicity for a politician, unless the post says it is put off for the election.
      const deferred = /(?<![a-z])(?:postponed|cancelled|called off|rescheduled|after the (?:general |local )?elections?|after polling day|pre-election (?:guidance|period|rules)|purdah)(?![a-z])/.test(ctx.ownText);
      const minister = deferred ? undefined : ctx.first(/(?<![a-z])(?:minister|secretary of state)(?![a-z])/g, 0, own);
      // "…can be booked by any candidate on the same terms", "votes for each candidate", "posts by a
      // candidate": every candidate alike, or none in particular, is administration, not publicity for one.
      const member = found(ctx, 'councillor-titles').find((m) => m.normStart < own && !(m.text === 'candidates' && !/(?<![a-z])our\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 5), m.normStart))) && !/(?<![a-z])(?:any|all|every|each|all the|both|a|an)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 9), m.normStart)) && !newOfficeHolder(ctx, m)) ?? minister;
      const initiative =
        found(ctx, 'initiative-announcements').find((m) => m.normStart < own) ??
        ctx.first(/(?<![a-z])(?:our|a|the) (?:brand )?new (?:[£\w'-]+ ){0,4}?(?:plan|scheme|programme|strategy|policy|fund|initiative|project|investment|vision|hub|centre|facility|partnership|pilot|trial)(?![a-z])|(?<![a-z])(?:has|have) already delivered(?![a-z])|(?<![a-z])thanks to (?:the council's|our|the) leadership(?![a-z])/g, 0, own);
      // Controversial issues are restricted too: "we know how strongly people feel… the demolition is going ahead".
      const routine = found(ctx, 'routine-notices').some((m) => m.normStart < own);
      const controversy = routine ? undefined :
        found(ctx, 'contentious-topics').find((m) => m.normStart < own && !/^(?:the strike|strike action|strike dates|on strike|planned strike|industrial action|walkout)$/.test(m.text)) ??
        found(ctx, 'evaluative').find((m) => m.normStart < own) ??
        found(ctx, 'attack-predicates').find((m) => m.normStart < own);
      // A contestable verdict, or a swipe at opponents ("while some candidates are busy making promises
      // they can't keep"), is a position taken in the campaign.
      const verdict = ctx.findings.find((f) => (f.category === 'opinion-as-fact' || f.rule === 'opponent-attack') && f.severity !== 'info');
      const verdictAt = verdict ? ctx.matchAt(ctx.normOffsetOf(verdict.start), ctx.normOffsetOf(verdict.end)) : undefined;
      const controversial = controversy ?? (verdictAt && verdictAt.normStart < own ? verdictAt : undefined);
      // A post that puts something off until after polling day keeps to the period's rules.
      const cause = partisan[0] ?? (admin || deferred ? undefined : member ?? initiative ?? controversial);
      if (cause) {
        const publicises = cause === member ? 'publicises an elected member or candidate' : cause === initiative ? 'announces a new initiative' : cause === controversial ? 'takes a position on a controversial issue' : 'carries partisan content';
        const sentence = ctx.sentenceAt(cause.normStart);
        hits.push({
          start: sentence?.start ?? cause.start,
          end: sentence?.end ?? cause.end,
          severity: 'serious',
          message: `In the pre-election period this official post ${publicises}.`,
          advice: 'Keep to essential factual service information until the election is over.',
        });
      } else if (amplifiedPartisan) {
        const at = ctx.span(own, ctx.norm.length);
        hits.push({ ...at, severity: 'serious', message: 'In the pre-election period this official account shares partisan content.', advice: 'Do not share political content until the election is over.' });
      }
      return hits;
    }
    const campaigning = partisan[0] ?? (amplifiedPartisan ? { ...ctx.span(own, ctx.norm.length) } : undefined);
    if (!campaigning) return hits;
    const restricted = ctx.profile.restricted;
    const civilServant = ctx.profile.role === 'civil-servant';
    const tied = roleClaim(ctx) !== undefined;
    // A politically free council officer who names the job while campaigning is party-political and
    // personal-professional-blur (those rules raise it), not the period's: RULES.md keeps personal
    // election-period findings for "restricted staff", and dev d131 (a free officer tying "vote X" to
    // the job) carries no election-period label. A civil servant naming the job is still raised.
    // The corpus writers split on this (A–EI: 21 of 107 labelled it; EJ–EY: 14 of 16; later writers
    // left it off, citing RULES.md): the rule follows RULES.md and dev, not the latest round.
    if (!restricted && !(tied && civilServant)) return hits;
    hits.push({
      start: campaigning.start,
      end: campaigning.end,
      severity: restricted || civilServant ? 'serious' : 'warning',
      message: restricted
        ? 'In the election period, public campaigning is not open to someone in a politically restricted post.'
        : 'In the election period, campaigning while naming your job calls your impartiality into question.',
      advice: 'Leave campaigning out of your posts until the election is over.',
    });
    return hits;
  },
};

export default rule;
