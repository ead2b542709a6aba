// Who a passage is aimed at: a replied-to @handle, named groups of opponents, veiled "those who".
import type { CheckContext, Match } from '../context';
import { found } from './found';

/** The @handle a reply is addressed to (the leading mention), in its original spelling. */
export function replyHandle(ctx: CheckContext): string | undefined {
  return ctx.memo('replyHandle', () => {
    const m = /^\s*(@[A-Za-z0-9_]{1,30})/.exec(ctx.text);
    return m ? m[1] : undefined;
  });
}

/** Mentions of opponents and critics in the poster's own words. */
export function opponentMentions(ctx: CheckContext): Match[] {
  return found(ctx, 'opponent-targets').filter((m) => m.normStart < ctx.amplifiedStart);
}

/** Second-person address ("you", "your"): with a reply handle, the passage is aimed at that person. */
export function addressesSomeone(ctx: CheckContext, normStart: number, normEnd: number): boolean {
  return /(?<![a-z])(?:you|your|you're|you've|yourself)(?![a-z])/.test(ctx.norm.slice(normStart, normEnd));
}

/** Original text of a match, tidied for display as a target. */
export function targetText(ctx: CheckContext, m: { start: number; end: number }): string {
  return ctx.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
}
