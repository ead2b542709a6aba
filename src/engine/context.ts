// What every rule sees: the draft, the profile, the normalised text and facts derived from them,
// computed once per check and only when a rule asks.
import { normalise, toOriginal, type Normalised } from './normalise';
import type { Draft, Finding, Profile } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Match extends Span {
  /** The matched normalised text. */
  text: string;
  /** Offsets in the normalised text. */
  normStart: number;
  normEnd: number;
  groups: (string | undefined)[];
}

export interface Sentence extends Span {
  normStart: number;
  normEnd: number;
  /** Normalised text of the sentence. */
  text: string;
}

export interface PostTime {
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|org\.uk|co\.uk|nhs\.uk|police\.uk|ac\.uk|com|org|uk)\/\S*/g;

export class CheckContext {
  readonly draft: Draft;
  readonly profile: Profile;
  readonly text: string;
  /** Findings of the primary rules; set before derived rules run. */
  findings: Finding[] = [];
  #norm?: Normalised;
  #sentences?: Sentence[];
  #links?: Span[];
  #time?: PostTime | null;
  #amplifiedStart?: number;
  #memo = new Map<string, unknown>();
  #sentenceOf?: Int32Array;
  #normOf?: Int32Array;

  constructor(draft: Draft, profile: Profile) {
    this.draft = draft;
    this.profile = profile;
    this.text = typeof draft.text === 'string' ? draft.text : '';
  }

  /** Computes a value once per check: signals shared by several rules. */
  memo<T>(key: string, compute: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  get normalised(): Normalised {
    return (this.#norm ??= normalise(this.text));
  }

  /** Lower-cased, folded text (see normalise.ts). */
  get norm(): string {
    return this.normalised.text;
  }

  get corporate(): boolean {
    return this.profile.account === 'corporate';
  }

  get personal(): boolean {
    return this.profile.account !== 'corporate';
  }

  /** Maps normalised offsets to original ones. */
  span(normStart: number, normEnd: number): Span {
    const [start, end] = toOriginal(this.normalised, normStart, normEnd, this.text);
    return { start, end };
  }

  /** A Match for a span of the normalised text (built without spreads: rules make many). */
  matchAt(normStart: number, normEnd: number, groups: (string | undefined)[] = []): Match {
    const [start, end] = toOriginal(this.normalised, normStart, normEnd, this.text);
    return { start, end, text: this.norm.slice(normStart, normEnd), normStart, normEnd, groups };
  }

  /** All matches of a global regular expression over the normalised text (or part of it). */
  matches(re: RegExp, from = 0, to = this.norm.length): Match[] {
    const out: Match[] = [];
    const hay = from === 0 && to === this.norm.length ? this.norm : this.norm.slice(0, to);
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(hay)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push(this.matchAt(m.index, m.index + m[0].length, m.length > 1 ? m.slice(1) : []));
    }
    re.lastIndex = 0;
    return out;
  }

  /** The first match, or undefined. */
  first(re: RegExp, from = 0, to = this.norm.length): Match | undefined {
    const hay = to === this.norm.length ? this.norm : this.norm.slice(0, to);
    re.lastIndex = from;
    const m = re.exec(hay);
    re.lastIndex = 0;
    if (!m) return undefined;
    const normStart = m.index;
    const normEnd = m.index + m[0].length;
    return { ...this.span(normStart, normEnd), text: m[0], normStart, normEnd, groups: m.slice(1) };
  }

  test(re: RegExp): boolean {
    re.lastIndex = 0;
    const hit = re.test(this.norm);
    re.lastIndex = 0;
    return hit;
  }

  /** Sentences, split at . ! ? and line breaks, with original and normalised offsets. */
  get sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const out: Sentence[] = [];
    const norm = this.norm;
    // A sentence ends at a run of terminators followed by white space, or at a line break.
    // Decimal points, URLs and "e.g." stay inside their sentence because no space follows them.
    const re = /[.!?]+(?=\s|$)|\n+/g;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      const end = m.index + m[0].length;
      this.#pushSentence(out, from, end);
      from = end;
    }
    this.#pushSentence(out, from, norm.length);
    return (this.#sentences = out);
  }

  #pushSentence(out: Sentence[], from: number, to: number): void {
    const slice = this.norm.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (!body) return;
    const normStart = from + lead;
    const normEnd = normStart + body.length;
    const [start, end] = toOriginal(this.normalised, normStart, normEnd, this.text);
    out.push({ start, end, normStart, normEnd, text: body });
  }

  /**
   * Index of the sentence containing a normalised offset, or -1. Rules ask for every match, so the
   * answer comes from a table built once (a search per call would make long posts superlinear).
   */
  sentenceIndexAt(normOffset: number): number {
    const table = (this.#sentenceOf ??= this.#buildSentenceTable());
    return normOffset >= 0 && normOffset < table.length ? table[normOffset]! : -1;
  }

  #buildSentenceTable(): Int32Array {
    const table = new Int32Array(this.norm.length).fill(-1);
    this.sentences.forEach((s, i) => table.fill(i, s.normStart, s.normEnd));
    return table;
  }

  /** Sentence containing a normalised offset. */
  sentenceAt(normOffset: number): Sentence | undefined {
    const i = this.sentenceIndexAt(normOffset);
    return i < 0 ? undefined : this.sentences[i];
  }

  /** The first normalised offset at or after an original offset (from a table built once). */
  normOffsetOf(original: number): number {
    if (!this.#normOf) {
      const map = this.normalised.map;
      const table = new Int32Array(this.text.length + 1).fill(map.length - 1);
      for (let i = map.length - 1; i >= 0; i--) table[map[i]!] = i;
      // Original offsets with no normalised character (dropped zero-width) take the next one's.
      for (let o = this.text.length - 1; o >= 0; o--) if (table[o]! > table[o + 1]!) table[o] = table[o + 1]!;
      this.#normOf = table;
    }
    const o = Math.max(0, Math.min(original, this.text.length));
    return this.#normOf[o]!;
  }

  /** Links in the draft (normalised offsets). */
  get links(): Span[] {
    return (this.#links ??= this.matches(URL_RE).map((m) => ({ start: m.normStart, end: m.normEnd })));
  }

  get hasLink(): boolean {
    return this.links.length > 0;
  }

  /**
   * Where the amplified material starts in the normalised text: a quoted post ("> @handle: …"
   * lines), or the reposted text after "RT @handle:". Draft.quoted, when given, is checked by the
   * endorsement rule separately. Returns norm.length when the draft amplifies nothing.
   */
  get amplifiedStart(): number {
    if (this.#amplifiedStart !== undefined) return this.#amplifiedStart;
    const norm = this.norm;
    let at = norm.length;
    // A quoted post is a line that starts with ">"; look only where a ">" is.
    for (let gt = norm.indexOf('>'); gt >= 0; gt = norm.indexOf('>', gt + 1)) {
      const lineStart = norm.lastIndexOf('\n', gt - 1) + 1;
      if (/^[ \t]*$/.test(norm.slice(lineStart, gt))) {
        at = lineStart > 0 ? lineStart - 1 : 0;
        break;
      }
    }
    const rt = /^\s*(?:rt|repost(?:ed)?|boost(?:ed)?)\s+@/.exec(norm);
    if (rt) at = 0;
    return (this.#amplifiedStart = at);
  }

  /** The poster's own words (normalised), without quoted or reposted material. */
  get ownText(): string {
    return this.norm.slice(0, this.amplifiedStart);
  }

  /** Wall-clock time of posting, or null when it cannot be read. */
  get time(): PostTime | null {
    if (this.#time !== undefined) return this.#time;
    return (this.#time = readPostTime(this.draft.postedAt));
  }
}

export function readPostTime(postedAt: Draft['postedAt']): PostTime | null {
  if (postedAt instanceof Date) {
    if (Number.isNaN(postedAt.getTime())) return null;
    return { hour: postedAt.getHours(), minute: postedAt.getMinutes(), weekday: postedAt.getDay() };
  }
  const when = postedAt ?? new Date();
  if (when instanceof Date) return { hour: when.getHours(), minute: when.getMinutes(), weekday: when.getDay() };
  if (typeof when !== 'string') return null;
  // The wall-clock fields as written: "2026-02-10T22:07:00", "2026-02-10 22:07", with any zone ignored.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(when.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day) return null;
  return { hour: m[4] ? Number(m[4]) : 12, minute: m[5] ? Number(m[5]) : 0, weekday: date.getUTCDay() };
}
