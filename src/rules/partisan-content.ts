import type { CheckContext } from '../engine/context';
import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found, foundBySentence } from '../engine/signals/found';
import { amplifiedSignals, amplifies } from '../engine/signals/amplified';
import { partisanSignals, strongPartisan } from '../engine/signals/partisan';
import { roleClaim, employerReferences } from '../engine/signals/voice';

// Supporting or opposing a party, politician or campaign. Corporate accounts and politically
// restricted staff: serious. Politically free staff may campaign in their own name; it becomes a
// warning only when the post ties it to the job (RULES.md, party-political).
/**
 * Whether party politics is this poster's concern at all (RULES.md): always on an official account
 * or a politically restricted post; otherwise only when the post ties it to the job (a claim of
 * the official role, or the employer named beside "as a…", "my job", "at work").
 */
export function partyPoliticsApplies(ctx: CheckContext, partisan = true): boolean {
  if (ctx.corporate || ctx.profile.restricted) return true;
  return roleClaim(ctx) !== undefined || (employerReferences(ctx).length > 0 && partisan && /(?<![a-z])(?:as (?:an?|the) |(?:my job|at work|in my work|my team|my role|my desk|my office|my colleagues|my shift)(?![a-z]))/.test(ctx.ownText));
}

const rule: Rule = {
  id: 'partisan-content',
  category: 'party-political',
  description:
    'Supports or opposes a party, politician or campaign: voting advice, campaigning, partisan nicknames and hashtags, praise or blame of a party, the opposition dismissed from an official account.',
  citation: SOURCES.cscImpartiality,
  examples: {
    bad: [
      { text: 'Proud that Labour-run Eastwick is finally fixing the roads after years of Tory neglect.', profile: { account: 'corporate' } },
      { text: 'Out canvassing for the Greens tonight, vote Green on Thursday!', profile: { restricted: true } },
      { text: 'As a planning officer at Eastwick I can tell you: vote them out in May. #ToriesOut', profile: { restricted: false } },
      { text: "The opposition's so-called plan is a fantasy that would bankrupt the town.", profile: { account: 'corporate' } },
    ],
    good: [
      { text: 'Out leafleting for the Lib Dems in my ward this morning. Lovely sunshine!', profile: { restricted: false } },
      { text: 'Labour market statistics for the region are published today: link.', profile: { account: 'corporate' } },
      { text: 'Polling stations are open 7am to 10pm on Thursday. Bring photo ID.', profile: { account: 'corporate', electionPeriod: true } },
      { text: 'Cllr Ann Lee, Cabinet Member for Housing, opened the new homes today.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const { profile } = ctx;
    const restricted = profile.restricted;
    const corporate = ctx.corporate;
    const hits: RuleHit[] = [];
    let signals = strongPartisan(ctx);
    // Corporate accounts: the opposition dismissed or mocked is taking sides.
    if (corporate) {
      const opposition = found(ctx, 'opponent-targets').filter((m) => /opposition/.test(m.text));
      const judged = (name: 'evaluative' | 'attack-predicates' | 'partisan-nicknames', i: number) => (foundBySentence(ctx, name).get(i)?.length ?? 0) > 0;
      for (const m of opposition) {
        const i = ctx.sentenceIndexAt(m.normStart);
        if (i >= 0 && (judged('evaluative', i) || judged('attack-predicates', i) || judged('partisan-nicknames', i))) {
          signals = [...signals, { ...m, kind: 'party', amplified: false }];
        }
      }
    }
    // An official account answering a party or politician with a swipe takes a side in their quarrel.
    if (corporate) {
      const handle = /^\s*@([A-Za-z0-9_]+)/.exec(ctx.text);
      const politicianReply = handle && partisanSignals(ctx).some((p) => p.kind === 'politician' && p.start === handle.index + handle[0].indexOf('@'));
      const swipe = found(ctx, 'attack-predicates').length > 0 || found(ctx, 'evaluative').length > 0;
      if (politicianReply && swipe) signals = [...signals, ...partisanSignals(ctx).filter((p) => p.kind === 'politician').slice(0, 1)];
    }
    const own = signals.filter((s) => !s.amplified);
    const amplified = amplifies(ctx) ? amplifiedSignals(ctx) : undefined;
    if (!partyPoliticsApplies(ctx, own.length > 0)) return hits;
    const severity = corporate || restricted ? 'serious' : 'warning';
    const who = corporate ? 'an official account' : restricted ? 'a politically restricted post' : 'a post that names your job';
    const first = own[0];
    if (first) {
      hits.push({
        start: first.start,
        end: first.end,
        severity,
        message: `This takes a party-political side ("${ctx.text.slice(first.start, first.end)}") in ${who}.`,
        advice: corporate ? 'State the policy and link to it, without naming or judging any party.' : 'Leave party politics out of posts that identify you with your job.',
      });
    } else if (amplified?.partisan) {
      const at = ctx.amplifiedStart < ctx.norm.length ? ctx.span(ctx.amplifiedStart, ctx.norm.length) : { start: 0, end: ctx.text.length };
      hits.push({
        start: at.start,
        end: at.end,
        severity,
        message: `This amplifies ${amplified.what ?? 'partisan content'}${amplified.source ? ` from ${amplified.source}` : ''} in ${who}.`,
        advice: 'Share the neutral official source instead.',
      });
    }
    return hits;
  },
};

export default rule;
