import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found, foundBySentence } from '../engine/signals/found';
import { replyHandle } from '../engine/signals/targets';

// Someone the passage can be aimed at: a person, a group, a pronoun, a reply.
const PEOPLE =
  /(?<![a-z])(?:you|your|they|them|their|he|she|his|her|him|people|someone|somebody|anyone|everyone|management|managers?|leaders?|leadership|bosses|boss|union|unions|staff|colleagues|council|councillors?|cllr|minister|ministers|government|mps?|campaigners|protesters|residents|members|team|director|chief|officers?|lot|crowd|brigade|supporters|voters|critics|opposition|gary|@\w+)(?![a-z])/;
const MOCKING_EMOJI = /(?:🙄|😂|🤣|🤡|😉|🙃|😏|🥱|👏👏)/u;
const FIRST_PERSON_SELF = /(?<![a-z])(?:i'm|i am|i was|i've been|i feel|me)(?![a-z])/;

const rule: Rule = {
  id: 'insult-or-mockery',
  category: 'tone',
  description:
    'Insults, mockery, sarcasm aimed at people, and profanity: what you would not say to them in a public meeting.',
  citation: SOURCES.managementCodeModeration,
  examples: {
    bad: [
      { text: 'The union leadership are a bunch of dinosaurs and this strike is a joke.' },
      { text: '@resident99 Wow, what a shock: someone parked on a double yellow and got a ticket 😂😂', profile: { account: 'corporate' }, draft: { kind: 'reply' } },
      { text: 'Anyone voting for that lot wants their head examining.' },
    ],
    good: [
      { text: '@becky_runs Congrats on the marathon PB! You absolutely smashed it 👏' },
      { text: 'Absolutely killing it at the fun run this morning: 5k done!' },
      { text: 'Bloody freezing on the school run this morning 🥶' },
      { text: 'Printer jammed three times before 9am. Love that for me 🙃' },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const own = ctx.amplifiedStart;
    const handle = replyHandle(ctx);
    const severity = ctx.corporate ? 'serious' : 'warning';
    const sentences = ctx.sentences;
    const sentenceIndex = (at: number) => ctx.sentenceIndexAt(at);
    const aimed = (i: number) => {
      const s = sentences[i];
      // A short verdict ("Again. Shameless.") is aimed at whoever the sentences just before name.
      const short = !!s && s.text.split(/\s+/).length <= 4;
      const before = sentences.slice(Math.max(0, i - 2), i).map((p) => p.text).join(' ');
      return !!s && (PEOPLE.test(s.text) || !!handle || (short && PEOPLE.test(before)));
    };
    const covered = new Set<string>();
    const push = (m: { start: number; end: number; text: string }, what: string) => {
      if (covered.has(`${m.start}:${m.end}`)) return;
      covered.add(`${m.start}:${m.end}`);
      hits.push({
        start: m.start,
        end: m.end,
        severity,
        message: `${what} ("${ctx.text.slice(m.start, m.end)}") is not something to say about people in public.`,
        suggestion: 'Say what you would say to them in a public meeting: the facts, politely.',
        ...(handle ? { target: handle } : {}),
      });
    };
    for (const m of found(ctx, 'insults')) {
      if (m.normStart >= own) continue;
      const i = sentenceIndex(m.normStart);
      if (i >= 0 && FIRST_PERSON_SELF.test(sentences[i]!.text) && !PEOPLE.test(sentences[i]!.text.replace(/\b(?:me|i'm|i am)\b/g, ''))) continue;
      push(m, 'An insult');
    }
    for (const m of found(ctx, 'insults-if-aimed')) {
      if (m.normStart >= own) continue;
      const i = sentenceIndex(m.normStart);
      if (i >= 0 && aimed(i)) push(m, 'A put-down');
    }
    for (const m of found(ctx, 'profanity')) if (m.normStart < own) push(m, 'Swearing');
    for (const m of found(ctx, 'sarcasm-cues')) {
      if (m.normStart >= own) continue;
      const i = sentenceIndex(m.normStart);
      if (i >= 0 && aimed(i)) push(m, 'Sarcasm');
    }
    // Eye-rolls and laughing emoji after a swipe at someone.
    if (!hits.length) {
      for (const [i, s] of sentences.entries()) {
        if (s.normStart >= own || !MOCKING_EMOJI.test(s.text)) continue;
        const swipe = (foundBySentence(ctx, 'attack-predicates').get(i)?.length ?? 0) > 0;
        if (swipe && aimed(i)) push(s, 'Mockery');
      }
    }
    return hits;
  },
};

export default rule;
