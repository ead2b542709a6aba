import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

const rule: Rule = {
  id: 'gossip-and-rumour',
  category: 'tone',
  description: "Gossip and rumour: passing on what was overheard or what 'everyone in the office knows', predicting someone's downfall.",
  citation: SOURCES.cscProfessional,
  examples: {
    bad: [
      { text: "Worst-kept secret in the office: nobody trusts the new director. Give it six months." },
      { text: 'Overheard at work that the Eastgate depot is closing. You didn\'t hear it from me.' },
    ],
    good: [
      { text: 'The secret to a great CV? Keep it short.' },
      { text: 'The council announced today that the depot will close in June: link.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    // An official account's "watch this space" is a teaser for its own news, not gossip.
    const cue = found(ctx, 'gossip-cues').find((m) => m.normStart < ctx.amplifiedStart && !(ctx.corporate && m.text === 'watch this space'));
    if (!cue) return [];
    const sentence = ctx.sentenceAt(cue.normStart);
    return [
      {
        start: sentence?.start ?? cue.start,
        end: sentence?.end ?? cue.end,
        severity: ctx.corporate ? 'serious' : 'warning',
        message: `"${ctx.text.slice(cue.start, cue.end)}" passes on gossip or rumour about people at work.`,
        advice: 'Leave it out: share only what has been announced, and raise concerns through internal channels.',
      },
    ];
  },
};

export default rule;
