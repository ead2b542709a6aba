import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { lexiconSet } from '../engine/lexicons/index';

// Capitals for emphasis, not acronyms: three or more emphatic words with a scold among them
// ("NO, we are NOT closing… PLEASE stop"), or six anywhere. One ("SO proud") is fine.
const SCOLD = new Set(['NO', 'NOT', 'STOP', 'NEVER', "DON'T", 'DONT', 'WRONG', 'LIES', 'FAKE', 'PLEASE', 'WHY', 'READ', 'FALSE', 'NONSENSE', 'RUBBISH']);

/** Lower-cases shouted words, keeping acronyms and a capital where a sentence starts. */
function ordinaryCase(passage: string, acronyms: Set<string>): string {
  let atStart = false;
  return passage.replace(/[\p{L}'’]+|[.!?]/gu, (word) => {
    if (/^[.!?]$/.test(word)) {
      atStart = true;
      return word;
    }
    const shouted = word === word.toUpperCase() && /\p{Lu}{2}/u.test(word) && !acronyms.has(word.toLowerCase().replace(/’/g, "'"));
    const out = shouted ? word.toLowerCase() : word;
    const capital = atStart ? out.charAt(0).toUpperCase() + out.slice(1) : out;
    atStart = false;
    return capital;
  });
}

const rule: Rule = {
  id: 'shouting',
  category: 'tone',
  description: 'Shouting in capitals: several words in capitals for emphasis, scolding the reader. Capitals for joy are left alone.',
  citation: SOURCES.cscProfessional,
  examples: {
    bad: [{ text: 'NO, we are NOT closing the office. PLEASE stop spreading this.', profile: { account: 'corporate' } }],
    good: [
      { text: 'SO proud of my daughter. Passed her driving test first time!!' },
      { text: 'MY SON HAS GOT INTO DRAMA SCHOOL!!! Absolutely over the moon.' },
      { text: 'The NHS and DWP have published new OFFICIAL guidance for GP surgeries.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    if (!/[A-ZÀ-Þ]{3}/.test(ctx.text) && !ctx.text.includes('NO')) return [];
    const acronyms = lexiconSet('acronyms');
    const words: { start: number; end: number; word: string }[] = [];
    // Latin capitals: shouting in other scripts is left alone (and Unicode classes are slow here).
    const re = /(?<![A-Za-zÀ-ÿ0-9@#/'’-])([A-ZÀ-Þ][A-ZÀ-Þ'’]+)(?![A-Za-zÀ-ÿ0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      const word = m[1]!.replace(/’/g, "'");
      // Two-letter capitals are nearly always acronyms ("PB", "GP"), except a shouted "NO".
      if (acronyms.has(word.toLowerCase()) || (word.length < 3 && word !== 'NO')) continue;
      words.push({ start: m.index, end: m.index + m[0].length, word });
    }
    // Capitals in an emergency or safety message are for urgency, not at anyone: "DON'T WAIT: CALL 999".
    if (/(?<![\d])(?:999|111|112)(?![\d])|(?<![a-z])(?:emergency|evacuate|danger|warning|alert|heart attack|stroke|fire|flood)(?![a-z])/.test(ctx.norm)) return [];
    const scolds = words.filter((w) => SCOLD.has(w.word));
    // Capitals for joy ("MY SON HAS GOT INTO DRAMA SCHOOL!!!") shout at nobody: only scolding counts.
    if (!(words.length >= 3 && scolds.length >= 1)) return [];
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const hit: RuleHit = {
      start: first.start,
      end: last.end,
      severity: ctx.corporate ? 'serious' : 'warning',
      message: `Writing ${words.map((w) => w.word).slice(0, 3).join(', ')} in capitals reads as shouting at people.`,
      // The same words in ordinary case: a real replacement for the passage.
      suggestion: ordinaryCase(ctx.text.slice(first.start, last.end), acronyms),
      advice: 'Use ordinary capitals and state the correction calmly, with a link to the facts.',
    };
    return [hit];
  },
};

export default rule;
