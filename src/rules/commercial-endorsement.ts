import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { employerReferences, roleClaim } from '../engine/signals/voice';

// An official account plugging a company: "they're the only people to call", "highly recommend",
// a discount code. Thanking a named supplier for work done is fine; recommending it is not.
const PLUG =
  /(?<![a-z])(?:(?:they're|they are|it's|it is) the only (?:people|company|firm|ones|place|supplier) (?:to|you should) (?:call|use|go to|try)|(?:highly|thoroughly|strongly) recommend|we recommend (?:switching to|using|choosing|going with|buying from) [a-z]|can't recommend [a-z ]{0,20}enough|cannot recommend [a-z ]{0,20}enough|look no further than|go and (?:see|visit|try) [a-z]+ for|use (?:the |our )?(?:promo|discount|voucher) code|use code [a-z0-9]+|with (?:the )?code [a-z]*\d[a-z0-9]*|promo code|discount code|(?:\d+%|half price) off (?:at|all|every|your)|great deal from|call them first|simply the best|hands down the best|\d+ for £\s?\d+(?:\.\d\d)?|one of the good ones|you can't beat (?:this lot|them|these)|off this weekend|off this week|tell them the council sent you|tell them we sent you|tell them i sent you|honestly go to [a-z]|our friends at [a-z]+ [a-z]+ 👇|best (?:deals?|prices?|service) in (?:town|the area|the county)|if your (?:organisation|business|company) needs an?|give them a call|give them a ring|buy from them|should hire them|through their (?:site|website)|book (?:a|your) [a-z]+ (?:through|with) them|go and follow them|cracking company|drop them a line|get in touch with them|by far the best [a-z]+ (?:firm|company|supplier|business|contractor)|(?:the )?best (?:supplier|contractor|firm|company) (?:we've|we have) ever|(?:strongly|highly|warmly) recommend [A-Za-z]|best in the business|best [a-z]+ in (?:the|this) (?:city|town|county|area|region|borough)|go and get some|go and try (?:it|them|some)|get yourselves? down to|(?:they're|they are|these are|those are) the (?:people|ones|firm|company|team) to (?:talk to|call|use|go to)|if you need an? [a-z]+ in [a-z]+|leading the way|(?:is )?the one to go with|i'd tell (?:every|all|any) [a-z]+ to (?:get|use|try|download|sign up|switch)|easily the best [a-z ]{2,30}? (?:around|going|out there|on the market)|(?:go and )?check them out|book them (?:today|now|in)|best (?:installer|builder|plumber|supplier|provider|app|tracker) (?:in|around)(?![a-z])|(?:\d+%|half price) off for|the [a-z]+est [a-z ]{0,20}?(?:firm|company|shop|cafe|café|garage|business|supplier) in (?:town|the area|the county|the city|the borough))(?![a-z])/g;

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
      { text: 'Our contractors finished the bridge early. Thank you, Hallam Civils.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    // Official accounts, and personal ones that recommend in the official role ("In my role leading
    // digital, I'd strongly recommend…").
    const workUse = /(?<![a-z])we use them(?![a-z])/.test(ctx.norm) && employerReferences(ctx).length > 0;
    // …and a discount code beside the employer's work ("the Trust's restoration was built with oak from
    // Millrace Timber. Use code TIDEMILL10"): the job's name sells the product.
    const codeForWork = !ctx.corporate && /(?<![a-z])(?:use (?:the |our )?(?:promo |discount |voucher )?code|promo code|discount code)(?![a-z])/.test(ctx.norm) && employerReferences(ctx).length > 0;
    if (!ctx.corporate && !roleClaim(ctx) && !workUse && !codeForWork) return [];
    const m = ctx.first(PLUG, 0, ctx.norm.length);
    if (!m) return [];
    const sentence = ctx.sentenceAt(m.normStart);
    return [
      {
        start: sentence?.start ?? m.start,
        end: sentence?.end ?? m.end,
        severity: 'warning',
        message: `"${ctx.text.slice(m.start, m.end)}" recommends a company from an official account.`,
        advice: 'Thank suppliers for work done if you must, without recommending them to others.',
      },
    ];
  },
};

export default rule;
