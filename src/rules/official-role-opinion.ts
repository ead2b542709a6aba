import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';
import { strongPartisan } from '../engine/signals/partisan';
import { officialVoice, opinionMarkers, roleClaim } from '../engine/signals/voice';
import { putDowns } from '../engine/signals/valence';

// Sweeping claims about the people a service deals with ("most of the applications we get are
// from farmers who don't need the money").
const GENERALISATION = /(?<![a-z])(?:most|half|all|none|nearly all|the majority) of (?:the )?(?:applications|applicants|claimants|candidates|learners|students|drivers|people|tenants|residents|parents|customers|cases|complaints|businesses|shops|landlords|takeaways|pupils|patients|offenders|prisoners|families)(?: we| i)?(?![a-z])|(?<![a-z])half (?:of )?the (?:[a-z]+ )?(?:employers|firms|companies|landlords|applicants|claims|shops|traders|applications|businesses|drivers|tenants|claimants|candidates|students|families|parents|councillors|managers|staff|officers|directors)(?![a-z])|(?<![a-z])half the [a-z]+ (?:on|in|at) /g;

// Using the role to rally people: "I'd urge everyone to sign the petition".
const URGING = /(?<![a-z])(?:don't eat there|do not eat there|avoid it|steer clear|that's on you|don't bother|do not bother|off the record|i'd urge|i would urge|i urge|please sign|sign the petition|sign @\w+|sign their petition|join the campaign|just saying|take it from me|i can tell you|i can assure you|mark my words|open and shut|i wouldn't buy|i would not buy|i wouldn't trust|i would never|ignore the (?:press|papers|headlines|noise|reports)|don't believe (?:the|what you read|everything you read)|it's all going to be fine|it'll all be fine|it will all be fine|nothing to worry about|whatever they announce|whatever they say|(?:quietly )?cheering (?:for|on)|rooting for)(?![a-z])|(?<![a-z])the (?:best|worst) (?:thing|decision|news|move|idea) (?:that's|that has|to have|since|in years|for years|ever)/g;

// Offering to use the job's access for people ("I can have a look at your application on the system
// for you, DM me your reference").
const OFFER_ACCESS = /(?<![a-z])(?:i can|i could|i'll|i will|happy to|let me) (?:have a (?:quick )?look at|look up|check|chase|pull up|find|sort|fast-track|speed up|bump up) (?:your|their|his|her) (?:application|case|claim|file|record|passport|visa|licence|permit|payment|appeal|assessment|request)(?: [a-z]+){0,3} (?:on the system|for you|for them)|(?<![a-z])(?:dm|message|pm|email|inbox) me (?:your|their|the) (?:reference|ref|case number|application number|claim number|details)(?![a-z])/g;

// A post looking back on a career or telling others what the writer has learned.
const REFLECTION = /(?<![a-z])(?:what i've (?:learned|learnt)|(?:has|have) taught me|what i have (?:learned|learnt)|things i've (?:learned|learnt)|things i have (?:learned|learnt)|lessons? (?:i've |i have )?(?:learned|learnt)|what i wish i'd known|what i would tell my younger self|what i'd tell my younger self|here's to the next)(?![a-z])/;

const rule: Rule = {
  id: 'official-role-opinion',
  category: 'personal-professional-blur',
  description:
    'A personal post that trades on the official role ("As a housing officer at…", "Trading standards officer here") to give a personal view, a judgement about service users, a legal conclusion or a political opinion.',
  citation: SOURCES.commissionSocialMedia,
  examples: {
    bad: [
      { text: "As Head of Parks at Eastwick, my personal view: the new festival is a waste of money." },
      { text: "I'm a senior planner at the council and, personally, I think the scheme is the best thing to happen here in decades." },
      { text: 'Benefits assessor here. Most of the claimants I see are swinging the lead, trust me.' },
    ],
    good: [
      { text: "Delighted to share that I've started a new role as Head of Digital at the Department for Coastal Communities." },
      { text: 'My team at the council is recruiting two planners. Lovely bunch of people: link.' },
      { text: 'I work in an analysis team and last week I automated my Monday report. Start with a real problem.' },
    ],
  },
  check(ctx) {
    if (ctx.corporate) return [];
    const offer = ctx.first(OFFER_ACCESS, 0, ctx.amplifiedStart);
    if (offer) {
      return [
        {
          start: offer.start,
          end: offer.end,
          severity: 'warning',
          message: `Offering to use work access for people ("${ctx.text.slice(offer.start, offer.end)}") trades on the official role.`,
          advice: 'Point people to the official channels; do not look up or chase cases for people you know.',
        },
      ];
    }
    const voice = officialVoice(ctx);
    if (voice) {
      return [
        {
          start: voice.start,
          end: voice.end,
          severity: 'warning',
          message: `A personal account speaking "${ctx.text.slice(voice.start, voice.end)}" takes on the official voice without authority.`,
          advice: 'Leave statements for the organisation to its official account.',
        },
      ];
    }
    const claim = roleClaim(ctx);
    if (!claim) return [];
    const own = ctx.amplifiedStart;
    // The view must come close to the claim: in a long reflective post ("Six months as a social
    // worker: what I wish I'd known…") a judgement five paragraphs later is not lent the title.
    const near = <T extends { start: number }>(m: T | undefined): T | undefined => (m && m.start >= claim.start - 40 && m.start - claim.end <= 240 ? m : undefined);
    const firstNear = <T extends { start: number; normStart: number }>(list: readonly T[]) => list.find((m) => m.normStart < own && near(m));
    // A career reflection ("Ten years as a housing officer: what I've learned") is full of mild views on
    // doing the job well ("the best plans I've seen started in a farmhouse kitchen"); only a stronger
    // view (criticism, a legal verdict, party politics, a put-down, a sweeping claim) is lent the title.
    const reflection = REFLECTION.test(ctx.norm);
    const view =
      (reflection ? undefined : firstNear(opinionMarkers(ctx))) ??
      (reflection ? undefined : firstNear(found(ctx, 'evaluative'))) ??
      firstNear(found(ctx, 'criticism')) ??
      firstNear(found(ctx, 'legal-conclusions')) ??
      firstNear(strongPartisan(ctx).filter((m) => !m.amplified)) ??
      firstNear(ctx.matches(URGING, 0, own)) ??
      firstNear(found(ctx, 'attack-predicates')) ??
      firstNear(putDowns(ctx)) ??
      firstNear(ctx.matches(GENERALISATION, 0, own));
    if (!view) return [];
    // Thanks and pride are not a view the role lends weight to ("Ten years in border operations today. Thank you…").
    const viewSentence = ctx.sentenceAt(view.normStart);
    // (Pride in a party is a party-political view: "Proud to be a Lib Dem".)
    const partisanView = strongPartisan(ctx).some((m) => !m.amplified && m.normStart === view.normStart);
    if (viewSentence && !partisanView && /(?<![a-z])(?:thank\w*|proud|congrat\w*|grateful|well done|happy|welcome)(?![a-z])/.test(viewSentence.text)) return [];
    return [
      {
        start: claim.start,
        end: Math.max(claim.end, view.end),
        severity: 'warning',
        message: `Naming your job ("${ctx.text.slice(claim.start, claim.end).trim()}") lends it to a personal view ("${ctx.text.slice(view.start, view.end)}").`,
        advice: 'Keep the job and the opinion apart: do not speak on matters your employer deals with while saying who you work for.',
      },
    ];
  },
};

export default rule;
