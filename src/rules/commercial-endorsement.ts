import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';

// An official account plugging a company: "they're the only people to call", "highly recommend",
// a discount code. Thanking a named supplier for work done is fine; recommending it is not.
const PLUG =
  /(?<![a-z])(?:(?:they're|they are|it's|it is) the only (?:people|company|firm|ones|place|supplier) (?:to|you should) (?:call|use|go to|try)|(?:highly|thoroughly|strongly) recommend|can't recommend [a-z ]{0,20}enough|cannot recommend [a-z ]{0,20}enough|look no further than|go and (?:see|visit|try) [a-z]+ for|use (?:the |our )?(?:promo|discount|voucher) code|promo code|discount code|(?:\d+%|half price) off at|best (?:deals?|prices?|service) in (?:town|the area|the county)|if your (?:organisation|business|company) needs an?)(?![a-z])/g;

const rule: Rule = {
  id: 'commercial-endorsement',
  category: 'endorsement',
  description: 'An official account recommending or advertising a company: an endorsement the organisation cannot give.',
  citation: SOURCES.cscImpartiality,
  examples: {
    bad: [
      { text: "Huge thanks to Apex Systems for our new website. If your organisation needs a web team, they're the only people to call!", profile: { account: 'corporate' } },
      { text: 'Use discount code COUNCIL10 for 10% off at Riverside Cycles this week!', profile: { account: 'corporate' } },
    ],
    good: [
      { text: 'Thanks to the contractors who finished the bridge repairs a week early.', profile: { account: 'corporate' } },
      { text: 'I highly recommend the new café by the station.', profile: { account: 'personal' } },
    ],
  },
  check(ctx) {
    if (!ctx.corporate) return [];
    const m = ctx.first(PLUG, 0, ctx.amplifiedStart);
    if (!m) return [];
    const sentence = ctx.sentenceAt(m.normStart);
    return [
      {
        start: sentence?.start ?? m.start,
        end: sentence?.end ?? m.end,
        severity: 'warning',
        message: `"${ctx.text.slice(m.start, m.end)}" recommends a company from an official account.`,
        suggestion: 'Thank suppliers for work done if you must, without recommending them to others.',
      },
    ];
  },
};

export default rule;
