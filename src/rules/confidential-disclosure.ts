import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

// Cues that something is not public yet. The weak ones ("sneak peek", "overheard", "options for
// merging") are ordinary in an official account's own announcements, so there they need a second
// cue; on a personal account one is enough, because staff have no authority to disclose.
const WEAK = /^(?:papers go to cabinet|but word is|word is the|sneak peek|sneak preview|exclusive look|between us|overheard.*|restructure meeting|restructuring meeting|options for \w+|mapping out options|(?:is |are |was |were )?on the (?:list for closure|closure list|hit list|list)|can't keep it in|don't tell (?:the|my) [a-z ]+|draft (?:[a-z]+ )?report|draft strategy|draft options|(?:the )?draft plans|watch this space)$/;
const WHITEBOARD = /(?<![a-z])(?:whiteboard|flipchart|flip chart|post-it wall|sticky notes?|slides?) (?:from|at|in) (?:today's|this morning's|this afternoon's|yesterday's|our|the|this week's) (?:[a-z'-]+ ){0,3}(?:workshop|planning day|away ?day|session|options|strategy day|meeting|sprint|retro|retrospective)(?![a-z])/g;
const PUBLISHED = /(?<![a-z])(?:now (?:on our website|available|published|online)|we have published|we've published|published today|read (?:it|them) in full|is now public|we will publish|will be published|(?:is|are) out (?:today|now)|(?:read|see) (?:it|them) here|linked (?:below|above)|(?:in|at) the link (?:below|above))(?![a-z])/;

const rule: Rule = {
  id: 'confidential-disclosure',
  category: 'confidential',
  description:
    'Discloses information that is not public: embargoed figures, unannounced decisions, internal meetings and options, drafts "not for circulation", things heard at work.',
  citation: SOURCES.cscIntegrityDisclosure,
  examples: {
    bad: [
      { text: 'Not announced yet, but the Eastgate office is closing in March. Keep it to yourselves!' },
      { text: 'EMBARGOED UNTIL 00:01 FRIDAY: new figures show waiting lists have fallen.', profile: { account: 'corporate' } },
      { text: 'Sneak peek at the new pool designs before they go to cabinet. Don\'t tell anyone!' },
    ],
    good: [
      { text: 'Papers for next week\'s cabinet meeting, including the draft budget, are now on our website.', profile: { account: 'corporate' } },
      { text: 'Sneak peek: the new library opens on Saturday at 10am. See you there!', profile: { account: 'corporate' } },
      { text: 'The secret to a great CV? Keep it to two pages.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    // "You don't have to keep it to yourself" (a helpline) negates the cue.
    const negated = (m: { normStart: number }) => /(?:don't|do not|no need to|never|doesn't|does not|you don't have to|won't|will not|isn't|is not|aren't|are not|wasn't|not)\s+(?:have to\s+|need to\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 30), m.normStart));
    // A question discloses nothing ("Is the depot on the list?").
    const asked = (m: { normStart: number }) => ctx.sentenceAt(m.normStart)?.text.trimEnd().endsWith('?') ?? false;
    // "between us we've raised £1,100" is together, not in confidence.
    // …and so is "£600 raised between us".
    const together = (m: { text: string; normStart: number; normEnd: number }) => m.text === 'between us' && (/^,?\s+(?:we|we've|we're|we'll|we'd|they|you)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 8)) || /(?<![a-z])(?:raised|collected|shared|split|managed|made|ate|drank|walked|ran|cycled)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 12), m.normStart)));
    // An official account may point to what it has published ("Our full inspection report … is here:
    // <link>") or acknowledge someone else's leak ("We're aware that some results were shared before
    // publication", "An internal email has been shared online"): neither discloses anything.
    const linkedOrAcknowledged = (m: { normStart: number }) => {
      if (!ctx.corporate) return false;
      const sentence = ctx.sentenceAt(m.normStart);
      if (!sentence) return false;
      return ctx.links.some((l) => l.start < sentence.normEnd && l.end > sentence.normStart) || /^(?:we(?:'re| are) aware|we know|it has come to our attention)(?![a-z])/.test(sentence.text.trimStart()) || /(?<![a-z])(?:has|have) been (?:shared|leaked|posted|published) (?:online|on social media)(?![a-z])/.test(sentence.text);
    };
    // "…which we probably shouldn't tell you about" from the official account: the organisation, which
    // decides what it shares, is joking.
    const officialJest = (m: { text: string; normStart: number }) => ctx.corporate && /^(?:shouldn't tell you|shouldn't be telling you)$/.test(m.text) && /(?<![a-z])we (?:probably |really )?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 14), m.normStart));
    // "Worth a look if you're on the list": a waiting list the reader is on, not a closure list.
    const readersList = (m: { text: string; normStart: number }) => /on the list$/.test(m.text) && /(?<![a-z])(?:you're|you are|you've been|already|still)\s+(?:[a-z]+\s+)?$/.test(ctx.norm.slice(Math.max(0, m.normStart - 20), m.normStart));
    const cues = found(ctx, 'secrecy-cues').filter((m) => m.normStart < ctx.amplifiedStart && !negated(m) && !together(m) && !asked(m) && !linkedOrAcknowledged(m) && !officialJest(m) && !readersList(m));
    // "EMBARGO 00:01 FRIDAY:" heading a post: material released before its time.
    cues.push(...ctx.matches(/(?:^|\n)\s*embargo(?:ed)?(?: until| to)?:? \d{1,2}[:.]\d{2}/g, 0, ctx.amplifiedStart));
    // A picture of the whiteboard from an internal session ("Whiteboard from today's options
    // workshop 📸"): the session's working, posted.
    cues.push(...ctx.matches(WHITEBOARD, 0, ctx.amplifiedStart));
    if (!cues.length) return [];
    const strong = cues.filter((c) => !WEAK.test(c.text));
    const published = PUBLISHED.test(ctx.norm);
    const enough = strong.length > 0 ? !published || strong.length > 1 : ctx.personal ? !published : cues.length > 1 && !published;
    if (!enough) return [];
    const first = strong[0] ?? cues[0]!;
    const sentence = ctx.sentenceAt(first.normStart);
    const hits: RuleHit[] = [
      {
        start: sentence?.start ?? first.start,
        end: sentence?.end ?? first.end,
        severity: 'serious',
        message: `"${ctx.text.slice(first.start, first.end)}" signals information that has not been made public.`,
        advice: 'Wait until it is published, then share the official announcement with a link.',
      },
    ];
    return hits;
  },
};

export default rule;
