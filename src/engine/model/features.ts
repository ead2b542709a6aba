// The features the learned patterns (src/rules/learned-patterns.ts) read from a draft. The trainer
// (scripts/train-model.mjs) imports this same file, so what the model was trained on and what it
// sees in the browser cannot drift apart.
//
// A feature is a string: a word ("w:reckless"), a word's first five letters, which lets
// "recklessly" share what "reckless" taught ("s:reckl"), two words in a row ("b:head examining")
// and their stems, who is posting ("account:corporate", "restricted:true", "kind:reply", "time:late"),
// and each word again tagged with the account ("cw:…" corporate, "pw:…" personal), because the
// same words can be fine from one and not the other. Text is the engine's normalised text
// (normalise.ts), so leetspeak, look-alike letters and camel-case hashtags are already undone.
// Numbers are reduced to their size ("#2", "#4", "#5": up to two digits, up to four, more).
import type { PostTime } from '../context';
import type { Account, PostKind, Role } from '../types';

export interface FeatureProfile {
  account: Account;
  role: Role;
  restricted: boolean;
  electionPeriod: boolean;
  kind: PostKind;
  time: PostTime | null;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const URL_START = /https?:\/\/|www\./;
const TOKEN = /@?[\p{L}\p{N}][\p{L}\p{N}'-]*|[!?]/gu;
const STEM_LENGTH = 5;

// The same pattern for text that is all ASCII (most drafts): \p{L}\p{N} there are [a-zA-Z0-9], and
// the non-Unicode expression runs about four times faster.
const ASCII_TOKEN = /@?[a-zA-Z0-9][a-zA-Z0-9'-]*|[!?]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

// A number is its size, not its digits: "14" and "22" are both "#2", so a house number, an age or a
// count teaches the model about numbers of that size, and a long table of figures does not add a
// new feature for every figure in it.
const DIGITS = /^\d+$/;
const numberShape = (word: string) => (word.length <= 2 ? '#2' : word.length <= 4 ? '#4' : '#5');

function shapeNumbers(words: string[]): string[] {
  for (let i = 0; i < words.length; i++) {
    const code = words[i]!.charCodeAt(0);
    if (code >= 48 && code <= 57 && DIGITS.test(words[i]!)) words[i] = numberShape(words[i]!);
  }
  return words;
}

/** Lower-case words (normalised text is lower case already), "@handles", and ! and ?; links become one word, numbers their size. */
export function tokens(norm: string): string[] {
  const text = norm.replace(URL, ' link ');
  return shapeNumbers(text.match(NON_ASCII.test(text) ? TOKEN : ASCII_TOKEN) ?? []);
}

/**
 * The same words as tokens(norm), with where each starts in norm (a link at the link's start), so
 * the words of one sentence can be picked out of a passage's.
 */
export function tokensAt(norm: string): { words: string[]; starts: number[] } {
  const unicode = NON_ASCII.test(norm) && NON_ASCII.test(norm.replace(URL, ' link '));
  const words: string[] = [];
  const starts: number[] = [];
  const pattern = unicode ? TOKEN : ASCII_TOKEN;
  const segment = (from: number, to: number) => {
    const text = from === 0 && to === norm.length ? norm : norm.slice(from, to);
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      words.push(m[0]);
      starts.push(from + m.index);
    }
  };
  // Most passages have no link: one test, then one run over the whole text.
  if (!URL_START.test(norm)) {
    segment(0, norm.length);
    return { words: shapeNumbers(words), starts };
  }
  URL.lastIndex = 0;
  let from = 0;
  let link: RegExpExecArray | null;
  while ((link = URL.exec(norm)) !== null) {
    segment(from, link.index);
    words.push('link');
    starts.push(link.index);
    from = link.index + link[0].length;
  }
  segment(from, norm.length);
  return { words: shapeNumbers(words), starts };
}

export const stem = (word: string) => (word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word);

/** Who is posting, how and when: the same for every passage of one draft. */
export function profileFeatures(profile: FeatureProfile): string[] {
  const { time } = profile;
  return [
    'bias',
    `account:${profile.account}`,
    `role:${profile.role}`,
    `restricted:${profile.restricted}`,
    `election:${profile.electionPeriod}`,
    `kind:${profile.kind}`,
    time ? (time.hour < 8 || time.hour >= 19 ? 'time:late' : 'time:day') : 'time:unknown',
    time ? (time.weekday === 0 || time.weekday === 6 ? 'day:weekend' : 'day:weekday') : 'day:unknown',
  ];
}

/** Every feature of a passage, each once. */
export function features(norm: string, profile: FeatureProfile): string[] {
  const words = tokens(norm);
  const out = new Set<string>(profileFeatures(profile));
  const tag = profile.account === 'corporate' ? 'cw:' : 'pw:';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.add(`w:${word}`);
    out.add(`${tag}${word}`);
    out.add(`s:${stem(word)}`);
    const next = words[i + 1];
    if (next !== undefined) {
      out.add(`b:${word} ${next}`);
      out.add(`sb:${stem(word)} ${stem(next)}`);
    }
  }
  return [...out];
}
