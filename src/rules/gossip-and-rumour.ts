import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

const HEARSAY = new Set(["i'm told", "i'm told that", 'i hear that', "i've heard that", 'so i hear', 'apparently,', 'so apparently', "i'm hearing", 'reliably informed', 'worst-kept secret', 'worst kept secret', 'open secret']);
const ABOUT_SOMEONE =
  /(?<![a-z])(?:he|she|they|him|her|them|his|their|someone|somebody|director|directors|manager|managers|boss|bosses|minister|ministers|councillor|councillors|cllr|chief|head of|team|colleague|colleagues|staff|leadership|management|board|cabinet|council|department|dept|office|mp|mps|leader|chair|secretary|officer|officers|contractor|firm|company|union|@\w+)(?![a-z])/;

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
    const cue = found(ctx, 'gossip-cues').find((m) => {
      if (m.normStart >= ctx.amplifiedStart || (ctx.corporate && m.text === 'watch this space')) return false;
      // Plain hearsay ("I'm told", "apparently") is gossip when it is about someone: "which I'm told
      // is a record" about a fire drill passes on nothing about anyone.
      if (!HEARSAY.has(m.text)) return true;
      // "…and the IT worked first time, which I'm told is a first": an aside about what came before.
      if (/(?<![a-z])which\s*$/.test(ctx.norm.slice(Math.max(0, m.normStart - 8), m.normStart))) return false;
      const i = ctx.sentenceIndexAt(m.normStart);
      const around = [ctx.sentences[i]?.text, ctx.sentences[i + 1]?.text].join(' ');
      return ABOUT_SOMEONE.test(around) || /[A-Z][a-z]+ [A-Z][a-z]+/.test(ctx.sentences[i] ? ctx.text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end) : '');
    });
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
