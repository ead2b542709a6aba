import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

// Derived: a disclaimer matters only next to something risky. Alone it is a note in the panel.
const rule: Rule = {
  id: 'disclaimer-no-shield',
  category: 'disclaimer-reliance',
  phase: 'derived',
  description:
    '"Views my own", "personal account", "RTs aren\'t endorsements" next to something risky: a disclaimer does not absolve a public servant (Civil Service Commission). Alone it is only noted.',
  citation: SOURCES.commissionSocialMedia,
  examples: {
    bad: [{ text: 'Views my own, but the union leadership are a bunch of dinosaurs.' }],
    good: [{ text: 'Views my own, obviously, but the new café does the best flat white in town ☕' }],
  },
  check(ctx) {
    if (ctx.corporate) return [];
    const disclaimer = found(ctx, 'disclaimers')[0];
    if (!disclaimer) return [];
    const risky = ctx.findings.filter((f) => f.severity !== 'info' && f.category !== 'timing');
    return [
      {
        start: disclaimer.start,
        end: disclaimer.end,
        severity: risky.length ? 'warning' : 'info',
        message: risky.length
          ? `"${ctx.text.slice(disclaimer.start, disclaimer.end)}" does not make the rest of this post acceptable: the Code still applies.`
          : `"${ctx.text.slice(disclaimer.start, disclaimer.end)}" is fine here, but a disclaimer never excuses a risky post.`,
        ...(risky.length ? { advice: 'Remove the risky content rather than relying on the disclaimer.' } : {}),
      },
    ];
  },
};

export default rule;
