import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { LEXICONS } from '../engine/lexicons/index';

// Markings are written in capitals and label a document: at the start of a line, in brackets, or
// before a colon or dash. "The secret to a great CV" and "handling OFFICIAL-SENSITIVE papers"
// are not labels, so the match is case-sensitive and positional.
const markings = [...LEXICONS['protective-markings'].entries]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\u2013\u2014 ]/g, '[-\u2013\u2014 ]'));
const LABEL = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:[^\\p{L}\\p{N}\\n]{0,4}[^\\S\\n]*)(${markings.join('|')})(?=[^\\S\\n]*(?:[:.\\-\\u2013\\u2014/|]|\\n|$))|[\\[(](${markings.join('|')})[\\])]|(?:headed|marked|stamped|labelled|labeled|titled|classified)[^\\S\\n]+(${markings.join('|')})(?![\\p{L}])`,
  'gu',
);

const HOME_LIFE = /(?<![a-z])(?:recipe|birthday|surprise party|christmas present|secret santa|my (?:gran|nan|grandma|grandad|mum|mam|dad|wife|husband|partner|kids?|son|daughter|dog|cat)(?:'s)?)(?![a-z])/;
const PUBLISHED = /(?<![a-z])(?:newsletter|bulletin|is out|are out|out now|out today|now published|has been published|have been published|now live|read (?:it|about|more))(?![a-z])/;
const PICTURE = /(?<![a-z])(?:photo|picture|pic|image|screenshot|snap|whiteboard|slide)s?(?![a-z])|📸|📷/u;

const rule: Rule = {
  id: 'protective-marking',
  category: 'confidential',
  description: 'A Government Security Classification (OFFICIAL-SENSITIVE, SECRET, …) labelling the post: protectively marked material is not for publication.',
  citation: SOURCES.securityClassifications,
  examples: {
    bad: [
      { text: 'OFFICIAL-SENSITIVE: Draft options for the depot sale. Not for circulation.', profile: { account: 'corporate' } },
      { text: '[SECRET] Briefing note attached.' },
    ],
    good: [
      { text: 'Completed my security training today: a useful reminder on handling OFFICIAL-SENSITIVE papers.' },
      { text: 'The secret to a great CV? Keep it short.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABEL.exec(ctx.text)) !== null) {
      const marking = m[1] ?? m[2] ?? m[3]!;
      // "headed SECRET" shows a marked document only in a picture ("📸 whiteboard headed OFFICIAL-SENSITIVE");
      // "papers marked SECRET should not…" is advice about markings.
      if (m[3] && !PICTURE.test(ctx.norm)) continue;
      const start = m.index + m[0].lastIndexOf(marking);
      // "TOP SECRET: my gran's scone recipe": a joke about home life, not a marked document.
      if (HOME_LIFE.test(ctx.text.slice(start + marking.length, start + marking.length + 60).toLowerCase())) continue;
      // "OFFICIAL: our quarterly newsletter is out. Read it: https://…": the lowest marking on something
      // published and linked, not a marked document leaked.
      if (marking === 'OFFICIAL' && ctx.hasLink && PUBLISHED.test(ctx.text.slice(start + marking.length, start + marking.length + 100).toLowerCase())) continue;
      hits.push({
        start,
        end: start + marking.length,
        severity: 'serious',
        message: `This is marked ${marking}: protectively marked material must not be posted publicly.`,
        advice: 'Do not post it. If the information has been published, link to the published version.',
      });
    }
    return hits;
  },
};

export default rule;
