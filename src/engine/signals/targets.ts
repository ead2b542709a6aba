// Who a passage is aimed at: a replied-to @handle, named groups of opponents, newspapers and their
// reporters, parties by colour, veiled "those who".
import type { CheckContext, Match } from '../context';
import { found } from './found';

/** The @handle a reply is addressed to (the leading mention), in its original spelling. */
export function replyHandle(ctx: CheckContext): string | undefined {
  return ctx.memo('replyHandle', () => {
    const m = /^\s*(@[A-Za-z0-9_]{1,30})/.exec(ctx.text);
    return m ? m[1] : undefined;
  });
}

// "the Daily Ledger", "tomorrow's Sunday Courier", "the Harrowfield Echo": a title ending in one of
// the words newspapers are called by. Found by that last word, then extended back over the
// capitalised words before it (a pattern that looked back first backtracked at every word).
const NEWSPAPER_WORD = /(?<![a-z])(?:echo|courier|gazette|post|ledger|herald|times|mail|chronicle|argus|news|express|mirror|standard|observer|telegraph|record|journal|advertiser|star|sun|guardian|independent|press|examiner|bugle|clarion|sentinel|tribune)(?![a-z])/g;
// "our friends in yellow", "the Reds", "the blue team": parties by colour.
const PARTY_COLOUR = /(?<![a-z])(?:(?:our |their |my )?(?:friends|pals|chums|colleagues|mates) in (?:red|blue|yellow|green|orange|purple|turquoise)|the (?:reds|blues|yellows|greens|oranges))(?![a-z])/g;
// Pronouns and veiled forms name no one by themselves: they count only next to an attack on motives.
const CAMPAIGN_NAME = /(?<![A-Za-zÀ-ÿ'’])(?:[A-ZÀ-Þ][A-Za-zß-ÿ'’-]+ ){1,4}(?:Alliance|Campaign|Coalition|Action Group|Action|Collective|Lobby|Network|Group)(?![A-Za-zÀ-ÿ])/g;
const HOLDOUTS = /(?<![a-z])(?:anyone|anybody|everyone|those|people) (?:still |now )?(?:objecting|opposing|defending|complaining|moaning|criticising|blaming|attacking|campaigning(?: for| against)?|claiming|insisting|demanding|walking out|striking|on strike|repeating)(?![a-z])/g;
const PRONOUN = /^(?:they|them|you|those|these people|those people|people who|people that|those who|those that|anyone who|anybody who|some people|a few people|some of you)$/;

export interface Target extends Match {
  /** A pronoun ("they", "you") rather than a named group: weaker evidence of a target. */
  pronoun: boolean;
}

const IN_DISPUTE = /(?<![a-z])(?:staff|workers|lecturers|teachers|nurses|doctors|drivers|officers|wardens|engineers|inspectors|tutors|crews|members|colleagues|escorts|cleaners|porters|librarians|refuse collectors|bin crews)(?: who are| who're)? (?:on strike|striking|banning overtime|working to rule|walking out|taking (?:industrial )?action)(?![a-z])/g;

/** Opponents and critics mentioned in the poster's own words. */
export function opponentMentions(ctx: CheckContext): Target[] {
  return ctx.memo('opponentMentions', () => {
    const own = ctx.amplifiedStart;
    const out: Target[] = [];
    for (const m of found(ctx, 'opponent-targets')) if (m.normStart < own) out.push({ ...m, pronoun: PRONOUN.test(m.text) });
    for (const m of ctx.matches(NEWSPAPER_WORD, 0, own)) {
      // A newspaper title is capitalised, and so is the word before it ("the Daily Ledger"); "the
      // evening news" and "the Post Office" are not titles.
      if (!/^\p{Lu}/u.test(ctx.text.slice(m.start, m.end))) continue;
      const before = /((?:\p{Lu}[\p{L}'’-]+\s+){1,2})$/u.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
      if (!before) continue;
      if (/^\s*office/i.test(ctx.text.slice(m.end, m.end + 8))) continue;
      const start = m.start - before[1]!.length;
      const normStart = ctx.normOffsetOf(start);
      out.push({ ...m, start, normStart, text: ctx.norm.slice(normStart, m.normEnd), pronoun: false });
    }
    if (/ in (?:red|blue|yellow|green|orange|purple|turquoise)|the (?:reds|blues|yellows|greens|oranges)/.test(ctx.norm)) for (const m of ctx.matches(PARTY_COLOUR, 0, own)) out.push({ ...m, pronoun: false });
    // Campaign groups by name ("the Pension Freedom Alliance", "Fishermen's Alliance"), written with capitals.
    if (/alliance|campaign|coalition|action|collective|lobby|network|group/.test(ctx.norm)) {
      CAMPAIGN_NAME.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = CAMPAIGN_NAME.exec(ctx.text)) !== null) {
        const normStart = ctx.normOffsetOf(c.index);
        if (normStart < own) out.push({ ...ctx.matchAt(normStart, ctx.normOffsetOf(c.index + c[0].length)), pronoun: false });
      }
    }
    // People by the industrial action they are taking ("lecturers banning overtime", "wardens on
    // strike"): the other side of a dispute with the employer.
    if (/strik|overtime|to rule|walk|industrial action/.test(ctx.norm)) for (const m of ctx.matches(IN_DISPUTE, 0, own)) out.push({ ...m, pronoun: false });
    // "anyone still objecting", "anyone still defending the old system": whoever holds the other view.
    for (const m of ctx.matches(HOLDOUTS, 0, own)) out.push({ ...m, pronoun: true });
    return out.sort((a, b) => a.normStart - b.normStart);
  });
}

/** Second-person address ("you", "your"): with a reply handle, the passage is aimed at that person. */
export function addressesSomeone(ctx: CheckContext, normStart: number, normEnd: number): boolean {
  return /(?<![a-z])(?:you|your|you're|you've|yourself)(?![a-z])/.test(ctx.norm.slice(normStart, normEnd));
}

/** Original text of a match, tidied for display as a target. */
export function targetText(ctx: CheckContext, m: { start: number; end: number }): string {
  // "candidates promising…", "anyone claiming…": the people, not the clause that picks them out.
  return ctx.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim().replace(/ (?:who|that|calling|claiming|promising|saying|demanding)$/i, '');
}
