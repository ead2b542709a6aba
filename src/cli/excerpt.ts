// Where a finding sits in its draft, for people: line and column (counted in characters as a
// person sees them, not UTF-16 units), and the passage in a short window of its context, on one
// line, with control characters made harmless so a draft cannot drive the terminal.

export interface Position {
  line: number;
  column: number;
}

export interface Excerpt {
  before: string;
  passage: string;
  after: string;
}

/** 1-based line and column of a UTF-16 offset. */
export function positionOf(text: string, offset: number): Position {
  const upTo = text.slice(0, offset);
  const lineStart = upTo.lastIndexOf('\n') + 1;
  const line = (upTo.match(/\n/g) ?? []).length + 1;
  return { line, column: [...upTo.slice(lineStart)].length + 1 };
}

/** Line breaks shown as ⏎, other control characters (ESC above all) as �. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r?\n/g, ' ⏎ ').replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function lastChars(text: string, count: number): string {
  const chars = [...text];
  return chars.length <= count ? text : `…${chars.slice(-count).join('').replace(/^\S*\s/, '')}`;
}

function firstChars(text: string, count: number): string {
  const chars = [...text];
  return chars.length <= count ? text : `${chars.slice(0, count).join('').replace(/\s\S*$/, '')}…`;
}

/**
 * The passage with up to `context` characters either side, cut at word boundaries, taken from its
 * own line(s) of the draft; a passage longer than `longest` keeps its start and end.
 */
export function excerptOf(text: string, start: number, end: number, context = 40, longest = 120): Excerpt {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newlineAfter = text.indexOf('\n', end);
  const lineEnd = newlineAfter === -1 ? text.length : newlineAfter;
  let passage = text.slice(start, end);
  const chars = [...passage];
  if (chars.length > longest) {
    const head = chars.slice(0, longest - 30).join('');
    const tail = chars.slice(-25).join('');
    passage = `${head} … ${tail}`;
  }
  return {
    before: printable(lastChars(text.slice(lineStart, start), context)),
    passage: printable(passage),
    after: printable(firstChars(text.slice(end, lineEnd), context)),
  };
}
