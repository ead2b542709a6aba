import type { Rule } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';

// A football chant: "Up the Magpies", "Come on you Blues" (capitalised, at the start of a sentence).
const CHANT = /(?:^|[.!?\n]\s*|[^\sa-z0-9.,;:'"()-]\s*)(up the|come on you|c'mon you) [a-z]+/gu;

const rule: Rule = {
  id: 'personal-life-on-official-account',
  category: 'personal-professional-blur',
  description: "An official account posting the administrator's personal life: nights out, hangovers, their football team, their moods.",
  citation: SOURCES.cscProfessional,
  examples: {
    bad: [
      { text: 'Rough morning after the office party 🥴 someone bring us coffee', profile: { account: 'corporate' } },
      { text: 'Not gonna lie, still gutted about the derby. Up the Rovers!', profile: { account: 'corporate' } },
    ],
    good: [
      { text: 'Good luck to Eastwick Town in today\'s cup final from everyone at the council! Bring it home.', profile: { account: 'corporate' } },
      { text: 'Rough morning after the office party 🥴', profile: { account: 'personal' } },
    ],
  },
  check(ctx) {
    if (!ctx.corporate) return [];
    const own = ctx.amplifiedStart;
    // "Festival tickets go on general sale on 20 March": the organisation selling its own event.
    const selling = (m: { text: string; normStart: number }) => /ticket/.test(m.text) && /(?<![a-z])(?:go(?:es)? on (?:general )?sale|on sale (?:now|from|on)|book (?:now|your|online)|our (?:festival|event|show|concert|season)|newsletter|box office|sold out|still available|tickets update|weekend passes|day tickets)(?![a-z])/.test(ctx.sentenceAt(m.normStart)?.text ?? '');
    const strong = found(ctx, 'personal-life').filter((m) => m.normStart < own && !selling(m));
    for (const m of ctx.matches(CHANT, 0, own)) {
      const word = m.text.trim().split(/\s+/).pop() ?? '';
      const at = m.start + ctx.text.slice(m.start, m.end).lastIndexOf(ctx.text.slice(m.start, m.end).trim().split(/\s+/).pop() ?? '');
      if (word && /\p{Lu}/u.test(ctx.text[at] ?? '')) strong.push(m);
    }
    const weak = found(ctx, 'personal-life-weak').filter((m) => m.normStart < own);
    // An official account speaks as "we"; "I" and "my" outside quotation marks are the administrator.
    const firstPerson = ctx.first(/(?<![a-z'])(?:i'm|i am|i've|my|me)(?![a-z'])/g, 0, own);
    if (firstPerson && !/'[^']*$/.test(ctx.norm.slice(Math.max(0, firstPerson.normStart - 60), firstPerson.normStart))) weak.push(firstPerson);
    // In a questions-and-answers post the questions are the public's ("What happens to my mum's
    // place?"), not the administrator's life.
    const qa = /(?<![a-z])(?:questions|faqs?|q&a|you asked|you've asked)(?![a-z])/.test(ctx.norm) || (ctx.norm.match(/\?/g)?.length ?? 0) >= 3;
    const asked = (m: { normStart: number }) => qa && (ctx.sentenceAt(m.normStart)?.text.trimEnd().endsWith('?') ?? false);
    for (const list of [strong, weak]) for (let k = list.length - 1; k >= 0; k--) if (asked(list[k]!)) list.splice(k, 1);
    const first = strong[0] ?? (weak.length >= 2 ? weak[0] : undefined);
    if (!first) return [];
    return [
      {
        start: first.start,
        end: first.end,
        severity: 'serious',
        message: `"${ctx.text.slice(first.start, first.end).trim()}" is personal life, posted from an official account.`,
        advice: 'Post this from your own account, if at all; the official account speaks only for the organisation.',
      },
    ];
  },
};

export default rule;
