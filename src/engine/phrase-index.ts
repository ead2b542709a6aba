// Finds the entries of every word list in one walk over the draft's words.
//
// Running one regular expression per list meant forty scans of the whole text; this tokenises the
// normalised text once, looks each word up in an index of the lists' first words, and checks the
// rest of each candidate phrase. Matching follows the list syntax of lexicon.ts: words separated
// by white space or hyphens, a trailing "*" for any ending, a lone "*" for any one word; an
// apostrophe inside a word is ignored ("dont" = "don't") except in "'s", "'re", "'ve", "'ll", "'d"
// and "'m", which are tokens of their own, so "the campaign" still matches "the campaign's figures"
// and "you" matches "you're".
import { normalise } from './normalise';

export interface Token {
  text: string;
  normStart: number;
  normEnd: number;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Words ([a-z0-9] runs), "'s", and single symbols (#, £, ≠, emoji); white space, hyphens and other quotes separate. */
export function tokenise(norm: string): Token[] {
  const out: Token[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const code = norm.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      let text = '';
      let runStart = i;
      while (i < n) {
        const c = norm.charCodeAt(i);
        if (isWordChar(c)) {
          i++;
          continue;
        }
        // An apostrophe inside a word: a final "'s", "'re", "'ve", "'ll", "'d" or "'m" becomes its own
        // token ("you're" is "you" + "'re"); other apostrophes are dropped ("don't" is "dont").
        if (c === 39 && i + 1 < n && isWordChar(norm.charCodeAt(i + 1))) {
          const suffix = /^(?:s|re|ve|ll|d|m)(?![a-z0-9])/.exec(norm.slice(i + 1, i + 4));
          if (suffix) break;
          text += norm.slice(runStart, i);
          i++;
          runStart = i;
          continue;
        }
        break;
      }
      text += norm.slice(runStart, i);
      out.push({ text, normStart: start, normEnd: i });
      if (i < n && norm.charCodeAt(i) === 39) {
        const suffix = /^(?:s|re|ve|ll|d|m)(?![a-z0-9])/.exec(norm.slice(i + 1, i + 4));
        if (suffix) {
          out.push({ text: `'${suffix[0]}`, normStart: i, normEnd: i + 1 + suffix[0].length });
          i += 1 + suffix[0].length;
        }
      }
      continue;
    }
    if (code <= 32 || code === 45 /* - */ || code === 39 /* ' */ || code === 34 /* " */) {
      i++;
      continue;
    }
    // A symbol: one code point (surrogate pairs together).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    if (code !== 0xfe0f && code !== 0x200d) out.push({ text: norm.slice(i, i + width), normStart: i, normEnd: i + width });
    i += width;
  }
  return out;
}

type Pattern = { text: string; kind: 'exact' | 'prefix' | 'any' };

function compileEntry(entry: string): Pattern[] {
  const patterns: Pattern[] = [];
  // Entries go through the normaliser the drafts go through, so "rt ≠ endorsement" is read as the
  // draft's "rt = endorsement" is.
  // Most entries are plain lower-case words, which the normaliser leaves as they are; only the rest
  // go through it, so building the index stays cheap when the service worker starts.
  const lower = entry.trim().toLowerCase();
  const text = /^[a-z0-9 '*.,!?:;-]*$/.test(lower) ? lower : normalise(lower).text;
  for (const part of text.split(/\s+/)) {
    if (part === '*') {
      patterns.push({ text: '', kind: 'any' });
      continue;
    }
    const wild = part.length > 1 && part.endsWith('*') && /[a-z0-9]\*$/.test(part);
    const body = wild ? part.slice(0, -1) : part;
    const tokens = tokenise(body).map((t) => t.text);
    tokens.forEach((text, k) => patterns.push({ text, kind: wild && k === tokens.length - 1 ? 'prefix' : 'exact' }));
  }
  return patterns;
}

export interface PhraseMatch<L> {
  list: L;
  normStart: number;
  normEnd: number;
}

/** A node of the word trie: the lists whose entries end here, and the ways on. */
interface Node<L> {
  ends: L[];
  exact: Map<string, Node<L>>;
  /** Word-prefix edges ("scaremonger*") by their first letter, so a word is compared only with those that can match; tried in order. */
  prefix: Map<number, { text: string; node: Node<L> }[]>;
  /** An edge for any one word ("knocked on * doors"). */
  any?: Node<L>;
}

function node<L>(): Node<L> {
  return { ends: [], exact: new Map(), prefix: new Map() };
}

export class PhraseIndex<L extends string> {
  #root: Node<L> = node();

  constructor(lists: Iterable<[L, readonly string[]]>) {
    for (const [list, entries] of lists) {
      for (const entry of new Set(entries)) {
        const patterns = compileEntry(entry);
        if (!patterns.length) continue;
        let at = this.#root;
        for (const p of patterns) {
          if (p.kind === 'exact') {
            let next = at.exact.get(p.text);
            if (!next) at.exact.set(p.text, (next = node()));
            at = next;
          } else if (p.kind === 'prefix') {
            const first = p.text.charCodeAt(0);
            let bucket = at.prefix.get(first);
            if (!bucket) at.prefix.set(first, (bucket = []));
            let edge = bucket.find((e) => e.text === p.text);
            if (!edge) bucket.push((edge = { text: p.text, node: node() }));
            at = edge.node;
          } else {
            at = at.any ??= node();
          }
        }
        if (!at.ends.includes(list)) at.ends.push(list);
      }
    }
  }

  /** Every list's matches: leftmost-longest and non-overlapping within each list. */
  find(tokens: readonly Token[]): Map<L, PhraseMatch<L>[]> {
    const out = new Map<L, PhraseMatch<L>[]>();
    const nextFree = new Map<L, number>();
    // Per start position: the longest end (token index, exclusive) reached by each list.
    const longest = new Map<L, number>();
    const walk = (at: Node<L>, i: number) => {
      for (const list of at.ends) if ((longest.get(list) ?? -1) < i) longest.set(list, i);
      if (i >= tokens.length) return;
      const token = tokens[i]!.text;
      const exact = at.exact.get(token);
      if (exact) walk(exact, i + 1);
      if (at.prefix.size) {
        const edges = at.prefix.get(token.charCodeAt(0));
        if (edges && isWordChar(token.charCodeAt(0))) for (const e of edges) if (token.startsWith(e.text)) walk(e.node, i + 1);
      }
      if (at.any && isWordChar(token.charCodeAt(0))) walk(at.any, i + 1);
    };
    for (let i = 0; i < tokens.length; i++) {
      longest.clear();
      walk(this.#root, i);
      for (const [list, end] of longest) {
        if (end <= i || (nextFree.get(list) ?? 0) > i) continue;
        const match = { list, normStart: tokens[i]!.normStart, normEnd: tokens[end - 1]!.normEnd };
        const found = out.get(list);
        if (found) found.push(match);
        else out.set(list, [match]);
        nextFree.set(list, end);
      }
    }
    return out;
  }
}
