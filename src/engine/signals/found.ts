// Lexicon matches over the whole draft, computed once per check and shared by the rules.
import type { CheckContext, Match } from '../context';
import { lexicon, type LexiconName } from '../lexicons/index';

export function found(ctx: CheckContext, name: LexiconName): Match[] {
  return ctx.memo(`lex:${name}`, () => ctx.matches(lexicon(name)));
}

/** Matches of a list inside a span of the normalised text. */
export function foundIn(ctx: CheckContext, name: LexiconName, normStart: number, normEnd: number): Match[] {
  return found(ctx, name).filter((m) => m.normStart >= normStart && m.normEnd <= normEnd);
}

/** Whether the original text at an offset starts with a capital letter. */
export function capitalisedAt(ctx: CheckContext, start: number): boolean {
  const ch = ctx.text[start];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a normalised offset begins a sentence (only white space, quotes, emoji or a thread number before it). */
export function sentenceInitial(ctx: CheckContext, normStart: number): boolean {
  const before = ctx.norm.slice(Math.max(0, normStart - 16), normStart);
  const trimmed = before.replace(/(?:\d+\/\d+)?[^a-z0-9.!?:\n]*$/u, '');
  return trimmed.length === 0 ? normStart - before.length <= 0 || /[.!?:\n]$/.test(ctx.norm.slice(0, normStart - before.length)) : /[.!?:\n]$/.test(trimmed);
}

/** The sentence (normalised span) that holds a match. */
export function sentenceSpan(ctx: CheckContext, m: { normStart: number }): { normStart: number; normEnd: number } {
  const s = ctx.sentenceAt(m.normStart);
  return s ?? { normStart: 0, normEnd: ctx.norm.length };
}

/** Matches of a list grouped by the index of their sentence, so rules can pair them in linear time. */
export function foundBySentence(ctx: CheckContext, name: LexiconName): Map<number, Match[]> {
  return ctx.memo(`lexBySentence:${name}`, () => groupBySentence(ctx, found(ctx, name)));
}

export function groupBySentence<T extends Match>(ctx: CheckContext, matches: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of matches) {
    const i = ctx.sentenceIndexAt(m.normStart);
    const list = out.get(i);
    if (list) list.push(m);
    else out.set(i, [m]);
  }
  return out;
}
