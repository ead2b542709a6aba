import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

// Derived: a contentious official statement late (after 20:00), early (before 07:00) or at a
// weekend, when sign-off is thin. Routine service and safety notices are fine at any hour.
const CONTENTIOUS_FINDINGS = new Set(['opinion-as-fact', 'attacks-opponent', 'legal-claim', 'party-political', 'tone', 'election-period']);

const STATEMENT = /^(?:statement|our statement|our response|response to|in response|we reject|we refute|robustly|has tonight|tonight confirmed|confirmed tonight|tonight we can confirm|this morning confirmed|has this morning|will not renew)/;
const STRIKE = /^(?:bin strike|their strike|continue their strike|the strike|strike action|industrial action)/;
const DISPUTE = /(?<![a-z])(?:talks|negotiat\w*|offer|agreement|disappointed|regret|union|unite|unison|gmb|ballot|pay)(?![a-z])/;

const rule: Rule = {
  id: 'out-of-hours-statement',
  category: 'timing',
  phase: 'derived',
  description:
    'An official statement on a contentious matter posted after 20:00, before 07:00 or at a weekend: a sign-off risk. Routine service notices at those times are fine.',
  citation: SOURCES.gcsIfInDoubt,
  examples: {
    bad: [
      { text: 'Statement on tonight\'s reports about the depot: we will robustly defend any legal challenge.', profile: { account: 'corporate' }, draft: { postedAt: '2026-02-15T23:20:00' } },
      { text: 'Our response to today\'s Gazette story on waiting times: the article is deeply misleading.', profile: { account: 'corporate' }, draft: { postedAt: '2026-03-07T21:15:00' } },
    ],
    good: [
      { text: 'Flood alert for the River Wend. Sandbags are available from the depot until 8pm.', profile: { account: 'corporate' }, draft: { postedAt: '2026-02-15T16:20:00' } },
      { text: 'Statement on the depot: we will robustly defend any legal challenge.', profile: { account: 'corporate' }, draft: { postedAt: '2026-02-17T11:00:00' } },
    ],
  },
  check(ctx) {
    if (!ctx.corporate) return [];
    const time = ctx.time;
    if (!time) return [];
    const late = time.hour >= 20;
    const early = time.hour < 7;
    const weekend = time.weekday === 0 || time.weekday === 6;
    if (!late && !early && !weekend) return [];
    const own = ctx.amplifiedStart;
    const contentiousFinding = ctx.findings.some((f) => f.severity !== 'info' && CONTENTIOUS_FINDINGS.has(f.category));
    const topic = found(ctx, 'contentious-topics').find((m) => m.normStart < own);
    const routine = found(ctx, 'routine-notices').some((m) => m.normStart < own);
    // A statement ("Statement on…", "Our response to…") is contentious whatever its subject.
    const statement = !!topic && STATEMENT.test(topic.text);
    // So is a post on a strike, unless it is the strike's service notice ("reduced timetable today
    // because of the strike") with nothing on the dispute itself.
    const strike = !!topic && STRIKE.test(topic.text) && !(routine && !DISPUTE.test(ctx.ownText));
    if (!contentiousFinding && !(topic && (!routine || statement || strike))) return [];
    const when = late ? 'after 8pm' : early ? 'before 7am' : 'at the weekend';
    const first = ctx.sentences[0];
    return [
      {
        start: first?.start ?? 0,
        end: first?.end ?? ctx.text.length,
        severity: 'warning',
        message: `A statement on a contentious matter, posted ${when}, is one that others will ask who signed off.`,
        advice: 'Schedule it for working hours, after sign-off.',
      },
    ];
  },
};

export default rule;
