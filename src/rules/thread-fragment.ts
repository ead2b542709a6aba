import type { CheckContext } from '../engine/context';
import type { Category, Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

// Derived: one part of a numbered thread that makes a contentious point depending on the others.
// "1/3 From 6 April, collections move…" stands alone; "3/5 …which is exactly why their figures
// don't add up" does not, and can be screenshotted alone.
// "2/4 …", "(4/6)", "2 of 3:", "Part 2/3:", "🧵3/4", or "… 3/5" at the end.
const NUMBERING = /^\W*(?:part\s*)?\(?(\d{1,2})\s*(?:\/|of)\s*(\d{1,2})\)?(?!\d)|(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})\s*\W*$/u;
// How the part opens after its number: a continuation word, or a pronoun with nothing before it.
const OPENER = /^\W*(?:part\s*)?\(?(?:\d{1,2}\s*(?:\/|of)\s*\d{1,2})?\)?[\s:.-]*(?:\.\.\.|…|(?:and|but|so|or|which|because|that's why|this is why|which is why|also|plus|then|yet|still|they|them|their|it|this|that|these|those|he|she|in short)(?![a-z]))/u;
/** Categories about when, where or how a post is made rather than what it says: none makes a post contentious. */
export const NOT_CONTENT: ReadonlySet<Category> = new Set<Category>(['timing', 'thread-fragment', 'disclaimer-reliance']);

/** The post's place in its thread: from Draft.thread when the extension knows, else from "2/4"-style numbering. */
function threadPosition(ctx: CheckContext): { index: number; count: number } {
  const numbering = NUMBERING.exec(ctx.norm);
  const index = ctx.draft.thread ? ctx.draft.thread.index : Number(numbering?.[1] ?? numbering?.[3] ?? 0);
  const count = ctx.draft.thread ? ctx.draft.thread.count : Number(numbering?.[2] ?? numbering?.[4] ?? 0);
  return { index, count };
}

/** Part 2 or later of a thread. */
export function laterPartOfThread(ctx: CheckContext): boolean {
  const { index, count } = threadPosition(ctx);
  return count > 1 && index > 1;
}

const rule: Rule = {
  id: 'thread-fragment',
  category: 'thread-fragment',
  phase: 'derived',
  description:
    'One part of a multi-post thread making a contentious point that depends on the other parts ("2/4 …its leadership has chosen…"); read alone it can be cascaded alone.',
  citation: SOURCES.gcsIfInDoubt,
  examples: {
    bad: [
      { text: "3/5 ...which is exactly why the campaign's figures don't add up.", profile: { account: 'corporate' } },
      { text: '2/3 And that\'s before we get to the minister\'s part in all this. Draw your own conclusions.', profile: { role: 'civil-servant' } },
    ],
    good: [
      { text: '2/3 Your collection day is not changing. Check the calendar: https://example.gov.uk/bins', profile: { account: 'corporate' } },
      { text: '1/5 Closing three libraries is the sensible choice in tough times.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const { index, count } = threadPosition(ctx);
    if (!(count > 1 && index > 1)) return [];
    const dependent = OPENER.test(ctx.norm) || found(ctx, 'thread-dependence').length > 0;
    if (!dependent) return [];
    const contentious = ctx.findings.some((f) => f.severity !== 'info' && !NOT_CONTENT.has(f.category));
    if (!contentious) return [];
    return [
      {
        start: 0,
        end: ctx.text.length,
        severity: 'warning',
        message: `Part ${index} of ${count} makes a contentious point that depends on the other posts, and can be shared without them.`,
        advice: 'Make every part stand on its own, or post one statement with a link.',
      },
    ];
  },
};

export default rule;
