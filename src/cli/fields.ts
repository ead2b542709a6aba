// One parser per Draft or Profile field, shared by records (JSONL values, CSV cells) and flags,
// so "--account corprate" and a CSV cell "corprate" get the same answer. Each returns the typed
// value, or undefined when the value is absent (null, or a blank cell) so a flag or default
// applies; a value that does not fit throws a FieldProblem saying what was expected.
import { ACCOUNTS, PLATFORMS, POST_KINDS, ROLES, SEVERITIES } from '../engine/index';
import type { Account, Platform, PostKind, Role, Severity } from '../engine/index';
import { FieldProblem } from './input-error';
import { parsePostedAt, type DateOrder } from './posted-at';

/** How a value looks in a message: strings quoted, other JSON types named. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function choices(list: readonly string[]): string {
  const quoted = list.map((item) => JSON.stringify(item));
  if (quoted.length <= 2) return quoted.join(' or ');
  return `one of ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

const absent = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** One of a fixed list of words, case and surrounding spaces aside. */
export function oneOf<T extends string>(list: readonly T[], value: unknown, aliases: Record<string, T> = {}): T | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    if ((list as readonly string[]).includes(key)) return key as T;
    if (Object.hasOwn(aliases, key)) return aliases[key];
  }
  throw new FieldProblem(`expected ${choices(list)}, got ${describe(value)}`);
}

export const parseAccount = (value: unknown): Account | undefined => oneOf(ACCOUNTS, value);
export const parseRole = (value: unknown): Role | undefined => oneOf(ROLES, value);
// Calendars often still say "Twitter"; the engine calls it x.
export const parsePlatform = (value: unknown): Platform | undefined => oneOf(PLATFORMS, value, { twitter: 'x' });
export const parseKind = (value: unknown): PostKind | undefined => oneOf(POST_KINDS, value);
export const parseSeverity = (value: unknown): Severity | undefined => oneOf(SEVERITIES, value);
export const parseDateOrder = (value: unknown): DateOrder | undefined => oneOf(['dmy', 'mdy'] as const, value);

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export function parseBoolean(value: unknown): boolean | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    if (TRUE.has(key)) return true;
    if (FALSE.has(key)) return false;
  }
  throw new FieldProblem(`expected true or false (or yes/no, 1/0), got ${describe(value)}`);
}

/** Free text that may be absent (employer, quoted). */
export function parseOptionalString(value: unknown): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string') return value;
  throw new FieldProblem(`expected text, got ${describe(value)}`);
}

/** The draft's text: required, and an empty string is a real (empty) draft. */
export function parseText(value: unknown): string {
  if (value === undefined || value === null) throw new FieldProblem('missing: every draft needs its text');
  if (typeof value === 'string') return value;
  throw new FieldProblem(`expected text, got ${describe(value)}`);
}

/** Ids are printed back as given: numbers stay numbers, strings stay strings. */
export function parseId(value: unknown): string | number | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new FieldProblem(`expected a string or a number, got ${describe(value)}`);
}

export function parsePostedAtField(value: unknown, order: DateOrder): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') throw new FieldProblem(`expected a date and time such as "2026-03-14T09:30", got ${describe(value)}`);
  return parsePostedAt(value, order);
}

/** A post's place in a thread: {"index": 2, "count": 5} in JSONL, or "2/5" in either format; passed to the engine as written. */
export function parseThread(value: unknown): { index: number; count: number } | undefined {
  if (absent(value)) return undefined;
  let index: unknown;
  let count: unknown;
  if (typeof value === 'string') {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (m) [index, count] = [Number(m[1]), Number(m[2])];
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    ({ index, count } = value as { index?: unknown; count?: unknown });
  }
  if (
    typeof index === 'number' && typeof count === 'number' &&
    Number.isInteger(index) && Number.isInteger(count) && index >= 0 && count >= 1 && index <= count
  ) {
    return { index, count };
  }
  throw new FieldProblem(`expected a position such as "2/5" or {"index": 2, "count": 5}, got ${describe(value)}`);
}
