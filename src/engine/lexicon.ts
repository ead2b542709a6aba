// Word lists are data (src/engine/lexicons/*.json); this turns one into a matcher over normalised
// text. Entries are lower-case phrases; spaces match any run of white space or hyphens, "*" at the
// end of a word matches any ending ("disgrace*"), and word boundaries are enforced at both ends.

export interface LexiconFile {
  description: string;
  /** What the list deliberately leaves out, and why (the hard negatives). */
  leavesOut: string[];
  entries: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const wild = word.endsWith('*');
      const body = escapeRegExp(wild ? word.slice(0, -1) : word).replace(/'/g, "'?");
      return wild ? `${body}[a-z']*` : body;
    })
    .join('[\\s-]+');
}

// Each phrase becomes a list of units (a literal character, an optional apostrophe, a gap of
// white space or hyphens, a word-ending wildcard); the units of all phrases are merged into a trie
// so the regular expression shares prefixes. A flat alternation of hundreds of phrases is tried
// phrase by phrase at every position of the text; the trie rejects most positions at the first
// character, which keeps a 100,000-character post linear and fast.
type Unit = string;
const GAP = '[\\s-]+';
const OPT_APOSTROPHE = "'?";
const WORD_END = "[a-z']*";

function units(phrase: string): Unit[] {
  const out: Unit[] = [];
  const words = phrase.trim().toLowerCase().split(/\s+/);
  words.forEach((word, w) => {
    if (w > 0) out.push(GAP);
    const wild = word.endsWith('*') && word.length > 1;
    const body = wild ? word.slice(0, -1) : word;
    for (const ch of body) out.push(ch === "'" ? OPT_APOSTROPHE : escapeRegExp(ch));
    if (wild) out.push(WORD_END);
  });
  return out;
}

interface TrieNode {
  children: Map<Unit, TrieNode>;
  end: boolean;
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([unit, child]) => unit + emit(child));
  if (!branches.length) return '';
  // The empty branch goes last, so the longest phrase wins.
  if (node.end) branches.push('');
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** One regular expression matching any of the phrases, longest first, on word boundaries. */
export function compilePhrases(phrases: readonly string[], flags = 'g'): RegExp {
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))) {
    let node = root;
    for (const unit of units(phrase)) {
      let next = node.children.get(unit);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(unit, next);
      }
      node = next;
    }
    node.end = true;
  }
  const body = emit(root);
  return new RegExp(`(?<![a-z0-9])(?:${body || '(?!)'})(?![a-z0-9])`, flags);
}

export function compileLexicon(file: LexiconFile): RegExp {
  return compilePhrases(file.entries);
}
