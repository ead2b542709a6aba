// Text normalisation that defeats cheap evasion while keeping offsets true to the original.
//
// The normalised text is lower case, with curly quotes and dashes made plain, zero-width and
// soft-hyphen characters dropped, accents stripped, look-alike Cyrillic and Greek letters and
// full-width forms folded to Latin, leetspeak digits inside words read as letters ("T0ries"),
// and camel-case hashtags split into words ("#ToriesOut" → "#tories out"). `map[i]` is the
// offset in the original text of normalised character i (map[norm.length] = original.length),
// so a match in the normalised text always maps back to a span of the original. Emoji and other
// symbols pass through unchanged; surrogate pairs are never split.
//
// Deliberately not handled: letters spaced out ("T o r i e s"), words run together without
// capitals ("#toriesout": the party lexicon lists such hashtags itself), and homophones.

export interface Normalised {
  text: string;
  map: Uint32Array;
}

const DROP = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x2061, 0x2062, 0x2063, 0x2064]);

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ',
  // Cyrillic and Greek letters that look like Latin ones.
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04bb': 'h', '\u0501': 'd', '\u051b': 'q', '\u051d': 'w',
  '\u0410': 'a', '\u0412': 'b', '\u0415': 'e', '\u041a': 'k', '\u041c': 'm', '\u041d': 'h', '\u041e': 'o',
  '\u0420': 'p', '\u0421': 'c', '\u0422': 't', '\u0423': 'y', '\u0425': 'x', '\u0406': 'i', '\u0408': 'j', '\u0405': 's',
  '\u03bf': 'o', '\u03b1': 'a', '\u03b5': 'e', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v', '\u03c1': 'p', '\u03c4': 't',
  '\u03c5': 'u', '\u03c7': 'x', '\u0391': 'a', '\u0392': 'b', '\u0395': 'e', '\u0396': 'z', '\u0397': 'h', '\u0399': 'i',
  '\u039a': 'k', '\u039c': 'm', '\u039d': 'n', '\u039f': 'o', '\u03a1': 'p', '\u03a4': 't', '\u03a5': 'y', '\u03a7': 'x',
};

const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Digits and symbols read as letters when they sit between two letters ("T0ries", "L@bour"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const direct = FOLD[ch];
  if (direct !== undefined) return direct;
  let out = foldCache.get(ch);
  if (out === undefined) {
    // NFKD folds full-width and styled letters (𝐓, Ｔ) and separates accents, which are then dropped.
    out = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    const refolded = out.length === 1 ? FOLD[out] : undefined;
    if (refolded !== undefined) out = refolded;
    out = out.toLowerCase();
    if (out === '') out = ch.length === 1 && /\p{M}/u.test(ch) ? '' : ch;
    foldCache.set(ch, out);
  }
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return /\p{L}/u.test(text[i]!);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Plain ASCII that needs no more than lower-casing: copied in runs, the common case by far.
function isPlain(code: number): boolean {
  return code < 128 && code !== 35 /* # */ && code !== 95 /* _ */ && !(code in LEET_CODES) && code !== 96 /* ` */;
}
const LEET_CODES: Record<number, true> = {};
for (const ch of Object.keys(LEET)) LEET_CODES[ch.charCodeAt(0)] = true;

export function normalise(original: string): Normalised {
  const n = original.length;
  const parts: string[] = [];
  // Folding can lengthen a character ("…" → "...", "ﬃ" → "ffi") and hashtags gain spaces, so the
  // map is sized generously and trimmed at the end.
  let map = new Uint32Array(n + 16);
  let len = 0;
  const emit = (out: string, at: number) => {
    if (len + out.length + 1 > map.length) {
      const bigger = new Uint32Array(map.length * 2 + out.length + 16);
      bigger.set(map);
      map = bigger;
    }
    for (let k = 0; k < out.length; k++) map[len++] = at;
    if (out.length) parts.push(out);
  };
  let inHashtag = false;
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (isPlain(code) && !inHashtag) {
      let j = i + 1;
      while (j < n && isPlain(original.charCodeAt(j))) j++;
      parts.push(original.slice(i, j).toLowerCase());
      for (let k = i; k < j; k++) map[len++] = k;
      i = j;
      if (len + 16 > map.length) {
        const bigger = new Uint32Array(map.length * 2 + 16);
        bigger.set(map);
        map = bigger;
      }
      continue;
    }
    // Whole code point: never split a surrogate pair.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const ch = width === 2 ? original.slice(i, i + 2) : original[i]!;

    if (code === 35 /* # */) {
      inHashtag = isLetterAt(original, i + 1) || isDigit(original.charCodeAt(i + 1));
    } else if (inHashtag && !(isAsciiLetter(code) || isDigit(code) || code === 95 || (code >= 128 && /\p{L}/u.test(ch)))) {
      inHashtag = false;
    } else if (inHashtag && i > 0) {
      // Split "#ToriesOut" at its capitals, "#GE2024" between letters and digits, "#SNPOut" before "Out".
      const prev = original.charCodeAt(i - 1);
      const next = original.charCodeAt(i + 1);
      const boundary =
        (isUpper(code) && isLower(prev)) ||
        (isUpper(code) && isUpper(prev) && isLower(next)) ||
        (isDigit(code) && isAsciiLetter(prev)) ||
        (isAsciiLetter(code) && isDigit(prev));
      if (boundary) emit(' ', i);
    }

    let out: string;
    if (DROP.has(code)) {
      out = '';
    } else if (code < 128) {
      const leet = LEET[ch];
      // …except the "@" of an email address ("jo.bloggs@mailbox.org"), which stays so the address can be found.
      if (leet !== undefined && isLetterAt(original, i - 1) && isLetterAt(original, i + 1) && !(code === 64 && EMAIL_DOMAIN.test(original.slice(i + 1, i + 80)))) out = leet;
      else if (inHashtag && code === 95) out = ' ';
      else out = isUpper(code) ? String.fromCharCode(code + 32) : ch;
    } else if (width === 2) {
      out = ch; // astral: emoji and symbols pass through (styled maths letters are folded)
      const folded = foldChar(ch);
      if (folded !== ch && /^[a-z0-9]$/.test(folded)) out = folded;
    } else {
      out = foldChar(ch);
    }
    emit(out, i);
    i += width;
  }
  if (len + 1 > map.length) {
    const bigger = new Uint32Array(len + 1);
    bigger.set(map.subarray(0, len));
    map = bigger;
  }
  map[len] = n;
  return { text: parts.join(''), map: map.slice(0, len + 1) };
}

/** Maps a span of the normalised text back to the original, widening to whole code points. */
export function toOriginal(norm: Normalised, start: number, end: number, original: string): [number, number] {
  const s = norm.map[Math.max(0, Math.min(start, norm.map.length - 1))]!;
  let e: number;
  if (end <= start) e = s;
  else {
    const last = norm.map[Math.min(end - 1, norm.map.length - 1)]!;
    e = last + 1;
    const code = original.charCodeAt(last);
    if (code >= 0xd800 && code <= 0xdbff) e = last + 2;
  }
  return [s, Math.min(e, original.length)];
}
