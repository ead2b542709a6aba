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

/** One regular expression matching any of the phrases, longest first, on word boundaries. */
export function compilePhrases(phrases: readonly string[], flags = 'g'): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  const body = unique.map(phraseSource).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body || '(?!)'})(?![a-z0-9])`, flags);
}

export function compileLexicon(file: LexiconFile): RegExp {
  return compilePhrases(file.entries);
}
