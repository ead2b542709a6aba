// Passages inside quotation marks: someone else's words (a quoted resident, a report's title, a
// colleague quoted in a staff profile), shared by the rules that judge the poster's own words.
import type { CheckContext } from '../context';

// The quoted spans are found once per check, then looked up per candidate.
export function quotedSpans(ctx: CheckContext): [number, number][] {
  return ctx.memo('quotedSpans', () => {
    const spans: [number, number][] = [];
    const re = /(?<![a-z])'[^'\n]{2,80}?'(?![a-z])|"[^"\n]{2,120}?"/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.norm)) !== null) spans.push([m.index, m.index + m[0].length]);
    return spans;
  });
}

export function insideQuotes(ctx: CheckContext, at: number): boolean {
  const spans = quotedSpans(ctx);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid]!;
    if (at <= start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
