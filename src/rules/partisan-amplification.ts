import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { amplifiedSignals, amplifies, quotedContext } from '../engine/signals/amplified';
import { roleClaim } from '../engine/signals/voice';

// Reposting or quoting partisan or campaigning content, or a lobby group's contested claim.
// Charity appeals, weather warnings and other neutral sources are fine to share.

// A call to march, sign or give to a strike: a campaign joined, not only a party's news shared.
const CALL_TO_ACT = /(?<![a-z])(?:join (?:our|the|us at the|us on the) (?:[a-z]+ )?(?:march|protest|rally|picket|demo)|sign (?:our|the|this|their) petition|(?:strike|hardship) fund)(?![a-z])/;

const rule: Rule = {
  id: 'partisan-amplification',
  category: 'endorsement',
  description:
    'Reposts, quotes or otherwise amplifies partisan or campaigning content, or a contested claim from a campaign or lobby group.',
  citation: SOURCES.gcsPartisan,
  examples: {
    bad: [
      { text: 'RT @EastwickLabour: Our Labour council has frozen parking charges again. Promises kept!', profile: { account: 'corporate' }, draft: { kind: 'repost' } },
      { text: 'Couldn\'t agree more 👏\n\n> @CllrJaneRoe: On 7 May, vote Roe for more of the same!', profile: { restricted: true }, draft: { kind: 'quote' } },
      { text: 'Well worth a read', profile: { account: 'corporate' }, draft: { kind: 'quote', quoted: 'New report: private providers outperform council services on every measure.' } },
    ],
    good: [
      { text: 'RT @WeatherAgency: Amber wind warning for the South West from 3pm Tuesday.', profile: { account: 'corporate' }, draft: { kind: 'repost' } },
      { text: 'Our collection point needs tins this month 👇\n\n> @Foodbank: Every tin helps. Drop-off points: https://example.org/donate', draft: { kind: 'quote' } },
    ],
  },
  check(ctx) {
    // Urging people to back a campaign in one's own words amplifies it just as a repost does.
    const urged = ctx.first(/(?<![a-z])(?:sign (?:the|this|their|our|@\w+(?:'s)?) petition|sign @\w+|support @\w+'s campaign|join (?:the|their|@\w+(?:'s)?) campaign|back the campaign)(?![a-z])/g, 0, ctx.amplifiedStart);
    if (urged && (ctx.corporate || ctx.profile.restricted || roleClaim(ctx))) {
      return [
        {
          start: urged.start,
          end: urged.end,
          severity: ctx.corporate ? 'serious' : 'warning',
          message: `"${ctx.text.slice(urged.start, urged.end)}" puts your ${ctx.corporate ? "organisation's" : "official"} weight behind a campaign.`,
          advice: 'Share neutral, official information instead.',
        },
      ];
    }
    if (!amplifies(ctx)) return [];
    const signals = amplifiedSignals(ctx);
    const contestedCounts = ctx.corporate || signals.partisan || signals.campaigning || roleClaim(ctx) !== undefined;
    if (!signals.partisan && !signals.campaigning && !(signals.contested && contestedCounts)) return [];
    // A politically free officer may share their party's posts in their own name (RULES.md); other
    // campaigning and contested claims are still a warning for everyone.
    const free = ctx.personal && !ctx.profile.restricted && !roleClaim(ctx);
    // A free officer may share party content; a call to march, sign or give is still a campaign joined.
    const callToAct = CALL_TO_ACT.test(ctx.norm.slice(ctx.amplifiedStart)) || CALL_TO_ACT.test(quotedContext(ctx)?.norm ?? '');
    const severity = ctx.corporate ? 'serious' : free && signals.party && !callToAct ? 'info' : 'warning';
    const at = ctx.amplifiedStart < ctx.norm.length ? ctx.span(ctx.amplifiedStart, ctx.norm.length) : { start: 0, end: ctx.text.length };
    return [
      {
        start: at.start,
        end: at.end,
        severity,
        message: `Sharing ${signals.what ?? 'this'}${signals.source ? ` from ${signals.source}` : ''} amplifies it${ctx.corporate ? ' with the organisation\'s authority' : ' under your name'}.`,
        advice: 'Share the neutral official source instead, or leave it.',
      },
    ];
  },
};

export default rule;
